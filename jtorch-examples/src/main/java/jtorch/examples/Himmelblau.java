package jtorch.examples;

import java.awt.Color;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.optim.Adam;
import jtorch.utils.plot.Plots;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The seed's Himmelblau function (notes 004): {@code f(x, y) = (x² + y - 11)² + (x + y² - 7)²}, its surface
 * over {@code np.arange(-6, 6, 0.1)}² (the seed's 3-d {@code plot_surface}; here an XChart heat map of the same
 * grid, {@code himmelblau.png}), and Adam ({@code lr=1e-3}) from {@code x = [0, 0]}, printing
 * {@code step i: x = [...], f(x) = ...} ten times over its steps (20,000; 2,000 with {@code --quick}).
 */
final class Himmelblau {
    private Himmelblau() {
    }

    /** {@code himmelblau(x)}: {@code (x[0]**2 + x[1] - 11)**2 + (x[0] + x[1]**2 - 7)**2}. */
    static Tensor himmelblau(Tensor x) {
        Tensor a = x.select(0, 0).pow(2).add(x.select(0, 1)).sub(11).pow(2);
        Tensor b = x.select(0, 0).add(x.select(0, 1).pow(2)).sub(7).pow(2);
        return a.add(b);
    }

    static void run(PrintStream out, Path dir, boolean quick) {
        // np.arange(-6, 6, 0.1): 120 points, -6 + i * 0.1
        int n = 120;
        double[] grid = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = -6 + i * 0.1;
        }
        out.println("x,y range: (" + n + ",) (" + n + ",)");
        out.println("X,Y maps: (" + n + ", " + n + ") (" + n + ", " + n + ")");
        Plots.save(surface(grid), dir.resolve("himmelblau.png"));

        int steps = quick ? 2000 : 20000;
        Tensor x = Torch.tensor(new double[] {0., 0.}, Torch.options().requiresGrad(true)); // float32, as torch's
        Adam optimizer = new Adam(List.of(x), Adam.options().lr(1e-3));
        for (int step = 0; step < steps; step++) {
            Tensor pred = himmelblau(x);
            optimizer.zeroGrad();
            pred.backward();
            optimizer.step();
            if (step % (steps / 10) == 0) {
                out.println("step " + step + ": x = " + Py.list(x) + ", f(x) = " + Py.repr(pred.item()));
            }
        }
    }

    // the seed's surface as a heat map: X along the bottom, Y upwards, darker = lower (the four minima)
    private static HeatMapChart surface(double[] grid) {
        int n = grid.length;
        HeatMapChart c = new HeatMapChartBuilder().width(720).height(640).title("himmelblau").xAxisTitle("x")
                .yAxisTitle("y").build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setRangeColors(new Color[] {new Color(0x30, 0x12, 0x3b), new Color(0x1a, 0xe4, 0xb6),
                new Color(0xfa, 0xba, 0x39), new Color(0x7a, 0x04, 0x03)});
        c.getStyler().setDrawBorder(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setXAxisLabelRotation(90);
        c.getStyler().setMin(0).setMax(890);
        List<String> labels = new ArrayList<>();
        for (double v : grid) {
            // whole numbers labelled (-6, -5, ...), the other ticks blank (120 labels would overlap); XChart places
            // the categories by position, the blanks' lengths only keep neighbours apart
            boolean whole = Math.abs(v - Math.rint(v)) < 1e-9;
            labels.add(whole ? String.format(Locale.ROOT, "%.0f", v) : " ".repeat(labels.size() % 10));
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = grid[i];
                double y = grid[j];
                double f = Math.pow(x * x + y - 11, 2) + Math.pow(x + y * y - 7, 2);
                cells.add(new Number[] {i, j, f});
            }
        }
        c.addSeries("f(x, y)", labels, labels, cells);
        return c;
    }
}

package jtorch.utils.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The seeds' training pictures as XChart charts saved to PNG: loss/accuracy curves (train vs valid over epochs,
 * the Visdom/matplotlib plots of the notes), the confusion matrix of {@code show_confMat} and value histograms.
 */
public final class Plots {
    private Plots() {
    }

    /**
     * Curves over epochs 1..n, one series per entry (e.g. "train", "valid"), as matplotlib's
     * {@code plt.plot(x, y, label=...)} with a legend.
     */
    public static XYChart curves(String title, String yLabel, Map<String, double[]> series) {
        XYChart c = new XYChartBuilder().width(640).height(480).title(title).xAxisTitle("Epoch").yAxisTitle(yLabel).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            double[] y = e.getValue();
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = i + 1;
            }
            c.addSeries(e.getKey(), x, y).setMarker(SeriesMarkers.NONE);
        }
        return c;
    }

    /**
     * The seed's {@code show_confMat} figure: rows true labels, columns predicted, cells coloured by the
     * row-normalised value on matplotlib's {@code Greys} map (0 white, 1 black) with the raw count written in red,
     * class names on both axes, title {@code Confusion_Matrix_<setName>}.
     */
    public static HeatMapChart confusionMatrix(long[][] counts, List<String> classes, String setName) {
        int n = classes.size();
        if (counts.length != n) {
            throw new IllegalArgumentException("confusion matrix has " + counts.length + " rows for " + n + " classes");
        }
        HeatMapChart c = new CountsHeatMap(new HeatMapChartBuilder().width(640).height(560)
                .title("Confusion_Matrix_" + setName).xAxisTitle("Predict label").yAxisTitle("True label"), counts);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setRangeColors(new Color[] {Color.WHITE, Color.BLACK});
        c.getStyler().setMin(0).setMax(1);
        c.getStyler().setDrawBorder(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setXAxisLabelRotation(60); // the seed's plt.xticks(..., rotation=60): long class names
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (counts[i].length != n) {
                throw new IllegalArgumentException("confusion matrix row " + i + " has " + counts[i].length + " columns");
            }
            long rowSum = 0;
            for (long v : counts[i]) {
                rowSum += v;
            }
            for (int j = 0; j < n; j++) {
                double norm = rowSum == 0 ? 0 : (double) counts[i][j] / rowSum;
                cells.add(new Number[] {j, n - 1 - i, norm}); // row 0 at the top, as imshow draws it
            }
        }
        List<String> yNames = new ArrayList<>(classes);
        java.util.Collections.reverse(yNames);
        c.addSeries("confusion", classes, yNames, cells);
        return c;
    }

    /**
     * A heat map that writes each cell's raw count over it: XChart 3.8 can only print the value that sets a cell's
     * colour (here the row share), so the counts are drawn after the chart, in the plot area's cell grid.
     */
    private static final class CountsHeatMap extends HeatMapChart {
        private final long[][] counts;

        CountsHeatMap(HeatMapChartBuilder builder, long[][] counts) {
            super(builder);
            this.counts = counts;
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            super.paint(g, width, height);
            // the cells fill the plot's content size (a share of the plot area, centred in it)
            Rectangle2D plotArea = plot.getBounds();
            double share = getStyler().getPlotContentSize();
            double w = plotArea.getWidth() * share;
            double h = plotArea.getHeight() * share;
            Rectangle2D area = new Rectangle2D.Double(plotArea.getCenterX() - w / 2, plotArea.getCenterY() - h / 2, w, h);
            int n = counts.length;
            double cw = area.getWidth() / n;
            double ch = area.getHeight() / n;
            g.setColor(Color.RED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String text = Long.toString(counts[i][j]);
                    double x = area.getX() + (j + 0.5) * cw - fm.stringWidth(text) / 2.0;
                    double y = area.getY() + (i + 0.5) * ch + (fm.getAscent() - fm.getDescent()) / 2.0;
                    g.drawString(text, (float) x, (float) y);
                }
            }
        }
    }

    /** Writes {@code Confusion_Matrix_<setName>.png} into {@code outDir}. The seed's {@code show_confMat}. */
    public static Path showConfMat(long[][] counts, List<String> classes, String setName, Path outDir) {
        return save(confusionMatrix(counts, classes, setName), outDir.resolve("Confusion_Matrix_" + setName + ".png"));
    }

    /** A histogram of a tensor's values in {@code bins} equal bins (weights or gradients of a layer). */
    public static CategoryChart histogram(String title, Tensor values, int bins) {
        double[] v = values.toDoubleArray();
        List<Double> data = new ArrayList<>(v.length);
        for (double d : v) {
            data.add(d);
        }
        Histogram h = new Histogram(data, bins);
        CategoryChart c = new CategoryChartBuilder().width(640).height(480).title(title).xAxisTitle("value")
                .yAxisTitle("count").build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setAvailableSpaceFill(0.99);
        c.getStyler().setXAxisDecimalPattern("0.###");
        c.getStyler().setXAxisLabelRotation(60);
        c.addSeries(title, h.getxAxisData(), h.getyAxisData());
        return c;
    }

    /** Renders a chart to a PNG file (parent directories created) and returns the path. */
    public static Path save(Chart<?, ?> chart, Path png) {
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            String name = png.toString();
            String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
            return Path.of(base + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}

package jtorch.utils.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jtorch.Torch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
    @TempDir
    Path dir;

    /** Centre of the pixels within 6 of the grey level {@code g} (pure greys only), or null. */
    private static double[] centroid(BufferedImage img, int g) {
        long sx = 0;
        long sy = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 255;
                int gg = rgb >> 8 & 255;
                int b = rgb & 255;
                if (r == gg && gg == b && Math.abs(r - g) <= 6) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return n < 2000 ? null : new double[] {(double) sx / n, (double) sy / n, n};
    }

    @Test
    void confusionMatrixCellsAreGreysOfTheRowNormalisedCounts() throws IOException {
        long[][] cm = {{9, 1}, {4, 6}}; // row-normalised: 0.9 0.1 / 0.4 0.6
        Path png = Plots.showConfMat(cm, List.of("cat", "dog"), "valid", dir);
        assertEquals(dir.resolve("Confusion_Matrix_valid.png"), png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        // Greys: value v is drawn as grey level 255 * (1 - v)
        double[] c00 = centroid(img, (int) Math.round(255 * 0.1));
        double[] c01 = centroid(img, (int) Math.round(255 * 0.9));
        double[] c10 = centroid(img, (int) Math.round(255 * 0.6));
        double[] c11 = centroid(img, (int) Math.round(255 * 0.4));
        for (double[] c : new double[][] {c00, c01, c10, c11}) {
            assertTrue(c != null, "a cell colour is missing");
        }
        // row 0 (true cat) above row 1; column 0 (predicted cat) left of column 1
        assertTrue(c00[0] < c01[0] && c10[0] < c11[0]);
        assertTrue(c00[1] < c10[1] && c01[1] < c11[1]);
        assertEquals(c00[0], c10[0], 3);
        assertEquals(c00[1], c01[1], 3);
        // the raw counts are written in red in their cells: red text near each cell's centre
        for (double[] c : new double[][] {c00, c01, c10, c11}) {
            assertTrue(redPixels(img, (int) c[0], (int) c[1], 20) > 10, "no count in the cell at " + c[0] + "," + c[1]);
        }
        // the count 9 (cell 0,0) and 1 (cell 0,1) differ in shape: more red in the 9 than in the 1
        assertTrue(redPixels(img, (int) c00[0], (int) c00[1], 20) > redPixels(img, (int) c01[0], (int) c01[1], 20));
    }

    private static int redPixels(BufferedImage img, int cx, int cy, int r) {
        int red = 0;
        for (int y = Math.max(0, cy - r); y < Math.min(img.getHeight(), cy + r); y++) {
            for (int x = Math.max(0, cx - r); x < Math.min(img.getWidth(), cx + r); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >> 16 & 255) > 180 && (rgb >> 8 & 255) < 90 && (rgb & 255) < 90) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void lossCurvesAndHistogramsArePngs() throws IOException {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put("train", new double[] {2.3, 1.2, 0.8, 0.5});
        s.put("valid", new double[] {2.4, 1.5, 1.1, 0.9});
        Path curves = Plots.save(Plots.curves("Loss", "loss", s), dir.resolve("loss.png"));
        BufferedImage a = ImageIO.read(curves.toFile());
        assertEquals(640, a.getWidth());
        assertEquals(480, a.getHeight());
        Path hist = Plots.save(Plots.histogram("fc1.weight", Torch.randn(1000), 20), dir.resolve("sub/hist.png"));
        BufferedImage b = ImageIO.read(hist.toFile());
        assertEquals(640, b.getWidth());
        // the curves are drawn in colour (not only the white background and black text)
        int coloured = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int rgb = a.getRGB(x, y);
                int r = rgb >> 16 & 255;
                int g = rgb >> 8 & 255;
                int bl = rgb & 255;
                if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 80) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 200, "curves not drawn: " + coloured);
    }
}

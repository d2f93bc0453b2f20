package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import jtorch.DType;
import jtorch.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * im2col and col2im against the definition, element by element, for the geometries that take each
 * path (unit strides with the output as wide as the image, the shifted copies; strides, dilations and
 * narrower outputs, the per-row copies) and for blocks of pixels that start and end inside output rows,
 * as a large image's columns are made; and the columns written in the GEMM's packed layout (im2colPanels). The conv fixtures pin the ops on small images, all in one block.
 */
class ConvColumnsTest {
    static Object[][] geometries() {
        return new Object[][] {
            // kh, kw, sh, sw, ph, pw, dh, dw, channels, h, w
            {3, 3, 1, 1, 1, 1, 1, 1, 2, 5, 6},
            {3, 3, 1, 1, 0, 0, 1, 1, 2, 5, 6},
            {5, 3, 1, 1, 2, 1, 1, 1, 1, 4, 4},
            {3, 3, 1, 1, 2, 2, 2, 2, 2, 6, 5},
            {3, 3, 2, 2, 1, 1, 1, 1, 2, 7, 7},
            {2, 3, 1, 2, 0, 1, 2, 1, 3, 6, 9},
            {1, 1, 1, 1, 0, 0, 1, 1, 2, 3, 4},
            {3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1},
            {1, 4, 1, 1, 0, 3, 1, 2, 2, 1, 5},
        };
    }

    // the image value tap (ch, ki, kj) meets at output pixel (oy, ox), 0 in the padding
    private static double tap(ConvGeometry g, double[] x, int h, int w, int ch, int ki, int kj, int oy, int ox) {
        int iy = oy * g.sh() - g.ph() + ki * g.dh();
        int ix = ox * g.sw() - g.pw() + kj * g.dw();
        return iy < 0 || iy >= h || ix < 0 || ix >= w ? 0 : x[(ch * h + iy) * w + ix];
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void matchesTheDefinitionInBlocks(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw, int channels,
                                      int h, int w) {
        ConvGeometry g = new ConvGeometry(kh, kw, sh, sw, ph, pw, dh, dw);
        int oh = g.outH(h);
        int ow = g.outW(w);
        int pixels = oh * ow;
        int rows = channels * kh * kw;
        Random rnd = new Random(7);
        int xo = 3; // the image does not start at the storage's start, and values lie on both sides of it
        double[] x = new double[xo + channels * h * w + 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextInt(19) - 9;
        }
        double[] cols = new double[rows * pixels];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = rnd.nextInt(19) - 9;
        }
        double[] image = java.util.Arrays.copyOfRange(x, xo, xo + channels * h * w);
        double[] expectCol = new double[rows * pixels];
        double[] expectImage = new double[x.length];
        for (int ch = 0, r = 0; ch < channels; ch++) {
            for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++, r++) {
                    for (int p = 0; p < pixels; p++) {
                        expectCol[r * pixels + p] = tap(g, image, h, w, ch, ki, kj, p / ow, p % ow);
                        int iy = p / ow * sh - ph + ki * dh;
                        int ix = p % ow * sw - pw + kj * dw;
                        if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                            expectImage[xo + (ch * h + iy) * w + ix] += cols[r * pixels + p];
                        }
                    }
                }
            }
        }
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64}) {
            for (int block : new int[] {pixels, Math.max(1, ow - 1), ow + 1, 1}) {
                Storage xs = storage(dtype, x);
                double[] gotCol = new double[rows * pixels];
                double[] gotPanels = new double[rows * pixels];
                int nr = Gemm.panelWidth(dtype);
                Storage target = storage(dtype, new double[x.length]);
                for (int p0 = 0; p0 < pixels; p0 += block) {
                    int bw = Math.min(block, pixels - p0);
                    int ldc = bw + 2;
                    Storage col = storage(dtype, new double[rows * ldc]);
                    col.fill(0, col.size(), 99); // every element in the block must be written
                    ConvColumns.im2col(g, channels, h, w, oh, ow, xs, xo, p0, p0 + bw, col, 0, ldc);
                    Storage given = storage(dtype, new double[rows * ldc]);
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < bw; j++) {
                            gotCol[r * pixels + p0 + j] = col.getDouble(r * ldc + j);
                            given.setDouble(r * ldc + j, cols[r * pixels + p0 + j]);
                        }
                    }
                    ConvColumns.col2im(g, channels, h, w, oh, ow, given, 0, ldc, p0, p0 + bw, target, xo);
                    // the packed layout, element (p, j) of a k×n matrix at (j / nr)·nr·k + p·nr + j % nr after co
                    int co = 5;
                    Storage panels = storage(dtype, new double[co + (int) Gemm.packedSize(rows, bw, dtype)]);
                    panels.fill(0, panels.size(), 99);
                    ConvColumns.im2colPanels(g, channels, h, w, oh, ow, xs, xo, p0, p0 + bw, panels, co);
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < bw; j++) {
                            gotPanels[r * pixels + p0 + j] = panels.getDouble(co + j / nr * nr * rows + r * nr + j % nr);
                        }
                    }
                    for (int j = bw; j % nr != 0; j++) {
                        for (int r = 0; r < rows; r++) {
                            assertEquals(0, panels.getDouble(co + j / nr * nr * rows + r * nr + j % nr), "padding");
                        }
                    }
                }
                assertArrayEquals(expectCol, gotPanels, dtype + " im2colPanels, blocks of " + block);
                assertArrayEquals(expectCol, gotCol, dtype + " im2col, blocks of " + block);
                double[] gotImage = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    gotImage[i] = target.getDouble(i);
                }
                assertArrayEquals(expectImage, gotImage, dtype + " col2im, blocks of " + block);
            }
        }
    }

    private static Storage storage(DType dtype, double[] values) {
        Storage s = Storage.allocate(dtype, values.length);
        for (int i = 0; i < values.length; i++) {
            s.setDouble(i, values[i]);
        }
        return s;
    }

    @Test
    void rejectsBadArguments() {
        ConvGeometry g = new ConvGeometry(3, 3, 1, 1, 1, 1, 1, 1);
        Storage x = Storage.allocate(DType.FLOAT32, 2 * 4 * 4);
        Storage col = Storage.allocate(DType.FLOAT32, 18 * 16);
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.im2col(g, 2, 4, 4, 4, 4, x, 1, 0, 16, col, 0, 16));
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.im2col(g, 2, 4, 4, 4, 4, x, 0, 0, 16, col, 1, 16));
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.im2col(g, 2, 4, 4, 4, 4, x, 0, 4, 17, col, 0, 16));
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.col2im(g, 2, 4, 4, 4, 4, Storage.allocate(DType.FLOAT64, 18 * 16), 0, 16, 0, 16, x, 0));
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.addTo(col, 0, x, 0, 33));
        assertThrows(IllegalArgumentException.class,
                () -> ConvColumns.im2colPanels(g, 2, 4, 4, 4, 4, x, 0, 0, 16, col, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConvGeometry(0, 3, 1, 1, 0, 0, 1, 1));
    }
}

package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import jtorch.DType;
import jtorch.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The max-pooling rows of both providers (2×2 stride 2, and general windows with unit dilation) against
 * PyTorch's sequential rule (a later tap wins when strictly greater or NaN), bit for bit and index for
 * index, on rows around the lane counts with NaNs, ties, infinities and signed zeros: the fixtures'
 * small images never reach the vector rows.
 */
class PoolParityTest {
    private static final KernelProvider[] PROVIDERS = {new ScalarKernels(), Kernels.loadVector()};
    private static final double[] SPECIAL = {Double.NaN, 0.0, -0.0, 1.0, 1.0, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};

    private static double[] input(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextInt(5) - 2;
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 7, 8, 9, 15, 16, 17, 33})
    void maxPool2x2RowsFollowPyTorchsRule(int ow) {
        int w = 2 * ow + 3;
        double[] xd = input(2 * w + 5, ow);
        float[] xf = new float[xd.length];
        for (int i = 0; i < xd.length; i++) {
            xf[i] = (float) xd[i];
        }
        int xo = 2;
        int at = 40;
        for (KernelProvider k : PROVIDERS) {
            float[] of = new float[ow + 1];
            double[] od = new double[ow + 1];
            long[] fi = new long[ow + 1];
            long[] di = new long[ow + 1];
            k.maxPool2x2(xf, xo, w, ow, of, 1, fi, at);
            k.maxPool2x2(xd, xo, w, ow, od, 1, di, at);
            for (int j = 0; j < ow; j++) {
                int[] taps = {0, 1, w, w + 1};
                double best = Double.NEGATIVE_INFINITY;
                int win = 0;
                for (int t : taps) {
                    double v = xd[xo + 2 * j + t];
                    if (v > best || Double.isNaN(v)) {
                        best = v;
                        win = t;
                    }
                }
                String where = k.name() + " ow=" + ow + " j=" + j;
                assertEquals(Double.doubleToRawLongBits(best), Double.doubleToRawLongBits(od[1 + j]), where);
                assertEquals(Float.floatToRawIntBits((float) best), Float.floatToRawIntBits(of[1 + j]), where);
                assertEquals(at + 2 * j + win, di[1 + j], where);
                assertEquals(at + 2 * j + win, fi[1 + j], where);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void maxPoolRowsFollowPyTorchsRule(int sw) {
        for (int rows = 1; rows <= 3; rows++) {
            for (int kw = 1; kw <= 3; kw++) {
                for (int outputs : new int[] {1, 5, 8, 9, 15, 16, 17, 30}) {
                    int w = outputs * sw + kw + 2;
                    double[] xd = input(rows * w, outputs * 31 + rows * 7 + kw);
                    float[] xf = new float[xd.length];
                    for (int i = 0; i < xd.length; i++) {
                        xf[i] = (float) xd[i];
                    }
                    int j0 = outputs > 2 ? 1 : 0;
                    for (KernelProvider k : PROVIDERS) {
                        float[] of = new float[outputs + 1];
                        double[] od = new double[outputs + 1];
                        long[] fi = new long[outputs + 1];
                        long[] di = new long[outputs + 1];
                        k.maxPoolRow(xf, 1, w, rows, kw, sw, j0, outputs, of, 1, fi, 100);
                        k.maxPoolRow(xd, 1, w, rows, kw, sw, j0, outputs, od, 1, di, 100);
                        for (int j = j0; j < outputs; j++) {
                            double best = Double.NEGATIVE_INFINITY;
                            int win = j * sw;
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < kw; c++) {
                                    int tap = r * w + j * sw + c;
                                    double v = xd[1 + tap];
                                    if (v > best || Double.isNaN(v)) {
                                        best = v;
                                        win = tap;
                                    }
                                }
                            }
                            String where = k.name() + " sw=" + sw + " rows=" + rows + " kw=" + kw + " j=" + j + "/"
                                    + outputs;
                            assertEquals(Double.doubleToRawLongBits(best), Double.doubleToRawLongBits(od[1 + j]), where);
                            assertEquals(Float.floatToRawIntBits((float) best), Float.floatToRawIntBits(of[1 + j]),
                                    where);
                            assertEquals(100 + win, di[1 + j], where);
                            assertEquals(100 + win, fi[1 + j], where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void maxPoolBackwardRejectsAnIndexOutsideThePlane() {
        Storage grad = Storage.allocate(DType.FLOAT32, 4);
        Storage indices = Storage.allocate(DType.INT64, 4);
        indices.setLong(2, 16);
        Storage gradIn = Storage.allocate(DType.FLOAT32, 16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PoolKernels.maxPoolBackward(grad, 0, 1, 4, indices, 0, gradIn, 16));
        assertEquals("max pooling backward: index 16 outside a plane of 16 elements", e.getMessage());
    }
}

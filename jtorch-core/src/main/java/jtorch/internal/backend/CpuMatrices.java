package jtorch.internal.backend;

import jtorch.Storage;
import jtorch.internal.kernels.AxisKernels;
import jtorch.internal.kernels.Gemm;
import jtorch.internal.kernels.Lapack;
import jtorch.internal.kernels.Parallel;

/**
 * The CPU's matrix loops: batched products through the GEMM, dense factorizations ({@link Lapack}) matrix by matrix,
 * and sparse matrices applied along one axis.
 */
final class CpuMatrices {
    /** Multiply-adds from which one product of a batch is worth splitting across threads by itself. */
    private static final long SPLIT_INSIDE_MACS = 1L << 20;

    private CpuMatrices() {
    }

    static void bmm(Strided a, Strided b, Strided out) {
        int batch = a.shape()[0];
        int m = a.shape()[1];
        int k = a.shape()[2];
        int n = b.shape()[2];
        int[] as = a.stride();
        int[] bs = b.stride();
        int[] cs = out.stride();
        // a stack of small products is split across the threads by matrix, since the GEMM runs each such product on
        // one thread; a large product is split inside the GEMM instead (grain = batch: one range, here)
        long macs = Math.max(1L, (long) m * n * k);
        boolean byMatrix = macs < SPLIT_INSIDE_MACS;
        Parallel.forRange(batch, byMatrix ? 1 : batch, byMatrix ? (int) Math.min(batch, SPLIT_INSIDE_MACS / macs) : 1,
                (from, to) -> {
                    for (int i = from; i < to; i++) {
                        Gemm.gemm(m, n, k, a.storage(), a.offset() + i * as[0], as[1], as[2],
                                b.storage(), b.offset() + i * bs[0], bs[1], bs[2],
                                out.storage(), out.offset() + i * cs[0], cs[1]);
                    }
                });
    }

    // Each step is rounded by storing it: out's element doubles as the scratch slot, so the rounding is the storage's
    // own (round to nearest even) and the loop serves any reduced dtype. Only small products come here (the ops send
    // the others to bmm), so the loop runs on one thread.
    static void bmmRoundingEachStep(Strided a, Strided b, double alpha, Strided out) {
        int batch = a.shape()[0];
        int m = a.shape()[1];
        int k = a.shape()[2];
        int n = b.shape()[2];
        int[] as = a.stride();
        int[] bs = b.stride();
        int[] cs = out.stride();
        Storage x = a.storage();
        Storage y = b.storage();
        Storage c = out.storage();
        for (int i = 0; i < batch; i++) {
            for (int r = 0; r < m; r++) {
                for (int j = 0; j < n; j++) {
                    int at = out.offset() + i * cs[0] + r * cs[1] + j * cs[2];
                    float sum = (float) c.getDouble(at);
                    for (int l = 0; l < k; l++) {
                        float bv = (float) y.getDouble(b.offset() + i * bs[0] + l * bs[1] + j * bs[2]);
                        if (alpha != 1) {
                            c.setDouble(at, bv * (float) alpha);
                            bv = (float) c.getDouble(at);
                        }
                        c.setDouble(at, (float) x.getDouble(a.offset() + i * as[0] + r * as[1] + l * as[2]) * bv);
                        c.setDouble(at, sum + (float) c.getDouble(at));
                        sum = (float) c.getDouble(at);
                    }
                }
            }
        }
    }

    static void axisMap(Strided x, int dim, int[] rowStart, int[] index, double[] weight, Strided out) {
        int[] shape = x.shape();
        if (out.numel() == 0) {
            return;
        }
        int outer = 1;
        for (int i = 0; i < dim; i++) {
            outer *= shape[i];
        }
        int inner = 1;
        for (int i = dim + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        AxisKernels.apply(x.storage(), x.offset(), out.storage(), outer, shape[dim], inner, rowStart, index, weight);
    }

    static void matrices(Lapack.Routine routine, Strided[] inputs, Strided[] outputs) {
        int batch = (inputs.length > 0 ? inputs[0] : outputs[0]).shape()[0];
        // one factorization per task: each is O(n^3) and independent of the others
        Parallel.forRange(batch, 1, 1, (from, to) -> {
            for (int b = from; b < to; b++) {
                Lapack.Mat[] in = new Lapack.Mat[inputs.length];
                for (int i = 0; i < in.length; i++) {
                    in[i] = load(inputs[i], b);
                }
                Lapack.Mat[] out = new Lapack.Mat[outputs.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Lapack.Mat(outputs[i].shape()[1], outputs[i].shape()[2]);
                }
                routine.apply(in, out);
                for (int i = 0; i < out.length; i++) {
                    store(out[i], outputs[i], b);
                }
            }
        });
    }

    private static Lapack.Mat load(Strided s, int b) {
        int rows = s.shape()[1];
        int cols = s.shape()[2];
        int[] st = s.stride();
        Lapack.Mat m = new Lapack.Mat(rows, cols);
        double[] a = m.a();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i * cols + j] = s.storage().getDouble(s.offset() + b * st[0] + i * st[1] + j * st[2]);
            }
        }
        return m;
    }

    private static void store(Lapack.Mat m, Strided s, int b) {
        int[] st = s.stride();
        double[] a = m.a();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                s.storage().setDouble(s.offset() + b * st[0] + i * st[1] + j * st[2], a[i * m.cols() + j]);
            }
        }
    }
}

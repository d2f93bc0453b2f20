package jtorch.internal.backend;

import jtorch.Storage;
import jtorch.internal.kernels.KernelProvider;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.kernels.ReduceOp;

/**
 * Training-mode batch normalisation of a contiguous float32 [N, C, S...] tensor in whole passes, as PyTorch's
 * CPU kernels ({@code batch_norm_cpu_collect_stats}, {@code _transform_input}, {@code _backward}) compute it:
 * per channel, sums in double; the mean and 1/sqrt(var + eps) rounded to float as PyTorch saves them; the output
 * {@code x·alpha + beta} with {@code alpha = invstd·weight}, {@code beta = bias − mean·alpha}; the input gradient
 * {@code (dy − (x − mean)·k − sum(dy)/M)·invstd·weight} with {@code k = Σ(x − mean)·dy · invstd² / M}. The
 * channels are split among the threads, each channel summed by one thread in a fixed order. Per-channel results
 * are float64 [C] storages; weight and bias may be null.
 */
final class CpuBatchNorm {
    private CpuBatchNorm() {
    }

    /** mean[c] and the biased var[c] of every channel, in double (the variance from a second pass). */
    static void stats(Strided x, Strided mean, Strided var) {
        KernelProvider k = Kernels.get();
        float[] xd = (float[]) x.storage().data();
        forEachChannel(x, (c, n, channels, s) -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += k.reduce(ReduceOp.SUM, xd, run(x, i, c, channels, s), 1, s);
            }
            double m = sum / ((double) n * s);
            double sq = 0;
            for (int i = 0; i < n; i++) {
                int o = run(x, i, c, channels, s);
                for (int j = o; j < o + s; j++) {
                    double d = xd[j] - m;
                    sq += d * d;
                }
            }
            mean.storage().setDouble(mean.offset() + c, m);
            var.storage().setDouble(var.offset() + c, sq / ((double) n * s));
        });
    }

    /** out = x·alpha[c] + beta[c] (out contiguous like x). */
    static void apply(Strided x, Strided mean, Strided var, double eps, Strided weight, Strided bias, Strided out) {
        float[] xd = (float[]) x.storage().data();
        float[] od = (float[]) out.storage().data();
        forEachChannel(x, (c, n, channels, s) -> {
            float m = (float) mean.storage().getDouble(mean.offset() + c);
            float invstd = invstd(var, c, eps);
            float alpha = invstd * (float) value(weight, c, 1);
            float beta = (float) value(bias, c, 0) - m * alpha;
            for (int i = 0; i < n; i++) {
                int xo = run(x, i, c, channels, s);
                int oo = run(out, i, c, channels, s);
                for (int j = 0; j < s; j++) {
                    od[oo + j] = xd[xo + j] * alpha + beta;
                }
            }
        });
    }

    /** sumDy[c] = Σ dy and dotp[c] = Σ (x − mean)·dy over the channel, in double (dy contiguous like x). */
    static void gradStats(Strided x, Strided dy, Strided mean, Strided sumDy, Strided dotp) {
        KernelProvider k = Kernels.get();
        float[] xd = (float[]) x.storage().data();
        float[] gd = (float[]) dy.storage().data();
        forEachChannel(x, (c, n, channels, s) -> {
            float m = (float) mean.storage().getDouble(mean.offset() + c);
            double sum = 0;
            double dot = 0;
            for (int i = 0; i < n; i++) {
                int xo = run(x, i, c, channels, s);
                int go = run(dy, i, c, channels, s);
                sum += k.reduce(ReduceOp.SUM, gd, go, 1, s);
                for (int j = 0; j < s; j++) {
                    dot += (double) (xd[xo + j] - m) * gd[go + j];
                }
            }
            sumDy.storage().setDouble(sumDy.offset() + c, sum);
            dotp.storage().setDouble(dotp.offset() + c, dot);
        });
    }

    /** gx = (dy − (x − mean)·k − sumDy/M)·invstd·weight, k = dotp·invstd²/M (gx contiguous like x). */
    static void inputGrad(Strided x, Strided dy, Strided mean, Strided var, double eps, Strided weight,
                          Strided sumDy, Strided dotp, Strided gx) {
        float[] xd = (float[]) x.storage().data();
        float[] gd = (float[]) dy.storage().data();
        float[] od = (float[]) gx.storage().data();
        forEachChannel(x, (c, n, channels, s) -> {
            double values = (double) n * s;
            float m = (float) mean.storage().getDouble(mean.offset() + c);
            float invstd = invstd(var, c, eps);
            float k = (float) (dotp.storage().getDouble(dotp.offset() + c) * invstd * invstd / values);
            float gradMean = (float) (sumDy.storage().getDouble(sumDy.offset() + c) / values);
            float scale = invstd * (float) value(weight, c, 1);
            for (int i = 0; i < n; i++) {
                int xo = run(x, i, c, channels, s);
                int go = run(dy, i, c, channels, s);
                int oo = run(gx, i, c, channels, s);
                for (int j = 0; j < s; j++) {
                    od[oo + j] = (gd[go + j] - (xd[xo + j] - m) * k - gradMean) * scale;
                }
            }
        });
    }

    // 1/sqrt(var + eps) in double, saved as float (PyTorch's save_invstd)
    private static float invstd(Strided var, int c, double eps) {
        return (float) (1 / Math.sqrt(var.storage().getDouble(var.offset() + c) + eps));
    }

    private static double value(Strided t, int c, double absent) {
        if (t == null) {
            return absent;
        }
        Storage s = t.storage();
        return s.getDouble(t.offset() + c * t.stride()[0]);
    }

    // the first element of image i's channel c: channel planes of s values, c of them per image
    private static int run(Strided t, int i, int c, int channels, int s) {
        return t.offset() + (i * channels + c) * s;
    }

    @FunctionalInterface
    private interface ChannelBody {
        void run(int c, int images, int channels, int plane);
    }

    private static void forEachChannel(Strided x, ChannelBody body) {
        int n = x.shape()[0];
        int channels = x.shape()[1];
        int plane = 1;
        for (int d = 2; d < x.shape().length; d++) {
            plane *= x.shape()[d];
        }
        int s = plane;
        Parallel.forRange(channels, 1, 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                body.run(c, n, channels, s);
            }
        });
    }
}

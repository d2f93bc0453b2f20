package jtorch.internal.backend;

import jtorch.Storage;
import jtorch.internal.kernels.Dft;
import jtorch.internal.kernels.Parallel;

/** The CPU's Fourier transforms: each sequence gathered into double arrays, transformed by a shared {@link Dft} plan. */
final class CpuSpectral {
    private CpuSpectral() {
    }

    static void fft(Strided x, boolean inverse, double scale, Strided out) {
        int outer = x.shape()[0];
        int n = x.shape()[1];
        int inner = x.shape()[2];
        int bins = out.shape()[1];
        boolean complex = x.shape()[3] == 2;
        int sequences = outer * inner;
        if (sequences == 0 || n == 0) {
            return;
        }
        Dft plan = new Dft(n);
        int[] xs = x.stride();
        int[] os = out.stride();
        Storage xd = x.storage();
        Storage od = out.storage();
        // a sequence costs about n·log n; hand threads enough sequences to be worth the hand-off
        int perTask = Math.max(1, Parallel.GRAIN / Math.max(1, n * (32 - Integer.numberOfLeadingZeros(n))));
        Parallel.forRange(sequences, perTask, perTask, (from, to) -> {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int s = from; s < to; s++) {
                int o = s / inner;
                int i = s % inner;
                int xBase = x.offset() + o * xs[0] + i * xs[2];
                for (int j = 0; j < n; j++) {
                    re[j] = xd.getDouble(xBase + j * xs[1]);
                    im[j] = complex ? xd.getDouble(xBase + j * xs[1] + xs[3]) : 0;
                }
                plan.transform(re, im, inverse);
                int oBase = out.offset() + o * os[0] + i * os[2];
                for (int k = 0; k < bins; k++) {
                    od.setDouble(oBase + k * os[1], re[k] * scale);
                    od.setDouble(oBase + k * os[1] + os[3], im[k] * scale);
                }
            }
        });
    }
}

package jtorch.internal.kernels;

import jtorch.Storage;

/**
 * Scans along one 1-d slice (storage, offset, element stride, length) whose step is not a plain sum or
 * product: cummax/cummin with the index each running value came from, and logcumsumexp. Floating values
 * are read as double, integers and bool as long, as in {@link SliceKernels}.
 */
public final class CumulativeKernels {
    private CumulativeKernels() {
    }

    /**
     * Running max (or min) and its index, PyTorch 1.13's rule: an element equal to the running value takes
     * over (so ties report the latest index), a NaN takes over and then stays, later NaNs moving the index.
     */
    public static void cumExtreme(Storage x, int xo, int xs, Storage values, int vo, int vs, Storage indices, int io,
                                  int is, int n, boolean max) {
        if (n == 0) {
            return;
        }
        int best = 0;
        if (x.dtype().isFloatingPoint()) {
            double b = x.getDouble(xo);
            for (int i = 0, xi = xo; i < n; i++, xi += xs) {
                double v = x.getDouble(xi);
                if (Double.isNaN(v) || !Double.isNaN(b) && (max ? v >= b : v <= b)) {
                    b = v;
                    best = i;
                }
                values.setDouble(vo + i * vs, b);
                indices.setLong(io + i * is, best);
            }
        } else {
            long b = x.getLong(xo);
            for (int i = 0, xi = xo; i < n; i++, xi += xs) {
                long v = x.getLong(xi);
                if (max ? v >= b : v <= b) {
                    b = v;
                    best = i;
                }
                values.setLong(vo + i * vs, b);
                indices.setLong(io + i * is, best);
            }
        }
    }

    /** Running log(sum(exp(x))) accumulated in double (PyTorch's CPU accumulate type), starting from -inf. */
    public static void logcumsumexp(Storage x, int xo, int xs, Storage out, int oo, int os, int n) {
        double acc = Double.NEGATIVE_INFINITY;
        for (int i = 0, xi = xo, oi = oo; i < n; i++, xi += xs, oi += os) {
            acc = logAddExp(x.getDouble(xi), acc);
            out.setDouble(oi, acc);
        }
    }

    // PyTorch's _log_add_exp_helper: log1p(exp(min - max)) + max, NaN propagating; equal infinities give x
    private static double logAddExp(double x, double y) {
        double min = Double.isNaN(y) ? y : y < x ? y : x;
        double max = Double.isNaN(y) ? y : x < y ? y : x;
        if (min != max || Double.isFinite(min)) {
            return Math.log1p(Math.exp(min - max)) + max;
        }
        return x;
    }
}

package jtorch.internal.kernels;

import jtorch.Storage;

/**
 * Loops over one 1-d slice of a tensor, given as (storage, offset, element stride, length), for the
 * ops that work along a dim: arg-extremes, scans, sort keys and element moves. One generic path for
 * every dtype: floating values are read as double, integers and bool as long, so int64 stays exact.
 */
public final class SliceKernels {
    private SliceKernels() {
    }

    /**
     * Index of the first maximum (or minimum) of the slice. A NaN counts as the extreme and the
     * first NaN wins, as in PyTorch's {@code max(dim)} / {@code argmax}.
     */
    public static int argExtreme(Storage x, int off, int stride, int n, boolean max) {
        int best = 0;
        if (x.dtype().isFloatingPoint()) {
            double b = x.getDouble(off);
            if (Double.isNaN(b)) {
                return 0;
            }
            for (int i = 1, xi = off + stride; i < n; i++, xi += stride) {
                double v = x.getDouble(xi);
                if (Double.isNaN(v)) {
                    return i;
                }
                if (max ? v > b : v < b) {
                    b = v;
                    best = i;
                }
            }
        } else {
            long b = x.getLong(off);
            for (int i = 1, xi = off + stride; i < n; i++, xi += stride) {
                long v = x.getLong(xi);
                if (max ? v > b : v < b) {
                    b = v;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * Running sum or product of the slice into {@code out} (same dtype). Floats accumulate in double
     * and round each output, as PyTorch's CPU scan does with its accumulate type; integers in long.
     */
    public static void scan(Storage x, int xo, int xs, Storage out, int oo, int os, int n, boolean product) {
        if (x.dtype().isFloatingPoint()) {
            double acc = product ? 1 : 0;
            for (int i = 0, xi = xo, oi = oo; i < n; i++, xi += xs, oi += os) {
                double v = x.getDouble(xi);
                acc = product ? acc * v : acc + v;
                out.setDouble(oi, acc);
            }
        } else {
            long acc = product ? 1 : 0;
            for (int i = 0, xi = xo, oi = oo; i < n; i++, xi += xs, oi += os) {
                long v = x.getLong(xi);
                acc = product ? acc * v : acc + v;
                out.setLong(oi, acc);
            }
        }
    }

    /**
     * Gradient of a cumprod slice whose input has a zero, in O(n): with z the first zero, element k
     * gets sum over j &gt;= k of g[j] * prod(x[i], i &lt;= j, i != k); that is g·y summed over [k, z)
     * divided by x[k] before z, a running product after z for k = z, and 0 after z.
     */
    public static void cumprodGradWithZeros(Storage x, int xo, int xs, Storage g, int go, int gs, Storage y, int yo,
                                            int ys, Storage out, int oo, int os, int n) {
        int z = 0;
        while (z < n && x.getDouble(xo + z * xs) != 0) {
            z++;
        }
        double acc = 0;
        for (int k = z - 1; k >= 0; k--) {
            acc += g.getDouble(go + k * gs) * y.getDouble(yo + k * ys);
            out.setDouble(oo + k * os, acc / x.getDouble(xo + k * xs));
        }
        if (z < n) {
            double run = z > 0 ? y.getDouble(yo + (z - 1) * ys) : 1;
            double s = g.getDouble(go + z * gs) * run;
            for (int j = z + 1; j < n; j++) {
                run *= x.getDouble(xo + j * xs);
                s += g.getDouble(go + j * gs) * run;
            }
            out.setDouble(oo + z * os, s);
        }
        for (int k = z + 1; k < n; k++) {
            out.setDouble(oo + k * os, 0);
        }
    }

    /** Reads a slice as {@link SortKernels} keys in ascending or descending order, and ids 0..n-1. */
    public static void loadKeys(Storage x, int off, int stride, int n, boolean descending, long[] keys, int[] ids) {
        boolean floating = x.dtype().isFloatingPoint();
        for (int i = 0, xi = off; i < n; i++, xi += stride) {
            long key;
            if (floating) {
                double v = x.getDouble(xi);
                key = descending ? SortKernels.descendingKey(v) : SortKernels.ascendingKey(v);
            } else {
                long v = x.getLong(xi);
                key = descending ? SortKernels.descendingKey(v) : SortKernels.ascendingKey(v);
            }
            keys[i] = key;
            ids[i] = i;
        }
    }

    /** Copies one element between storages of the same dtype without rounding. */
    public static void copyElement(Storage src, int si, Storage dst, int di) {
        if (src.dtype().isFloatingPoint()) {
            dst.setDouble(di, src.getDouble(si));
        } else {
            dst.setLong(di, src.getLong(si));
        }
    }

    /** {@code dst[di] += src[si]} for storages of the same dtype. */
    public static void addElement(Storage src, int si, Storage dst, int di) {
        if (src.dtype().isFloatingPoint()) {
            dst.setDouble(di, dst.getDouble(di) + src.getDouble(si));
        } else {
            dst.setLong(di, dst.getLong(di) + src.getLong(si));
        }
    }
}

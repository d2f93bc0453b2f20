package jtorch.internal.kernels;

import jtorch.Storage;

/**
 * Binary search of values in one sorted row (storage, offset, element stride, length), optionally read through a
 * sorter row of int64 positions: PyTorch 1.13's searchsorted loops, whose comparisons ({@code !(mid >= v)} for the
 * left side, {@code !(mid > v)} for the right) decide where NaNs and unsorted rows land. Floating rows compare as
 * double, integer ones as long.
 */
public final class SearchKernels {
    private SearchKernels() {
    }

    /** Writes, for each of the {@code k} values, the insertion index into the row of length {@code m}. */
    public static void search(Storage seq, int so, int ss, Storage sorter, int po, int ps, int m, Storage values, int vo,
                              int vs, int k, boolean right, Storage out, int oo, int os) {
        boolean floating = seq.dtype().isFloatingPoint();
        for (int j = 0; j < k; j++) {
            int vi = vo + j * vs;
            int start = 0;
            int end = m;
            while (start < end) {
                int mid = start + ((end - start) >> 1);
                int at = so + ss * (sorter == null ? mid : (int) sorter.getLong(po + mid * ps));
                boolean goRight;
                if (floating) {
                    double a = seq.getDouble(at);
                    double v = values.getDouble(vi);
                    goRight = right ? !(a > v) : !(a >= v);
                } else {
                    long a = seq.getLong(at);
                    long v = values.getLong(vi);
                    goRight = right ? a <= v : a < v;
                }
                if (goRight) {
                    start = mid + 1;
                } else {
                    end = mid;
                }
            }
            out.setLong(oo + j * os, start);
        }
    }
}

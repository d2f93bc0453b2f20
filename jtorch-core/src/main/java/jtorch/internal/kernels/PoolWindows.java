package jtorch.internal.kernels;

/**
 * The integer window arithmetic of the pooling loops, which does not depend on the element type: it is
 * shared by the generated float and double loops ({@code FloatPoolKernels}, {@code DoublePoolKernels})
 * instead of being generated into both.
 */
final class PoolWindows {
    private PoolWindows() {
    }

    /** First tap r with {@code start + r·d >= 0}. */
    static int firstTap(int start, int d) {
        return start < 0 ? (-start + d - 1) / d : 0;
    }

    /** End of the taps r < k with {@code start + r·d < size}. */
    static int endTap(int start, int size, int k, int d) {
        return Math.max(0, Math.min(k, (size - start + d - 1) / d));
    }

    /** {@link #firstTap} and {@link #endTap} of each of {@code out} outputs along one axis. */
    static void taps(int out, int size, int k, int stride, int pad, int d, int[] first, int[] end) {
        for (int o = 0; o < out; o++) {
            int start = o * stride - pad;
            first[o] = firstTap(start, d);
            end[o] = endTap(start, size, k, d);
        }
    }

    /**
     * PyTorch's average-pooling windows along one axis: output o averages input positions
     * [start[o], end[o]) (clipped to the input) and spans padded[o] positions of the padded input.
     */
    static final class Average {
        final int[] start;
        final int[] end;
        final int[] padded;

        Average(int out, int size, int k, int stride, int pad) {
            start = new int[out];
            end = new int[out];
            padded = new int[out];
            for (int o = 0; o < out; o++) {
                int s = o * stride - pad;
                int e = Math.min(s + k, size + pad);
                padded[o] = e - s;
                start[o] = Math.max(s, 0);
                end[o] = Math.min(e, size);
            }
        }

        /** True when window o lies wholly in the padding (possible in ceil mode). */
        boolean empty(int o) {
            return start[o] >= end[o];
        }

        /**
         * The divisor of window (i, j) of {@code rows} × {@code cols}: the override when it is not 0, else
         * the window's size in the padded input ({@code countIncludePad}) or within the input.
         */
        static int divisor(Average rows, int i, Average cols, int j, boolean countIncludePad, int divisorOverride) {
            if (divisorOverride != 0) {
                return divisorOverride;
            }
            return countIncludePad ? rows.padded[i] * cols.padded[j]
                    : (rows.end[i] - rows.start[i]) * (cols.end[j] - cols.start[j]);
        }
    }
}

package jtorch.internal.backend;

import jtorch.Storage;
import jtorch.internal.kernels.CumulativeKernels;
import jtorch.internal.kernels.SearchKernels;
import jtorch.internal.kernels.SliceKernels;
import jtorch.internal.kernels.Slices;
import jtorch.internal.kernels.SortKernels;

/**
 * The CPU's ordering loops along one dim: each slice's keys are loaded once, ordered by PyTorch 1.13's CPU
 * algorithms ({@link SortKernels}: the order of ties is theirs), and the selected elements written with their
 * indices. Results and indices are laid out with x's rank (size k, or 1, along dim).
 */
final class CpuSort {
    private CpuSort() {
    }

    static void sort(Strided x, int dim, boolean descending, boolean stable, Strided values, Strided indices) {
        Selection s = new Selection(x, dim, descending);
        forEachSlice(x, dim, values, indices, off -> {
            s.load(off[0]);
            if (stable) {
                SortKernels.stableSort(s.keys, s.ids, 0, s.n);
            } else {
                SortKernels.sort(s.keys, s.ids, 0, s.n);
            }
            s.write(s.n, off[0], values, off[1], dim, indices, off[2]);
        });
    }

    static void topk(Strided x, int dim, int k, boolean largest, boolean sorted, Strided values, Strided indices) {
        // a 0-d input is copied through even for k = 0, as in PyTorch
        int take = x.shape().length == 0 ? 1 : k;
        if (take == 0) {
            return;
        }
        Selection s = new Selection(x, dim, largest);
        int n = s.n;
        forEachSlice(x, dim, values, indices, off -> {
            s.load(off[0]);
            if ((long) k * 64 <= n) {
                SortKernels.partialSort(s.keys, s.ids, 0, k, n);
            } else {
                SortKernels.nthElement(s.keys, s.ids, 0, k - 1, n);
                if (sorted) {
                    SortKernels.sort(s.keys, s.ids, 0, k - 1);
                }
            }
            s.write(take, off[0], values, off[1], dim, indices, off[2]);
        });
    }

    static void kthvalue(Strided x, int dim, int k, Strided values, Strided indices) {
        Selection s = new Selection(x, dim, false);
        forEachSlice(x, dim, values, indices, off -> {
            s.load(off[0]);
            SortKernels.quickSelect(s.keys, s.ids, s.n, k - 1);
            s.write(1, off[0], values, off[1], dim, indices, off[2], k - 1);
        });
    }

    static void scan(Strided x, int dim, boolean product, Strided out) {
        int n = length(x, dim);
        int xs = stride(x, dim);
        int os = stride(out, dim);
        Slices.forEach(x.shape(), dim, new int[][] {x.stride(), out.stride()}, new int[] {x.offset(), out.offset()},
                off -> SliceKernels.scan(x.storage(), off[0], xs, out.storage(), off[1], os, n, product));
    }

    static void cumExtreme(Strided x, int dim, boolean max, Strided values, Strided indices) {
        int n = length(x, dim);
        forEachSlice(x, dim, values, indices, off -> CumulativeKernels.cumExtreme(x.storage(), off[0], stride(x, dim),
                values.storage(), off[1], stride(values, dim), indices.storage(), off[2], stride(indices, dim), n, max));
    }

    static void logcumsumexp(Strided x, int dim, Strided out) {
        int n = length(x, dim);
        Slices.forEach(x.shape(), dim, new int[][] {x.stride(), out.stride()}, new int[] {x.offset(), out.offset()},
                off -> CumulativeKernels.logcumsumexp(x.storage(), off[0], stride(x, dim), out.storage(), off[1],
                        stride(out, dim), n));
    }

    // PyTorch's mode kernel sorts (value, index) pairs with std::sort comparing values, then keeps the first
    // longest run of equal values and the index of that run's last pair
    static void mode(Strided x, int dim, Strided values, Strided indices) {
        Selection s = new Selection(x, dim, false);
        forEachSlice(x, dim, values, indices, off -> {
            s.load(off[0]);
            SortKernels.sort(s.keys, s.ids, 0, s.n);
            int best = 0;
            int bestCount = 0;
            for (int i = 0, run = 0; i < s.n; i++) {
                run++;
                if (i == s.n - 1 || s.keys[i] != s.keys[i + 1]) {
                    if (run > bestCount) {
                        bestCount = run;
                        best = i;
                    }
                    run = 0;
                }
            }
            s.write(1, off[0], values, off[1], dim, indices, off[2], best);
        });
    }

    static void searchsorted(Strided sorted, Strided sorter, Strided values, boolean right, Strided out) {
        int rows = values.shape()[0];
        int m = sorted.shape()[1];
        int k = values.shape()[1];
        for (int r = 0; r < rows; r++) {
            SearchKernels.search(sorted.storage(), sorted.offset() + r * sorted.stride()[0], sorted.stride()[1],
                    sorter == null ? null : sorter.storage(),
                    sorter == null ? 0 : sorter.offset() + r * sorter.stride()[0], sorter == null ? 0 : sorter.stride()[1],
                    m, values.storage(), values.offset() + r * values.stride()[0], values.stride()[1], k, right,
                    out.storage(), out.offset() + r * out.stride()[0], out.stride()[1]);
        }
    }

    static void cumprodGradWithZeros(Strided x, Strided g, Strided y, int dim, Strided out) {
        int n = length(x, dim);
        Slices.forEach(x.shape(), dim, new int[][] {x.stride(), g.stride(), y.stride(), out.stride()},
                new int[] {x.offset(), g.offset(), y.offset(), out.offset()},
                off -> SliceKernels.cumprodGradWithZeros(x.storage(), off[0], stride(x, dim), g.storage(), off[1],
                        stride(g, dim), y.storage(), off[2], stride(y, dim), out.storage(), off[3], stride(out, dim), n));
    }

    private static void forEachSlice(Strided x, int dim, Strided values, Strided indices, Slices.Visitor v) {
        Slices.forEach(x.shape(), dim, new int[][] {x.stride(), values.stride(), indices.stride()},
                new int[] {x.offset(), values.offset(), indices.offset()}, v);
    }

    private static int length(Strided t, int dim) {
        return t.shape().length == 0 ? 1 : t.shape()[dim];
    }

    private static int stride(Strided t, int dim) {
        return t.shape().length == 0 ? 0 : t.stride()[dim];
    }

    /** Per-slice scratch: the slice's sort keys and element ids, moved in pairs (one slice at a time). */
    private static final class Selection {
        final Storage xs;
        final int stride;
        final int n;
        final boolean descending;
        final long[] keys;
        final int[] ids;

        Selection(Strided x, int dim, boolean descending) {
            this.xs = x.storage();
            this.stride = stride(x, dim);
            this.n = length(x, dim);
            this.descending = descending;
            this.keys = new long[n];
            this.ids = new int[n];
        }

        /** Loads the slice at {@code off}: its keys and the ids 0..n-1. */
        void load(int off) {
            SliceKernels.loadKeys(xs, off, stride, n, descending, keys, ids);
        }

        /** Writes the selected elements {@code first .. first + count - 1} and their indices along dim. */
        void write(int count, int xOff, Strided values, int vo, int dim, Strided indices, int io, int first) {
            int vs = CpuSort.stride(values, dim);
            int is = CpuSort.stride(indices, dim);
            for (int j = 0; j < count; j++) {
                int id = ids[first + j];
                SliceKernels.copyElement(xs, xOff + id * stride, values.storage(), vo + j * vs);
                indices.storage().setLong(io + j * is, id);
            }
        }

        void write(int count, int xOff, Strided values, int vo, int dim, Strided indices, int io) {
            write(count, xOff, values, vo, dim, indices, io, 0);
        }
    }
}

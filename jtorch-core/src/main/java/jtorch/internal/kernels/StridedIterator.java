package jtorch.internal.kernels;

/**
 * Walks several operands over one shape in runs along the innermost dimension, after merging
 * dimensions that are contiguous for every operand. Each run is handed to a kernel as
 * (offset, inner stride, length); nothing is allocated per run or per element.
 *
 * <pre>{@code
 * StridedIterator it = new StridedIterator(shape, new int[][] {outStride, aStride}, new int[] {outOff, aOff});
 * if (!it.isEmpty()) do { kernel(it.offset(0), it.innerStride(0), it.offset(1), it.innerStride(1), it.innerSize()); } while (it.next());
 * }</pre>
 * Large iterations go through {@link #forEachRun}, which splits the runs among the pool's threads.
 */
public final class StridedIterator {
    private final int[] sizes;      // coalesced sizes, innermost last
    private final int[][] strides;  // [operand][dim]
    private final int[] offsets;    // current offsets per operand
    private final int[] counter;    // position in the outer dims
    private final int[] start;      // offsets of the first run
    private final boolean empty;

    /**
     * @param shape   the iteration shape (operands are already broadcast to it: stride 0 repeats)
     * @param strides element strides per operand, each of {@code shape.length}
     * @param offsets starting storage offsets per operand
     */
    public StridedIterator(int[] shape, int[][] strides, int[] offsets) {
        int nOps = strides.length;
        boolean isEmpty = false;
        for (int s : shape) {
            isEmpty |= s == 0;
        }
        this.empty = isEmpty;
        // drop size-1 dims, then merge dim i into i+1 where every operand steps contiguously across them
        int[] sz = new int[Math.max(shape.length, 1)];
        int[][] st = new int[nOps][sz.length];
        int rank = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (rank > 0 && mergeable(strides, d, sz[rank - 1], st, rank - 1, shape[d])) {
                sz[rank - 1] *= shape[d];
                for (int k = 0; k < nOps; k++) {
                    st[k][rank - 1] = strides[k][d];
                }
                continue;
            }
            sz[rank] = shape[d];
            for (int k = 0; k < nOps; k++) {
                st[k][rank] = strides[k][d];
            }
            rank++;
        }
        if (rank == 0) {
            sz[0] = 1;
            rank = 1;
        }
        this.sizes = java.util.Arrays.copyOf(sz, rank);
        this.strides = new int[nOps][];
        for (int k = 0; k < nOps; k++) {
            this.strides[k] = java.util.Arrays.copyOf(st[k], rank);
        }
        this.offsets = offsets.clone();
        this.start = offsets.clone();
        this.counter = new int[rank];
    }

    // an independent cursor over the same runs, for one thread of forEachRun
    private StridedIterator(StridedIterator o) {
        this.sizes = o.sizes;
        this.strides = o.strides;
        this.empty = o.empty;
        this.start = o.start;
        this.offsets = o.start.clone();
        this.counter = new int[o.counter.length];
    }

    /** A stretch of one run: each operand's offset of its first element, and its length (inner strides are fixed). */
    @FunctionalInterface
    public interface RunVisitor {
        void run(int[] offsets, int length);
    }

    /**
     * Visits every run (from the current position of a fresh iterator) and returns when all are done.
     * With at least {@code grain} elements per thread to give, the runs (or the elements of a single run)
     * are split among the pool's threads, each with its own offsets array; {@code visitor} must then be
     * safe to call concurrently on disjoint parts. If operand {@code written} (the output) repeats an
     * element (a stride-0 dim), the iteration stays sequential so the last write wins as it would in order.
     */
    public void forEachRun(int grain, int written, RunVisitor visitor) {
        if (empty) {
            return;
        }
        int inner = innerSize();
        int runs = 1;
        for (int d = 0; d < sizes.length - 1; d++) {
            runs *= sizes[d];
        }
        long total = (long) runs * inner;
        int threads = (int) Math.min(Parallel.available(), total / Math.max(1, grain));
        if (threads <= 1 || writesRepeatedly(written)) {
            do {
                visitor.run(offsets, inner);
            } while (next());
            return;
        }
        if (runs == 1) {
            Parallel.run(threads, (c, cs) -> {
                int from = (int) ((long) inner * c / cs);
                int to = (int) ((long) inner * (c + 1) / cs);
                int[] off = new int[start.length];
                for (int k = 0; k < off.length; k++) {
                    off[k] = start[k] + from * innerStride(k);
                }
                if (from < to) {
                    visitor.run(off, to - from);
                }
            });
            return;
        }
        int chunks = Math.min(threads, runs);
        int totalRuns = runs;
        Parallel.run(chunks, (c, cs) -> {
            int from = (int) ((long) totalRuns * c / cs);
            int to = (int) ((long) totalRuns * (c + 1) / cs);
            StridedIterator it = new StridedIterator(this);
            it.seek(from);
            for (int r = from; r < to; r++) {
                visitor.run(it.offsets, inner);
                it.next();
            }
        });
    }

    private boolean writesRepeatedly(int operand) {
        for (int d = 0; d < sizes.length; d++) {
            if (strides[operand][d] == 0 && sizes[d] > 1) {
                return true;
            }
        }
        return false;
    }

    // positions the cursor at run number r (row-major over the outer dims)
    private void seek(int r) {
        System.arraycopy(start, 0, offsets, 0, start.length);
        for (int d = sizes.length - 2; d >= 0; d--) {
            counter[d] = r % sizes[d];
            r /= sizes[d];
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] += counter[d] * strides[k][d];
            }
        }
    }

    // outer dim (size outerSize, strides st[.][j]) and inner dim d merge when outer stride == inner stride * inner size
    private static boolean mergeable(int[][] strides, int d, int outerSize, int[][] st, int j, int innerSize) {
        for (int k = 0; k < strides.length; k++) {
            if ((long) st[k][j] != (long) strides[k][d] * innerSize) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return empty;
    }

    public int innerSize() {
        return sizes[sizes.length - 1];
    }

    public int innerStride(int operand) {
        return strides[operand][sizes.length - 1];
    }

    public int offset(int operand) {
        return offsets[operand];
    }

    /** Moves to the next run; false when all runs were visited. */
    public boolean next() {
        for (int d = sizes.length - 2; d >= 0; d--) {
            counter[d]++;
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] += strides[k][d];
            }
            if (counter[d] < sizes[d]) {
                return true;
            }
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] -= strides[k][d] * sizes[d];
            }
            counter[d] = 0;
        }
        return false;
    }
}

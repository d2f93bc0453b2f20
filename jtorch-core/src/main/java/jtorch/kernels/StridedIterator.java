package jtorch.kernels;

/**
 * Walks several operands over one shape in runs along the innermost dimension, after merging
 * dimensions that are contiguous for every operand. Each run is handed to a kernel as
 * (offset, inner stride, length); nothing is allocated per run or per element.
 *
 * <pre>{@code
 * StridedIterator it = new StridedIterator(shape, new int[][] {outStride, aStride}, new int[] {outOff, aOff});
 * if (!it.isEmpty()) do { kernel(it.offset(0), it.innerStride(0), it.offset(1), it.innerStride(1), it.innerSize()); } while (it.next());
 * }</pre>
 */
public final class StridedIterator {
    private final int[] sizes;      // coalesced sizes, innermost last
    private final int[][] strides;  // [operand][dim]
    private final int[] offsets;    // current offsets per operand
    private final int[] counter;    // position in the outer dims
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
        this.counter = new int[rank];
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

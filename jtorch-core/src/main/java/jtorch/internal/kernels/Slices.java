package jtorch.internal.kernels;

/** Iteration over the 1-d slices of a shape along one dim, for the ops that work slice by slice. */
public final class Slices {
    private Slices() {
    }

    /** Visits the base offsets of one 1-d slice along a dim, one per operand. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int[] offsets);
    }

    /**
     * Calls {@code v} once per 1-d slice along {@code dim} of {@code shape} (once for a 0-d shape),
     * with each operand's storage offset of the slice start. Operands share the sizes of every other
     * dim; along {@code dim} their sizes may differ (e.g. topk's k), each walks with its own stride.
     */
    public static void forEach(int[] shape, int dim, int[][] strides, int[] offsets, Visitor v) {
        forEach(shape, dim, strides, offsets, Integer.MAX_VALUE, 0, v);
    }

    /**
     * {@link #forEach} with the slices split among the pool's threads when there are at least
     * {@code grain} per thread; {@code v} must then be safe to call concurrently, and operand
     * {@code written} is the one written (see {@link StridedIterator#forEachRun}).
     */
    public static void forEach(int[] shape, int dim, int[][] strides, int[] offsets, int grain, int written,
                               Visitor v) {
        int[] iterShape = shape.clone();
        if (iterShape.length > 0) {
            iterShape[dim] = 1;
        }
        StridedIterator it = new StridedIterator(iterShape, strides, offsets);
        int ops = strides.length;
        int[] inner = new int[ops];
        for (int k = 0; k < ops; k++) {
            inner[k] = it.innerStride(k);
        }
        it.forEachRun(grain, written, (start, n) -> {
            int[] off = new int[ops];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < ops; k++) {
                    off[k] = start[k] + i * inner[k];
                }
                v.visit(off);
            }
        });
    }
}

package jtorch.ops;

import jtorch.Tensor;

/** Indexing: x[...] get/set, index_put_, index_select, masked ops, take, gather, scatter. */
public final class IndexingOps {
    private IndexingOps() {
    }

    // ---- to be completed in the indexing work package ----

    public static Tensor index(Tensor x, Object[] indices) {
        throw new UnsupportedOperationException("index: not implemented yet");
    }

    public static Tensor set(Tensor x, Object[] indices, Tensor value) {
        throw new UnsupportedOperationException("set: not implemented yet");
    }

    public static Tensor indexPut_(Tensor x, Tensor[] indices, Tensor values, boolean accumulate) {
        throw new UnsupportedOperationException("index_put_: not implemented yet");
    }

    public static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        throw new UnsupportedOperationException("index_select: not implemented yet");
    }

    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        throw new UnsupportedOperationException("masked_select: not implemented yet");
    }

    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        throw new UnsupportedOperationException("masked_fill: not implemented yet");
    }

    public static Tensor maskedFill_(Tensor x, Tensor mask, Tensor value) {
        throw new UnsupportedOperationException("masked_fill_: not implemented yet");
    }

    public static Tensor take(Tensor x, Tensor index) {
        throw new UnsupportedOperationException("take: not implemented yet");
    }

    public static Tensor gather(Tensor x, int dim, Tensor index) {
        throw new UnsupportedOperationException("gather: not implemented yet");
    }

    public static Tensor scatter(Tensor x, int dim, Tensor index, Tensor src) {
        throw new UnsupportedOperationException("scatter: not implemented yet");
    }

    public static Tensor scatter_(Tensor x, int dim, Tensor index, Tensor src) {
        throw new UnsupportedOperationException("scatter_: not implemented yet");
    }

    public static Tensor scatterAdd(Tensor x, int dim, Tensor index, Tensor src) {
        throw new UnsupportedOperationException("scatter_add: not implemented yet");
    }

    public static Tensor scatterAdd_(Tensor x, int dim, Tensor index, Tensor src) {
        throw new UnsupportedOperationException("scatter_add_: not implemented yet");
    }
}

package jtorch.ops;

import jtorch.ReturnTypes;
import jtorch.Tensor;

/** Ordering ops: sort/argsort, topk, kthvalue, and scans cumsum/cumprod. */
public final class SortOps {
    private SortOps() {
    }

    // ---- to be completed in the reductions work package ----

    public static ReturnTypes.Sort sort(Tensor x, int dim, boolean descending) {
        throw new UnsupportedOperationException("sort: not implemented yet");
    }

    public static ReturnTypes.Topk topk(Tensor x, int k, int dim, boolean largest, boolean sorted) {
        throw new UnsupportedOperationException("topk: not implemented yet");
    }

    public static ReturnTypes.Kthvalue kthvalue(Tensor x, int k, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("kthvalue: not implemented yet");
    }

    public static Tensor cumsum(Tensor x, int dim) {
        throw new UnsupportedOperationException("cumsum: not implemented yet");
    }

    public static Tensor cumprod(Tensor x, int dim) {
        throw new UnsupportedOperationException("cumprod: not implemented yet");
    }
}

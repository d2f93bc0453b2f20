package jtorch.ops;

import jtorch.Tensor;

/** Matrix products: mm, bmm, matmul, dot, outer. */
public final class LinalgOps {
    private LinalgOps() {
    }

    // ---- to be completed in the join/linalg work package ----

    public static Tensor mm(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("mm: not implemented yet");
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("bmm: not implemented yet");
    }

    public static Tensor matmul(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("matmul: not implemented yet");
    }

    public static Tensor dot(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("dot: not implemented yet");
    }

    public static Tensor outer(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("outer: not implemented yet");
    }
}

package jtorch.linalg;

import jtorch.DType;

/**
 * The keyword arguments of {@code torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None)}, each
 * settable by name: {@code vector_norm(x, ord=1, dim=0)} is {@code Linalg.vectorNorm(x,
 * Linalg.vectorNormOptions().ord(1).dim(0))}.
 */
public final class VectorNormOptions {
    double ord = 2;
    int[] dim;
    boolean keepdim;
    DType dtype;

    VectorNormOptions() {
    }

    /** PyTorch: {@code ord=} (any real, ±inf; 0 counts non-zeros). */
    public VectorNormOptions ord(double ord) {
        this.ord = ord;
        return this;
    }

    /** PyTorch: {@code dim=} (one dim or several; not set: all). */
    public VectorNormOptions dim(int... dim) {
        this.dim = dim.clone();
        return this;
    }

    /** PyTorch: {@code keepdim=}. */
    public VectorNormOptions keepdim(boolean keepdim) {
        this.keepdim = keepdim;
        return this;
    }

    /** PyTorch: {@code dtype=} (the input is converted to it first). */
    public VectorNormOptions dtype(DType dtype) {
        this.dtype = dtype;
        return this;
    }
}

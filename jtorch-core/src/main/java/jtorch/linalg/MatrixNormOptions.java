package jtorch.linalg;

import jtorch.DType;

/**
 * The keyword arguments of {@code torch.linalg.matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *,
 * dtype=None)} and of {@code torch.linalg.norm(A, ord=None, dim=None, keepdim=False, *, dtype=None)}, each settable
 * by name: {@code matrix_norm(A, ord=2, keepdim=True)} is {@code Linalg.matrixNorm(A,
 * Linalg.matrixNormOptions().ord(2).keepdim(true))}. For {@code norm}, ord and dim start unset (None).
 */
public final class MatrixNormOptions {
    Object ord;
    int[] dim;
    boolean keepdim;
    DType dtype;

    MatrixNormOptions(Object ord, int[] dim) {
        this.ord = ord;
        this.dim = dim;
    }

    /** PyTorch: {@code ord=} as a number (±1, ±2, ±inf for matrices; any real for {@code norm}'s vectors). */
    public MatrixNormOptions ord(double ord) {
        this.ord = ord;
        return this;
    }

    /** PyTorch: {@code ord='fro'} or {@code ord='nuc'}. */
    public MatrixNormOptions ord(String ord) {
        this.ord = ord;
        return this;
    }

    /** PyTorch: {@code dim=} (two dims for a matrix norm; {@code norm} also takes one). */
    public MatrixNormOptions dim(int... dim) {
        this.dim = dim.clone();
        return this;
    }

    /** PyTorch: {@code keepdim=}. */
    public MatrixNormOptions keepdim(boolean keepdim) {
        this.keepdim = keepdim;
        return this;
    }

    /** PyTorch: {@code dtype=} (the input is converted to it first). */
    public MatrixNormOptions dtype(DType dtype) {
        this.dtype = dtype;
        return this;
    }
}

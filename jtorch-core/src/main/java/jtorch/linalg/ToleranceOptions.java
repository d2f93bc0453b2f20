package jtorch.linalg;

/**
 * The keyword arguments {@code atol=None, rtol=None, hermitian=False} that {@code torch.linalg.pinv} and
 * {@code torch.linalg.matrix_rank} share: singular values at or below max(atol, rtol * largest) count as zero; with
 * neither set rtol is eps * max(m, n), with atol alone rtol is 0. {@code pinv(A, rtol=1e-3)} is
 * {@code Linalg.pinv(A, Linalg.toleranceOptions().rtol(1e-3))}.
 */
public final class ToleranceOptions {
    // NaN: not set (None)
    double atol = Double.NaN;
    double rtol = Double.NaN;
    boolean hermitian;

    ToleranceOptions() {
    }

    /** PyTorch: {@code atol=} (absolute tolerance). */
    public ToleranceOptions atol(double atol) {
        this.atol = atol;
        return this;
    }

    /** PyTorch: {@code rtol=} (relative to the largest singular value). */
    public ToleranceOptions rtol(double rtol) {
        this.rtol = rtol;
        return this;
    }

    /** PyTorch: {@code hermitian=} (A is symmetric: eigh instead of the SVD, reading the lower triangle). */
    public ToleranceOptions hermitian(boolean hermitian) {
        this.hermitian = hermitian;
        return this;
    }
}

package jtorch;

/**
 * The keyword arguments of {@code torch.pca_lowrank} after A: {@code q=None, center=True, niter=2}, each settable by
 * name; q's None is min(6, m, n). {@code torch.pca_lowrank(A, q=2, center=False)} is {@code Torch.pcaLowrank(A,
 * Torch.pcaLowrankOptions().q(2).center(false))}.
 */
public final class PcaLowrankOptions {
    Integer q;
    boolean center = true;
    int niter = 2;

    PcaLowrankOptions() {
    }

    /** PyTorch: {@code q}: the number of components, 0 to min(m, n). */
    public PcaLowrankOptions q(int q) {
        this.q = q;
        return this;
    }

    /** PyTorch: {@code center}: subtract the column means first (else A is taken as centred). */
    public PcaLowrankOptions center(boolean center) {
        this.center = center;
        return this;
    }

    /** PyTorch: {@code niter}: the number of subspace iterations, non-negative. */
    public PcaLowrankOptions niter(int niter) {
        this.niter = niter;
        return this;
    }
}

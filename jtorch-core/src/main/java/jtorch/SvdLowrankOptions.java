package jtorch;

/**
 * The keyword arguments of {@code torch.svd_lowrank} after A: {@code q=6, niter=2, M=None}, each settable by name.
 * {@code torch.svd_lowrank(A, q=3, M=mean)} is {@code Torch.svdLowrank(A, Torch.svdLowrankOptions().q(3).M(mean))}.
 */
public final class SvdLowrankOptions {
    int q = 6;
    int niter = 2;
    Tensor m;

    SvdLowrankOptions() {
    }

    /** PyTorch: {@code q}: a slightly overestimated rank of A, the number of singular triplets returned. */
    public SvdLowrankOptions q(int q) {
        this.q = q;
        return this;
    }

    /** PyTorch: {@code niter}: the number of subspace iterations. */
    public SvdLowrankOptions niter(int niter) {
        this.niter = niter;
        return this;
    }

    /** PyTorch: {@code M}: a (*, 1, n) mean; the decomposition is of A - M. */
    public SvdLowrankOptions M(Tensor m) {
        this.m = m;
        return this;
    }
}

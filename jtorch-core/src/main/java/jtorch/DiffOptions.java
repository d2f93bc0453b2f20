package jtorch;

/**
 * The arguments of {@code torch.diff} after the input: {@code n=1, dim=-1, prepend=None, append=None}, each
 * settable by name. {@code torch.diff(x, dim=0, prepend=p)} is {@code Torch.diff(x, Torch.diffOptions().dim(0)
 * .prepend(p))}.
 */
public final class DiffOptions {
    int n = 1;
    int dim = -1;
    Tensor prepend;
    Tensor append;

    DiffOptions() {
    }

    /** PyTorch: {@code n=}, how many times to difference. */
    public DiffOptions n(int n) {
        this.n = n;
        return this;
    }

    /** PyTorch: {@code dim=}. */
    public DiffOptions dim(int dim) {
        this.dim = dim;
        return this;
    }

    /** PyTorch: {@code prepend=}, values put before the input along dim. */
    public DiffOptions prepend(Tensor prepend) {
        this.prepend = prepend;
        return this;
    }

    /** PyTorch: {@code append=}, values put after the input along dim. */
    public DiffOptions append(Tensor append) {
        this.append = append;
        return this;
    }
}

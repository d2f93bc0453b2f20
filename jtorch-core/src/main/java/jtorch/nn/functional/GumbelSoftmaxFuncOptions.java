package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.gumbel_softmax} after the logits: {@code tau=1, hard=False, eps=1e-10,
 * dim=-1}, each settable by name. {@code F.gumbel_softmax(x, tau=0.5, hard=True)} is
 * {@code F.gumbelSoftmax(x, F.gumbelSoftmaxOptions().tau(0.5).hard(true))}.
 */
public final class GumbelSoftmaxFuncOptions {
    double tau = 1;
    boolean hard;
    int dim = -1;

    GumbelSoftmaxFuncOptions() {
    }

    /** PyTorch: {@code tau=} (the softmax temperature). */
    public GumbelSoftmaxFuncOptions tau(double tau) {
        this.tau = tau;
        return this;
    }

    /** PyTorch: {@code hard=}: one-hot samples whose gradient is the soft sample's (straight-through). */
    public GumbelSoftmaxFuncOptions hard(boolean hard) {
        this.hard = hard;
        return this;
    }

    /** PyTorch: {@code eps=}, deprecated and unused by PyTorch 1.13, accepted for translated scripts. */
    public GumbelSoftmaxFuncOptions eps(double eps) {
        return this;
    }

    /** PyTorch: {@code dim=}. */
    public GumbelSoftmaxFuncOptions dim(int dim) {
        this.dim = dim;
        return this;
    }
}

package jtorch;

/**
 * The keyword arguments {@code beta=1, alpha=1} of the scaled products {@code addmm}, {@code addbmm},
 * {@code baddbmm}, {@code addmv} and {@code addr} (and their in-place forms), which compute
 * {@code beta * input + alpha * product}: {@code torch.addmm(x, a, b, beta=0.5)} is
 * {@code Torch.addmm(x, a, b, Torch.scaleOptions().beta(0.5))}. With beta = 0 the input is ignored (NaN in it does
 * not propagate), as in PyTorch.
 */
public final class ScaleOptions {
    double beta = 1;
    double alpha = 1;

    ScaleOptions() {
    }

    /** PyTorch: {@code beta=}, the input's multiplier. */
    public ScaleOptions beta(double beta) {
        this.beta = beta;
        return this;
    }

    /** PyTorch: {@code alpha=}, the product's multiplier. */
    public ScaleOptions alpha(double alpha) {
        this.alpha = alpha;
        return this;
    }
}

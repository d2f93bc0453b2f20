package jtorch;

/**
 * The keyword arguments of {@code torch.quantile} / {@code torch.nanquantile}: {@code dim=None, keepdim=False,
 * interpolation='linear'}, each settable by name. {@code torch.quantile(x, 0.3, dim=1, interpolation='lower')} is
 * {@code Torch.quantile(x, 0.3, Torch.quantileOptions().dim(1).interpolation("lower"))}.
 */
public final class QuantileOptions {
    Integer dim;
    boolean keepdim;
    String interpolation = "linear";

    QuantileOptions() {
    }

    /** PyTorch: {@code dim=} (unset: the quantiles of all elements). */
    public QuantileOptions dim(int dim) {
        this.dim = dim;
        return this;
    }

    /** PyTorch: {@code keepdim=}. */
    public QuantileOptions keepdim(boolean keepdim) {
        this.keepdim = keepdim;
        return this;
    }

    /** PyTorch: {@code interpolation=}: "linear", "lower", "higher", "midpoint" or "nearest". */
    public QuantileOptions interpolation(String interpolation) {
        this.interpolation = interpolation;
        return this;
    }
}

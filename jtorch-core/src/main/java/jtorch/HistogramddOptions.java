package jtorch;

/**
 * The keyword arguments of {@code torch.histogramdd}: {@code range=None, weight=None, density=False}, each settable
 * by name. {@code torch.histogramdd(x, [2, 3], range=[0., 1., -1., 1.])} is
 * {@code Torch.histogramdd(x, new int[] {2, 3}, Torch.histogramddOptions().range(0, 1, -1, 1))}.
 */
public final class HistogramddOptions {
    double[] range;
    Tensor weight;
    boolean density;

    HistogramddOptions() {
    }

    /** PyTorch: {@code range=}: the min and max of each dim in turn (unset: the data's range per dim). */
    public HistogramddOptions range(double... minMaxPerDim) {
        this.range = minMaxPerDim.clone();
        return this;
    }

    /** PyTorch: {@code weight=}, one weight per point (the input's shape without its innermost dim). */
    public HistogramddOptions weight(Tensor weight) {
        this.weight = weight;
        return this;
    }

    /** PyTorch: {@code density=}: divide the counts by their total and by each dim's bin widths. */
    public HistogramddOptions density(boolean density) {
        this.density = density;
        return this;
    }
}

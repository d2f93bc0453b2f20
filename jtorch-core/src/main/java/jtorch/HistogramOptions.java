package jtorch;

/**
 * The keyword arguments of {@code torch.histogram}: {@code range=None, weight=None, density=False}, each settable by
 * name. {@code torch.histogram(x, 5, range=(0., 1.), density=True)} is
 * {@code Torch.histogram(x, 5, Torch.histogramOptions().range(0, 1).density(true))}.
 */
public final class HistogramOptions {
    double[] range;
    Tensor weight;
    boolean density;

    HistogramOptions() {
    }

    /** PyTorch: {@code range=(min, max)} of the equal-width bins (unset: the data's range). */
    public HistogramOptions range(double min, double max) {
        this.range = new double[] {min, max};
        return this;
    }

    /** PyTorch: {@code weight=}, one weight per input element (the input's shape and dtype). */
    public HistogramOptions weight(Tensor weight) {
        this.weight = weight;
        return this;
    }

    /** PyTorch: {@code density=}: divide the counts by their total times the bin widths. */
    public HistogramOptions density(boolean density) {
        this.density = density;
        return this;
    }
}

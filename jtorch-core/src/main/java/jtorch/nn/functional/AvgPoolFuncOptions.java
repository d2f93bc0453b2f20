package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.avg_pool1d} / {@code F.avg_pool2d} after the kernel size:
 * {@code stride=None} (the kernel size), {@code padding=0, ceil_mode=False, count_include_pad=True,
 * divisor_override=None} (PyTorch's C++ {@code F::AvgPool2dFuncOptions}; 1-d pooling has no divisor override).
 */
public final class AvgPoolFuncOptions {
    int[] stride;
    int[] padding = {0};
    boolean ceilMode;
    boolean countIncludePad = true;
    Integer divisorOverride;

    AvgPoolFuncOptions() {
    }

    /** PyTorch: {@code stride=} (unset: the kernel size). */
    public AvgPoolFuncOptions stride(int... stride) {
        this.stride = stride.clone();
        return this;
    }

    /** PyTorch: {@code padding=}. */
    public AvgPoolFuncOptions padding(int... padding) {
        this.padding = padding.clone();
        return this;
    }

    /** PyTorch: {@code ceil_mode=}. */
    public AvgPoolFuncOptions ceilMode(boolean ceilMode) {
        this.ceilMode = ceilMode;
        return this;
    }

    /** PyTorch: {@code count_include_pad=}. */
    public AvgPoolFuncOptions countIncludePad(boolean countIncludePad) {
        this.countIncludePad = countIncludePad;
        return this;
    }

    /** PyTorch: {@code divisor_override=} (2-d only). */
    public AvgPoolFuncOptions divisorOverride(int divisorOverride) {
        this.divisorOverride = divisorOverride;
        return this;
    }
}

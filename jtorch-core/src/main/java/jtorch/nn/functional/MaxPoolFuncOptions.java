package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.max_pool1d} / {@code F.max_pool2d} after the kernel size:
 * {@code stride=None} (the kernel size), {@code padding=0, dilation=1, ceil_mode=False} (PyTorch's C++
 * {@code F::MaxPool2dFuncOptions}); {@code return_indices=True} is the {@code ...WithIndices} function.
 */
public final class MaxPoolFuncOptions {
    int[] stride;
    int[] padding = {0};
    int[] dilation = {1};
    boolean ceilMode;

    MaxPoolFuncOptions() {
    }

    /** PyTorch: {@code stride=} (unset: the kernel size). */
    public MaxPoolFuncOptions stride(int... stride) {
        this.stride = stride.clone();
        return this;
    }

    /** PyTorch: {@code padding=}. */
    public MaxPoolFuncOptions padding(int... padding) {
        this.padding = padding.clone();
        return this;
    }

    /** PyTorch: {@code dilation=}. */
    public MaxPoolFuncOptions dilation(int... dilation) {
        this.dilation = dilation.clone();
        return this;
    }

    /** PyTorch: {@code ceil_mode=}. */
    public MaxPoolFuncOptions ceilMode(boolean ceilMode) {
        this.ceilMode = ceilMode;
        return this;
    }
}

package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.max_unpool1d/2d/3d} after the kernel size: {@code stride=None} (the kernel size),
 * {@code padding=0}, {@code output_size=None} (inferred from the input) — PyTorch's C++
 * {@code F::MaxUnpool2dFuncOptions}.
 */
public final class MaxUnpoolFuncOptions {
    int[] stride;
    int[] padding = {0};
    int[] outputSize;

    MaxUnpoolFuncOptions() {
    }

    /** PyTorch: {@code stride=} (unset: the kernel size). */
    public MaxUnpoolFuncOptions stride(int... stride) {
        this.stride = stride.clone();
        return this;
    }

    /** PyTorch: {@code padding=}. */
    public MaxUnpoolFuncOptions padding(int... padding) {
        this.padding = padding.clone();
        return this;
    }

    /** PyTorch: {@code output_size=}: the spatial sizes (or the whole shape) of the result. */
    public MaxUnpoolFuncOptions outputSize(int... outputSize) {
        this.outputSize = outputSize.clone();
        return this;
    }
}

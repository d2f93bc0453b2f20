package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.conv_transpose1d} / {@code F.conv_transpose2d}: {@code bias=None, stride=1,
 * padding=0, output_padding=0, groups=1, dilation=1} (PyTorch's C++ {@code F::ConvTranspose2dFuncOptions}).
 */
public final class ConvTransposeFuncOptions {
    Tensor bias;
    int[] stride = {1};
    int[] padding = {0};
    int[] outputPadding = {0};
    int groups = 1;
    int[] dilation = {1};

    ConvTransposeFuncOptions() {
    }

    /** PyTorch: {@code bias=}. */
    public ConvTransposeFuncOptions bias(Tensor bias) {
        this.bias = bias;
        return this;
    }

    /** PyTorch: {@code stride=}. */
    public ConvTransposeFuncOptions stride(int... stride) {
        this.stride = stride.clone();
        return this;
    }

    /** PyTorch: {@code padding=}. */
    public ConvTransposeFuncOptions padding(int... padding) {
        this.padding = padding.clone();
        return this;
    }

    /** PyTorch: {@code output_padding=}. */
    public ConvTransposeFuncOptions outputPadding(int... outputPadding) {
        this.outputPadding = outputPadding.clone();
        return this;
    }

    /** PyTorch: {@code groups=}. */
    public ConvTransposeFuncOptions groups(int groups) {
        this.groups = groups;
        return this;
    }

    /** PyTorch: {@code dilation=}. */
    public ConvTransposeFuncOptions dilation(int... dilation) {
        this.dilation = dilation.clone();
        return this;
    }
}

package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.conv1d} / {@code F.conv2d}: {@code bias=None, stride=1, padding=0,
 * dilation=1, groups=1}, each settable by name (PyTorch's C++ {@code F::Conv2dFuncOptions}). Sizes take one value
 * for every spatial dim or one per dim; {@code padding} also takes {@code "same"} or {@code "valid"}.
 * {@code F.conv2d(x, w, groups=2)} is {@code F.conv2d(x, w, F.convOptions().groups(2))}.
 */
public final class ConvFuncOptions {
    Tensor bias;
    int[] stride = {1};
    int[] padding = {0};
    String paddingMode;
    int[] dilation = {1};
    int groups = 1;

    ConvFuncOptions() {
    }

    /** PyTorch: {@code bias=}. */
    public ConvFuncOptions bias(Tensor bias) {
        this.bias = bias;
        return this;
    }

    /** PyTorch: {@code stride=}. */
    public ConvFuncOptions stride(int... stride) {
        this.stride = stride.clone();
        return this;
    }

    /** PyTorch: {@code padding=} (zeros added on both sides). */
    public ConvFuncOptions padding(int... padding) {
        this.padding = padding.clone();
        this.paddingMode = null;
        return this;
    }

    /** PyTorch: {@code padding="same"} or {@code padding="valid"}. */
    public ConvFuncOptions padding(String mode) {
        this.paddingMode = mode;
        return this;
    }

    /** PyTorch: {@code dilation=}. */
    public ConvFuncOptions dilation(int... dilation) {
        this.dilation = dilation.clone();
        return this;
    }

    /** PyTorch: {@code groups=}. */
    public ConvFuncOptions groups(int groups) {
        this.groups = groups;
        return this;
    }
}

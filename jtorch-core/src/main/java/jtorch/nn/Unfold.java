package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Sliding blocks as columns: {@code (N, C, H, W) -> (N, C kh kw, L)}. PyTorch: {@code nn.Unfold(kernel_size,
 * dilation=1, padding=0, stride=1)}; each argument is one int for both dims or an (h, w) pair.
 */
public class Unfold extends Module {
    /** PyTorch's {@code Unfold.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code Unfold.dilation} attribute. */
    public final int[] dilation;
    /** PyTorch's {@code Unfold.padding} attribute. */
    public final int[] padding;
    /** PyTorch's {@code Unfold.stride} attribute. */
    public final int[] stride;

    /** PyTorch: {@code torch.nn.Unfold(kernel_size, dilation=1, padding=0, stride=1)}. */
    public Unfold(int kernelSize) {
        this(new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    /** PyTorch: {@code torch.nn.Unfold(kernel_size, dilation=1, padding=0, stride=1)}. */
    public Unfold(int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.kernelSize = kernelSize.clone();
        this.dilation = dilation.clone();
        this.padding = padding.clone();
        this.stride = stride.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.unfold(input, kernelSize, dilation, padding, stride);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + intOrTuple(kernelSize) + ", dilation=" + intOrTuple(dilation) + ", padding="
                + intOrTuple(padding) + ", stride=" + intOrTuple(stride);
    }

    // the argument as the user gave it: one int, or a tuple
    static String intOrTuple(int[] v) {
        return v.length == 1 ? Integer.toString(v[0]) : Repr.tuple(v);
    }
}

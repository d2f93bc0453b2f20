package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Sums columns of sliding blocks into an image: {@code (N, C kh kw, L) -> (N, C, H, W)}. PyTorch:
 * {@code nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)}; each argument is one int for both
 * dims or an (h, w) pair.
 */
public class Fold extends Module {
    /** PyTorch's {@code Fold.output_size} attribute. */
    public final int[] outputSize;
    /** PyTorch's {@code Fold.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code Fold.dilation} attribute. */
    public final int[] dilation;
    /** PyTorch's {@code Fold.padding} attribute. */
    public final int[] padding;
    /** PyTorch's {@code Fold.stride} attribute. */
    public final int[] stride;

    /** PyTorch: {@code torch.nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)}. */
    public Fold(int[] outputSize, int kernelSize) {
        this(outputSize, new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    /** PyTorch: {@code torch.nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)}. */
    public Fold(int[] outputSize, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.outputSize = outputSize.clone();
        this.kernelSize = kernelSize.clone();
        this.dilation = dilation.clone();
        this.padding = padding.clone();
        this.stride = stride.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.fold(input, outputSize, kernelSize, dilation, padding, stride);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + Unfold.intOrTuple(outputSize) + ", kernel_size=" + Unfold.intOrTuple(kernelSize)
                + ", dilation=" + Unfold.intOrTuple(dilation) + ", padding=" + Unfold.intOrTuple(padding)
                + ", stride=" + Unfold.intOrTuple(stride);
    }
}

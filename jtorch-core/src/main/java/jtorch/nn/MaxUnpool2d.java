package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Partial inverse of MaxPool2d: each value goes back to the position its index names, zeros elsewhere.
 * PyTorch: {@code nn.MaxUnpool2d(kernel_size, stride=None, padding=0)}; forward takes the indices and
 * optionally the output size.
 */
public class MaxUnpool2d extends Module {
    /** PyTorch's {@code MaxUnpool2d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code MaxUnpool2d.stride} attribute. */
    public final int[] stride;
    /** PyTorch's {@code MaxUnpool2d.padding} attribute. */
    public final int[] padding;

    /** PyTorch: {@code torch.nn.MaxUnpool2d(kernel_size, stride=None, padding=0)}. */
    public MaxUnpool2d(int kernelSize) {
        this(new int[] {kernelSize}, null, new int[] {0});
    }

    /** PyTorch: {@code torch.nn.MaxUnpool2d(kernel_size, stride=None, padding=0)}. */
    public MaxUnpool2d(int kernelSize, int stride) {
        this(new int[] {kernelSize}, new int[] {stride}, new int[] {0});
    }

    /** {@code stride} null means the kernel size; one value applies to both dims. */
    public MaxUnpool2d(int[] kernelSize, int[] stride, int[] padding) {
        this.kernelSize = pair(kernelSize);
        this.stride = stride == null ? this.kernelSize.clone() : pair(stride);
        this.padding = pair(padding);
    }

    private static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v.clone();
    }

    /** Unpooling needs the pooling's indices: use {@link #forward(Tensor, Tensor)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("MaxUnpool2d.forward() takes the input and the indices");
        }
        return forward(inputs[0], inputs[1]);
    }

    /** PyTorch: {@code MaxUnpool2d.forward(input, indices, output_size=None)}. */
    public Tensor forward(Tensor input, Tensor indices) {
        return F.maxUnpool2d(input, indices, kernelSize, options());
    }

    /** With an explicit output size ([H, W] or [N, C, H, W]). */
    public Tensor forward(Tensor input, Tensor indices, int[] outputSize) {
        return F.maxUnpool2d(input, indices, kernelSize, options().outputSize(outputSize));
    }

    // stride null is PyTorch's None (the kernel size)
    private jtorch.nn.functional.MaxUnpoolFuncOptions options() {
        var o = F.maxUnpoolOptions().padding(padding);
        return stride == null ? o : o.stride(stride);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + Repr.tuple(kernelSize) + ", stride=" + Repr.tuple(stride) + ", padding="
                + Repr.tuple(padding);
    }
}

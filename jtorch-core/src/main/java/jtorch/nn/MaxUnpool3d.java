package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Partial inverse of MaxPool3d: each value goes back to the position its index names, zeros elsewhere.
 * PyTorch: {@code nn.MaxUnpool3d(kernel_size, stride=None, padding=0)}; forward takes the indices and
 * optionally the output size.
 */
public class MaxUnpool3d extends Module {
    /** PyTorch's {@code MaxUnpool3d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code MaxUnpool3d.stride} attribute. */
    public final int[] stride;
    /** PyTorch's {@code MaxUnpool3d.padding} attribute. */
    public final int[] padding;

    /** PyTorch: {@code nn.MaxUnpool3d(kernel_size)}. */
    public MaxUnpool3d(int kernelSize) {
        this(new int[] {kernelSize}, null, new int[] {0});
    }

    /** PyTorch: {@code nn.MaxUnpool3d(kernel_size, stride)}. */
    public MaxUnpool3d(int kernelSize, int stride) {
        this(new int[] {kernelSize}, new int[] {stride}, new int[] {0});
    }

    /** PyTorch: {@code nn.MaxUnpool3d(kernel_size, stride, padding)}; {@code stride} null means the kernel size. */
    public MaxUnpool3d(int[] kernelSize, int[] stride, int[] padding) {
        this.kernelSize = triple(kernelSize);
        this.stride = stride == null ? this.kernelSize.clone() : triple(stride);
        this.padding = triple(padding);
    }

    private static int[] triple(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0], v[0]} : v.clone();
    }

    /** Unpooling needs the pooling's indices: use {@link #forward(Tensor, Tensor)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("MaxUnpool3d.forward() takes the input and the indices");
        }
        return forward(inputs[0], inputs[1]);
    }

    /** PyTorch: {@code forward(input, indices)}. */
    public Tensor forward(Tensor input, Tensor indices) {
        return F.maxUnpool3d(input, indices, kernelSize, options());
    }

    /** PyTorch: {@code forward(input, indices, output_size)} ([D, H, W] or [N, C, D, H, W]). */
    public Tensor forward(Tensor input, Tensor indices, int[] outputSize) {
        return F.maxUnpool3d(input, indices, kernelSize, options().outputSize(outputSize));
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

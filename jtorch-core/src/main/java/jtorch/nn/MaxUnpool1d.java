package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Partial inverse of MaxPool1d: each value goes back to the position its index names, zeros elsewhere.
 * PyTorch: {@code nn.MaxUnpool1d(kernel_size, stride=None, padding=0)}; forward takes the indices and
 * optionally the output size.
 */
public class MaxUnpool1d extends Module {
    /** PyTorch's {@code MaxUnpool1d.kernel_size} attribute. */
    public final int kernelSize;
    /** PyTorch's {@code MaxUnpool1d.stride} attribute. */
    public final int stride;
    /** PyTorch's {@code MaxUnpool1d.padding} attribute. */
    public final int padding;

    /** PyTorch: {@code nn.MaxUnpool1d(kernel_size)}. */
    public MaxUnpool1d(int kernelSize) {
        this(kernelSize, kernelSize, 0);
    }

    /** PyTorch: {@code nn.MaxUnpool1d(kernel_size, stride, padding)}. */
    public MaxUnpool1d(int kernelSize, int stride, int padding) {
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.padding = padding;
    }

    /** Unpooling needs the pooling's indices: use {@link #forward(Tensor, Tensor)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("MaxUnpool1d.forward() takes the input and the indices");
        }
        return forward(inputs[0], inputs[1]);
    }

    /** PyTorch: {@code forward(input, indices)}. */
    public Tensor forward(Tensor input, Tensor indices) {
        return F.maxUnpool1d(input, indices, kernelSize, F.maxUnpoolOptions().stride(stride).padding(padding));
    }

    /** PyTorch: {@code forward(input, indices, output_size)} ([L] or [N, C, L]). */
    public Tensor forward(Tensor input, Tensor indices, int[] outputSize) {
        return F.maxUnpool1d(input, indices, kernelSize, F.maxUnpoolOptions().stride(stride).padding(padding)
                .outputSize(outputSize));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=(" + kernelSize + ",), stride=(" + stride + ",), padding=(" + padding + ",)";
    }
}

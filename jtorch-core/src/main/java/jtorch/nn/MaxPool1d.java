package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Max pooling over the last dim. PyTorch: {@code nn.MaxPool1d(kernel_size, stride=None, padding=0,
 * dilation=1, return_indices=False, ceil_mode=False)}; the stride defaults to the kernel size.
 */
public class MaxPool1d extends Module {
    /** PyTorch's {@code MaxPool1d.kernel_size} attribute. */
    public final int kernelSize;
    /** PyTorch's {@code MaxPool1d.stride} attribute. */
    public final int stride;
    /** PyTorch's {@code MaxPool1d.padding} attribute. */
    public final int padding;
    /** PyTorch's {@code MaxPool1d.dilation} attribute. */
    public final int dilation;
    /** PyTorch's {@code MaxPool1d.return_indices} attribute. */
    public final boolean returnIndices;
    /** PyTorch's {@code MaxPool1d.ceil_mode} attribute. */
    public final boolean ceilMode;

    /** PyTorch: {@code torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)}. */
    public MaxPool1d(int kernelSize) {
        this(kernelSize, null, 0, 1, false, false);
    }

    /** PyTorch: {@code torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)}. */
    public MaxPool1d(int kernelSize, int stride) {
        this(kernelSize, stride, 0, 1, false, false);
    }

    /** {@code stride} null means the kernel size. */
    public MaxPool1d(int kernelSize, Integer stride, int padding, int dilation, boolean returnIndices,
                     boolean ceilMode) {
        this.kernelSize = kernelSize;
        this.stride = stride != null ? stride : kernelSize;
        this.padding = padding;
        this.dilation = dilation;
        this.returnIndices = returnIndices;
        this.ceilMode = ceilMode;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.maxPool1d(input, kernelSize, options());
    }

    /** Output and flat indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.maxPool1dWithIndices(input, kernelSize, options());
    }

    private jtorch.nn.functional.MaxPoolFuncOptions options() {
        return F.maxPoolOptions().stride(stride).padding(padding).dilation(dilation).ceilMode(ceilMode);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + kernelSize + ", stride=" + stride + ", padding=" + padding + ", dilation=" + dilation
                + ", ceil_mode=" + Repr.bool(ceilMode);
    }
}

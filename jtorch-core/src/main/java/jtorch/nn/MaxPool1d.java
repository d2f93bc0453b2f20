package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Max pooling over the last dim. PyTorch: {@code nn.MaxPool1d(kernel_size, stride=None, padding=0,
 * dilation=1, return_indices=False, ceil_mode=False)}; the stride defaults to the kernel size.
 */
public class MaxPool1d extends Module {
    public final int kernelSize;
    public final int stride;
    public final int padding;
    public final int dilation;
    public final boolean returnIndices;
    public final boolean ceilMode;

    public MaxPool1d(int kernelSize) {
        this(kernelSize, null, 0, 1, false, false);
    }

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
        return F.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** Output and flat indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.maxPool1dWithIndices(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + kernelSize + ", stride=" + stride + ", padding=" + padding + ", dilation=" + dilation
                + ", ceil_mode=" + Repr.bool(ceilMode);
    }
}

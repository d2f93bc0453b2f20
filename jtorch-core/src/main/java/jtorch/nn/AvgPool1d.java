package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Average pooling over the last dim. PyTorch: {@code nn.AvgPool1d(kernel_size, stride=None, padding=0,
 * ceil_mode=False, count_include_pad=True)}; the stride defaults to the kernel size.
 */
public class AvgPool1d extends Module {
    /** PyTorch's {@code AvgPool1d.kernel_size} attribute. */
    public final int kernelSize;
    /** PyTorch's {@code AvgPool1d.stride} attribute. */
    public final int stride;
    /** PyTorch's {@code AvgPool1d.padding} attribute. */
    public final int padding;
    /** PyTorch's {@code AvgPool1d.ceil_mode} attribute. */
    public final boolean ceilMode;
    /** PyTorch's {@code AvgPool1d.count_include_pad} attribute. */
    public final boolean countIncludePad;

    /** PyTorch: {@code torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)}. */
    public AvgPool1d(int kernelSize) {
        this(kernelSize, null, 0, false, true);
    }

    /** PyTorch: {@code torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)}. */
    public AvgPool1d(int kernelSize, int stride) {
        this(kernelSize, stride, 0, false, true);
    }

    /** {@code stride} null means the kernel size. */
    public AvgPool1d(int kernelSize, Integer stride, int padding, boolean ceilMode, boolean countIncludePad) {
        this.kernelSize = kernelSize;
        this.stride = stride != null ? stride : kernelSize;
        this.padding = padding;
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.avgPool1d(input, kernelSize, F.avgPoolOptions().stride(stride).padding(padding).ceilMode(ceilMode)
                .countIncludePad(countIncludePad));
    }

    // PyTorch stores these as 1-tuples
    @Override
    public String extraRepr() {
        return "kernel_size=(" + kernelSize + ",), stride=(" + stride + ",), padding=(" + padding + ",)";
    }
}

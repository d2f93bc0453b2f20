package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Power-average pooling {@code (Σ x^p)^(1/p)} over 1-D windows. PyTorch: {@code nn.LPPool1d(norm_type, kernel_size,
 * stride=None, ceil_mode=False)}.
 */
public class LPPool1d extends Module {
    /** PyTorch's {@code LPPool1d.norm_type} attribute. */
    public final Number normType;
    /** PyTorch's {@code LPPool1d.kernel_size} attribute. */
    public final int kernelSize;
    /** Null: the kernel size. */
    public final Integer stride;
    /** PyTorch's {@code LPPool1d.ceil_mode} attribute. */
    public final boolean ceilMode;

    /** PyTorch: {@code torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)}. */
    public LPPool1d(Number normType, int kernelSize) {
        this(normType, kernelSize, null, false);
    }

    /** PyTorch: {@code torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)}. */
    public LPPool1d(Number normType, int kernelSize, Integer stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.ceilMode = ceilMode;
    }

    @Override
    public Tensor forward(Tensor input) {
        // stride null is PyTorch's None: the kernel size
        return F.lpPool1d(input, normType.doubleValue(), kernelSize, stride == null ? kernelSize : stride, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "norm_type=" + Repr.number(normType) + ", kernel_size=" + kernelSize + ", stride="
                + (stride == null ? "None" : stride) + ", ceil_mode=" + Repr.bool(ceilMode);
    }
}

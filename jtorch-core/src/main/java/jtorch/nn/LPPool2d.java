package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Power-average pooling {@code (Σ x^p)^(1/p)} over 2-D windows. PyTorch: {@code nn.LPPool2d(norm_type, kernel_size,
 * stride=None, ceil_mode=False)}; kernel size and stride are one int or an (h, w) pair.
 */
public class LPPool2d extends Module {
    /** PyTorch's {@code LPPool2d.norm_type} attribute. */
    public final Number normType;
    /** PyTorch's {@code LPPool2d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** Null: the kernel size. */
    public final int[] stride;
    /** PyTorch's {@code LPPool2d.ceil_mode} attribute. */
    public final boolean ceilMode;

    /** PyTorch: {@code torch.nn.LPPool2d(norm_type, kernel_size, stride=None, ceil_mode=False)}. */
    public LPPool2d(Number normType, int... kernelSize) {
        this(normType, kernelSize, null, false);
    }

    /** PyTorch: {@code torch.nn.LPPool2d(norm_type, kernel_size, stride=None, ceil_mode=False)}. */
    public LPPool2d(Number normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? null : stride.clone();
        this.ceilMode = ceilMode;
    }

    @Override
    public Tensor forward(Tensor input) {
        // stride null is PyTorch's None: the kernel size
        return F.lpPool2d(input, normType.doubleValue(), kernelSize, stride == null ? kernelSize : stride, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "norm_type=" + Repr.number(normType) + ", kernel_size=" + Unfold.intOrTuple(kernelSize) + ", stride="
                + (stride == null ? "None" : Unfold.intOrTuple(stride)) + ", ceil_mode=" + Repr.bool(ceilMode);
    }
}

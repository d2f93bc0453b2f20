package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Average pooling over the last two dims. PyTorch: {@code nn.AvgPool2d(kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}; the stride defaults to
 * the kernel size.
 */
public class AvgPool2d extends Module {
    /** PyTorch's {@code AvgPool2d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code AvgPool2d.stride} attribute. */
    public final int[] stride;
    /** PyTorch's {@code AvgPool2d.padding} attribute. */
    public final int[] padding;
    /** PyTorch's {@code AvgPool2d.ceil_mode} attribute. */
    public final boolean ceilMode;
    /** PyTorch's {@code AvgPool2d.count_include_pad} attribute. */
    public final boolean countIncludePad;
    /** Null unless given. */
    public final Integer divisorOverride;

    /** Keyword arguments of {@code nn.AvgPool2d}. */
    public static final class Options {
        final int[] kernelSize;
        int[] stride;
        int[] padding = {0};
        boolean ceilMode;
        boolean countIncludePad = true;
        Integer divisorOverride;

        Options(int[] kernelSize) {
            this.kernelSize = kernelSize;
        }

        /** The {@code stride} keyword (PyTorch's default: {@code None}). */
        public Options stride(int... stride) {
            this.stride = stride;
            return this;
        }

        /** The {@code padding} keyword (PyTorch's default: {@code 0}). */
        public Options padding(int... padding) {
            this.padding = padding;
            return this;
        }

        /** The {@code ceil_mode} keyword (PyTorch's default: {@code False}). */
        public Options ceilMode(boolean ceilMode) {
            this.ceilMode = ceilMode;
            return this;
        }

        /** The {@code count_include_pad} keyword (PyTorch's default: {@code True}). */
        public Options countIncludePad(boolean countIncludePad) {
            this.countIncludePad = countIncludePad;
            return this;
        }

        /** The {@code divisor_override} keyword (PyTorch's default: {@code None}). */
        public Options divisorOverride(Integer divisorOverride) {
            this.divisorOverride = divisorOverride;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
    public static Options options(int... kernelSize) {
        return new Options(kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
    public AvgPool2d(int kernelSize) {
        this(options(kernelSize));
    }

    /** PyTorch: {@code torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
    public AvgPool2d(int kernelSize, int stride) {
        this(options(kernelSize).stride(stride));
    }

    /** PyTorch: {@code torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
    public AvgPool2d(int kernelSize, int stride, int padding) {
        this(options(kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
    public AvgPool2d(Options o) {
        kernelSize = o.kernelSize;
        stride = o.stride != null ? o.stride.clone() : o.kernelSize;
        padding = o.padding.clone();
        ceilMode = o.ceilMode;
        countIncludePad = o.countIncludePad;
        divisorOverride = o.divisorOverride;
    }

    @Override
    public Tensor forward(Tensor input) {
        var o = F.avgPoolOptions().stride(stride).padding(padding).ceilMode(ceilMode).countIncludePad(countIncludePad);
        return F.avgPool2d(input, kernelSize, divisorOverride == null ? o : o.divisorOverride(divisorOverride));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PoolRepr.arg(kernelSize) + ", stride=" + PoolRepr.arg(stride) + ", padding="
                + PoolRepr.arg(padding);
    }
}

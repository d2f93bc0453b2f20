package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.AvgPoolFuncOptions;
import jtorch.nn.functional.F;

/**
 * Average pooling over the last three dims. PyTorch: {@code nn.AvgPool3d(kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}; the stride defaults to
 * the kernel size.
 */
public class AvgPool3d extends Module {
    /** PyTorch's {@code AvgPool3d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code AvgPool3d.stride} attribute. */
    public final int[] stride;
    /** PyTorch's {@code AvgPool3d.padding} attribute. */
    public final int[] padding;
    /** PyTorch's {@code AvgPool3d.ceil_mode} attribute. */
    public final boolean ceilMode;
    /** PyTorch's {@code AvgPool3d.count_include_pad} attribute. */
    public final boolean countIncludePad;
    /** Null unless given. */
    public final Integer divisorOverride;

    /** Keyword arguments of {@code nn.AvgPool3d}. */
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

    /** PyTorch: {@code nn.AvgPool3d(kernel_size, ...)}: one value for a cube, three for (kd, kh, kw). */
    public static Options options(int... kernelSize) {
        return new Options(kernelSize.clone());
    }

    /** PyTorch: {@code nn.AvgPool3d(kernel_size)}. */
    public AvgPool3d(int kernelSize) {
        this(options(kernelSize));
    }

    /** PyTorch: {@code nn.AvgPool3d(kernel_size, stride)}. */
    public AvgPool3d(int kernelSize, int stride) {
        this(options(kernelSize).stride(stride));
    }

    /** PyTorch: {@code nn.AvgPool3d(kernel_size, stride, padding)}. */
    public AvgPool3d(int kernelSize, int stride, int padding) {
        this(options(kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code nn.AvgPool3d(...)} with keyword arguments. */
    public AvgPool3d(Options o) {
        kernelSize = o.kernelSize;
        stride = o.stride != null ? o.stride.clone() : o.kernelSize;
        padding = o.padding.clone();
        ceilMode = o.ceilMode;
        countIncludePad = o.countIncludePad;
        divisorOverride = o.divisorOverride;
    }

    @Override
    public Tensor forward(Tensor input) {
        AvgPoolFuncOptions o = F.avgPoolOptions().stride(stride).padding(padding).ceilMode(ceilMode)
                .countIncludePad(countIncludePad);
        return F.avgPool3d(input, kernelSize, divisorOverride == null ? o : o.divisorOverride(divisorOverride));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PoolRepr.arg(kernelSize) + ", stride=" + PoolRepr.arg(stride) + ", padding="
                + PoolRepr.arg(padding);
    }
}

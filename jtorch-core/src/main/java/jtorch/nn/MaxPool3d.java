package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Max pooling over the last three dims. PyTorch: {@code nn.MaxPool3d(kernel_size, stride=None, padding=0,
 * dilation=1, return_indices=False, ceil_mode=False)}; the stride defaults to the kernel size. Values
 * given as one int print as an int, as PyTorch keeps them.
 */
public class MaxPool3d extends Module {
    /** PyTorch's {@code MaxPool3d.kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code MaxPool3d.stride} attribute. */
    public final int[] stride;
    /** PyTorch's {@code MaxPool3d.padding} attribute. */
    public final int[] padding;
    /** PyTorch's {@code MaxPool3d.dilation} attribute. */
    public final int[] dilation;
    /** PyTorch's {@code MaxPool3d.return_indices} attribute. */
    public final boolean returnIndices;
    /** PyTorch's {@code MaxPool3d.ceil_mode} attribute. */
    public final boolean ceilMode;

    /** Keyword arguments of {@code nn.MaxPool3d}. */
    public static final class Options {
        final int[] kernelSize;
        int[] stride;
        int[] padding = {0};
        int[] dilation = {1};
        boolean returnIndices;
        boolean ceilMode;

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

        /** The {@code dilation} keyword (PyTorch's default: {@code 1}). */
        public Options dilation(int... dilation) {
            this.dilation = dilation;
            return this;
        }

        /** The {@code return_indices} keyword (PyTorch's default: {@code False}). */
        public Options returnIndices(boolean returnIndices) {
            this.returnIndices = returnIndices;
            return this;
        }

        /** The {@code ceil_mode} keyword (PyTorch's default: {@code False}). */
        public Options ceilMode(boolean ceilMode) {
            this.ceilMode = ceilMode;
            return this;
        }
    }

    /** PyTorch: {@code nn.MaxPool3d(kernel_size, ...)}: one value for a cube, three for (kd, kh, kw). */
    public static Options options(int... kernelSize) {
        return new Options(kernelSize.clone());
    }

    /** PyTorch: {@code nn.MaxPool3d(kernel_size)}. */
    public MaxPool3d(int kernelSize) {
        this(options(kernelSize));
    }

    /** PyTorch: {@code nn.MaxPool3d(kernel_size, stride)}. */
    public MaxPool3d(int kernelSize, int stride) {
        this(options(kernelSize).stride(stride));
    }

    /** PyTorch: {@code nn.MaxPool3d(kernel_size, stride, padding)}. */
    public MaxPool3d(int kernelSize, int stride, int padding) {
        this(options(kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code nn.MaxPool3d(...)} with keyword arguments. */
    public MaxPool3d(Options o) {
        kernelSize = o.kernelSize;
        stride = o.stride != null ? o.stride.clone() : o.kernelSize;
        padding = o.padding.clone();
        dilation = o.dilation.clone();
        returnIndices = o.returnIndices;
        ceilMode = o.ceilMode;
    }

    /** The pooled output (use {@link #forwardWithIndices} for the indices as well). */
    @Override
    public Tensor forward(Tensor input) {
        return forwardWithIndices(input).output();
    }

    /** Output and flat indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.maxPool3dWithIndices(input, kernelSize, F.maxPoolOptions().stride(stride).padding(padding)
                .dilation(dilation).ceilMode(ceilMode));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PoolRepr.arg(kernelSize) + ", stride=" + PoolRepr.arg(stride) + ", padding="
                + PoolRepr.arg(padding) + ", dilation=" + PoolRepr.arg(dilation) + ", ceil_mode=" + Repr.bool(ceilMode);
    }
}

package jtorch.nn;

import jtorch.Tensor;

/**
 * 2-d fractional max pooling of [N, C, H, W] or [C, H, W] input: windows of the kernel's size at pseudo-random offsets, to a
 * given output size or ratio; without fixed samples each forward draws [N, C, 2] samples from the default generator
 * as PyTorch does. PyTorch: {@code nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None,
 * return_indices=False, _random_samples=None)}.
 */
public class FractionalMaxPool2d extends FractionalMaxPool {
    /** Keyword arguments of {@code nn.FractionalMaxPool2d}: set one of output size and output ratio. */
    public static final class Options {
        final int[] kernelSize;
        int[] outputSize;
        double[] outputRatio;
        boolean returnIndices;
        Tensor randomSamples;

        Options(int[] kernelSize) {
            this.kernelSize = kernelSize;
        }

        /** The {@code output_size} keyword: one value for every dim or one per dim. */
        public Options outputSize(int... outputSize) {
            this.outputSize = outputSize.clone();
            return this;
        }

        /** The {@code output_ratio} keyword: each in (0, 1), one for every dim or one per dim. */
        public Options outputRatio(double... outputRatio) {
            this.outputRatio = outputRatio.clone();
            return this;
        }

        /** The {@code return_indices} keyword (PyTorch's default: {@code False}); see {@link FractionalMaxPool2d#forwardWithIndices}. */
        public Options returnIndices(boolean returnIndices) {
            this.returnIndices = returnIndices;
            return this;
        }

        /** The {@code _random_samples} keyword: fixed [N, C, 2] window offsets in [0, 1), kept as a buffer. */
        public Options randomSamples(Tensor randomSamples) {
            this.randomSamples = randomSamples;
            return this;
        }
    }

    /** One value for a square kernel, two for (kh, kw). */
    public static Options options(int... kernelSize) {
        return new Options(kernelSize.clone());
    }

    /**
     * PyTorch: {@code torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None,
     * return_indices=False, _random_samples=None)}.
     */
    public FractionalMaxPool2d(Options o) {
        super(2, o.kernelSize, o.outputSize, o.outputRatio, o.returnIndices, o.randomSamples);
    }
}

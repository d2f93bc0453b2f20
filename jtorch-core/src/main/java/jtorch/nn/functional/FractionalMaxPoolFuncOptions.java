package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.fractional_max_pool2d} / {@code 3d} after the kernel size: one of
 * {@code output_size} and {@code output_ratio}, and {@code _random_samples} ([N, C, 2] or [N, C, 3] in the
 * input's dtype; unset: drawn with {@code torch.rand} from the default generator);
 * {@code return_indices=True} is the {@code ...WithIndices} function.
 */
public final class FractionalMaxPoolFuncOptions {
    int[] outputSize;
    double[] outputRatio;
    Tensor randomSamples;

    FractionalMaxPoolFuncOptions() {
    }

    /** PyTorch: {@code output_size=}: one value for every pooled dim, or one per dim. */
    public FractionalMaxPoolFuncOptions outputSize(int... outputSize) {
        this.outputSize = outputSize.clone();
        return this;
    }

    /** PyTorch: {@code output_ratio=}: the output size is {@code int(input size * ratio)} per dim. */
    public FractionalMaxPoolFuncOptions outputRatio(double... outputRatio) {
        this.outputRatio = outputRatio.clone();
        return this;
    }

    /** PyTorch: {@code _random_samples=}: each plane's window offsets, values in [0, 1). */
    public FractionalMaxPoolFuncOptions randomSamples(Tensor randomSamples) {
        this.randomSamples = randomSamples;
        return this;
    }
}

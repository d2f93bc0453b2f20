package jtorch.nn;

import jtorch.Tensor;

/**
 * Batch normalisation of [N, C, D, H, W] per channel. PyTorch: {@code nn.BatchNorm3d(num_features, eps=1e-05,
 * momentum=0.1, affine=True, track_running_stats=True)}.
 */
public class BatchNorm3d extends BatchNorm {
    /** PyTorch: {@code nn.BatchNorm3d(num_features)}. */
    public BatchNorm3d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code nn.BatchNorm3d(num_features, ...)} with keyword arguments. */
    public BatchNorm3d(Options options) {
        super(options);
    }

    @Override
    protected void checkInputDim(Tensor input) {
        if (input.dim() != 5) {
            throw new IllegalArgumentException("expected 5D input (got " + input.dim() + "D input)");
        }
    }
}

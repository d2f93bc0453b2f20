package jtorch.nn;

import jtorch.Tensor;

/**
 * Batch normalisation of [N, C, H, W] per channel. PyTorch: {@code nn.BatchNorm2d(num_features, eps=1e-05,
 * momentum=0.1, affine=True, track_running_stats=True)}.
 */
public class BatchNorm2d extends BatchNorm {
    /** PyTorch: {@code torch.nn.BatchNorm2d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None)}. */
    public BatchNorm2d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code torch.nn.BatchNorm2d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None)}. */
    public BatchNorm2d(Options options) {
        super(options);
    }

    @Override
    protected void checkInputDim(Tensor input) {
        if (input.dim() != 4) {
            throw new IllegalArgumentException("expected 4D input (got " + input.dim() + "D input)");
        }
    }
}

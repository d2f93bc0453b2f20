package jtorch.nn;

import jtorch.Tensor;

/**
 * Batch normalisation of [N, C] or [N, C, L] per channel. PyTorch: {@code nn.BatchNorm1d(num_features,
 * eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}.
 */
public class BatchNorm1d extends BatchNorm {
    /** PyTorch: {@code torch.nn.BatchNorm1d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None)}. */
    public BatchNorm1d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code torch.nn.BatchNorm1d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None)}. */
    public BatchNorm1d(Options options) {
        super(options);
    }

    @Override
    protected void checkInputDim(Tensor input) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw new IllegalArgumentException("expected 2D or 3D input (got " + input.dim() + "D input)");
        }
    }
}

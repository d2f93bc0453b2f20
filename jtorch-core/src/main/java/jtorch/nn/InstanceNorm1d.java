package jtorch.nn;

/**
 * Instance normalisation of (N, C, L) or (C, L). PyTorch: {@code nn.InstanceNorm1d(num_features, eps=1e-05,
 * momentum=0.1, affine=False, track_running_stats=False)}.
 */
public class InstanceNorm1d extends InstanceNorm {
    /** PyTorch: {@code torch.nn.InstanceNorm1d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm1d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code torch.nn.InstanceNorm1d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm1d(Options options) {
        super(options);
    }

    @Override
    protected int noBatchDim() {
        return 2;
    }
}

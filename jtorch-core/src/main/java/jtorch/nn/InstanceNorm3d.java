package jtorch.nn;

/**
 * Instance normalisation of (N, C, D, H, W) or (C, D, H, W). PyTorch: {@code nn.InstanceNorm3d(num_features, eps=1e-05,
 * momentum=0.1, affine=False, track_running_stats=False)}.
 */
public class InstanceNorm3d extends InstanceNorm {
    /** PyTorch: {@code torch.nn.InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm3d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code torch.nn.InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm3d(Options options) {
        super(options);
    }

    @Override
    protected int noBatchDim() {
        return 4;
    }
}

package jtorch.nn;

/**
 * Instance normalisation of (N, C, H, W) or (C, H, W). PyTorch: {@code nn.InstanceNorm2d(num_features, eps=1e-05,
 * momentum=0.1, affine=False, track_running_stats=False)}.
 */
public class InstanceNorm2d extends InstanceNorm {
    /** PyTorch: {@code torch.nn.InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm2d(int numFeatures) {
        this(options(numFeatures));
    }

    /** PyTorch: {@code torch.nn.InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None)}. */
    public InstanceNorm2d(Options options) {
        super(options);
    }

    @Override
    protected int noBatchDim() {
        return 3;
    }
}

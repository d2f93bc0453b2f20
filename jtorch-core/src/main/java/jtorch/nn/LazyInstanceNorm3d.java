package jtorch.nn;

import jtorch.Tensor;

/**
 * A InstanceNorm3d whose num_features is dim 1 of the first input. PyTorch: {@code nn.LazyInstanceNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}
 * (unlike InstanceNorm3d, affine and track_running_stats default to true, as in PyTorch); it prints {@code LazyInstanceNorm3d(0, ...)} until then and {@code InstanceNorm3d(...)} after. With neither
 * affine nor track_running_stats there is nothing to allocate: num_features stays 0, as in PyTorch.
 */
public class LazyInstanceNorm3d extends InstanceNorm3d implements LazyModuleMixin {
    private boolean initialized;

    /** Keyword options with PyTorch's defaults ({@code eps=1e-05, momentum=0.1, affine=True, track_running_stats=True}); num_features is inferred. */
    public static InstanceNorm.Options options() {
        return InstanceNorm.options(0).affine(true).trackRunningStats(true);
    }

    /** PyTorch: {@code torch.nn.LazyInstanceNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}. */
    public LazyInstanceNorm3d() {
        this(options());
    }

    /** PyTorch: {@code torch.nn.LazyInstanceNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}. */
    public LazyInstanceNorm3d(InstanceNorm.Options options) {
        super(options);
    }

    @Override
    public boolean hasUninitializedParams() {
        return !initialized && (affine || trackRunningStats);
    }

    @Override
    public void initializeParameters(Tensor input) {
        if (hasUninitializedParams()) {
            materialize(LazyNorm.features(input));
        }
        initialized = true;
    }

    @Override
    public Tensor forward(Tensor input) {
        initializeParameters(input);
        return super.forward(input);
    }

    @Override
    public String getName() {
        return initialized ? "InstanceNorm3d" : super.getName();
    }
}

package jtorch.nn;

import jtorch.Tensor;

/**
 * A BatchNorm3d whose num_features is dim 1 of the first input. PyTorch: {@code nn.LazyBatchNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}
 * (BatchNorm3d's defaults); it prints {@code LazyBatchNorm3d(0, ...)} until then and {@code BatchNorm3d(...)} after. With neither
 * affine nor track_running_stats there is nothing to allocate: num_features stays 0, as in PyTorch.
 */
public class LazyBatchNorm3d extends BatchNorm3d implements LazyModuleMixin {
    private boolean initialized;

    /** Keyword options with PyTorch's defaults ({@code eps=1e-05, momentum=0.1, affine=True, track_running_stats=True}); num_features is inferred. */
    public static BatchNorm.Options options() {
        return BatchNorm.options(0).affine(true).trackRunningStats(true);
    }

    /** PyTorch: {@code torch.nn.LazyBatchNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}. */
    public LazyBatchNorm3d() {
        this(options());
    }

    /** PyTorch: {@code torch.nn.LazyBatchNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}. */
    public LazyBatchNorm3d(BatchNorm.Options options) {
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
        return initialized ? "BatchNorm3d" : super.getName();
    }
}

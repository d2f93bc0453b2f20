package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * What InstanceNorm1d, 2d and 3d share. PyTorch: {@code nn.modules.instancenorm._InstanceNorm}. Each
 * (sample, channel) slice is normalised with its own statistics in training or without
 * {@code trackRunningStats}; with it, training also updates running_mean and running_var (averaged over the
 * batch) and evaluation normalises with them. weight starts at ones, bias at zeros; unlike batch norm the
 * defaults are {@code affine=false, trackRunningStats=false}, and num_batches_tracked is kept but never counted.
 * An input without the batch dim is normalised as a batch of one.
 */
public abstract class InstanceNorm extends NormBase {
    /** Keyword arguments of the instance-norm modules ({@code affine=False, track_running_stats=False}). */
    public static final class Options extends NormBase.Options<Options> {
        Options(int numFeatures) {
            super(numFeatures, false, false);
        }
    }

    /** Keyword options with PyTorch's defaults ({@code eps=1e-05, momentum=0.1, affine=False, track_running_stats=False}). */
    public static Options options(int numFeatures) {
        return new Options(numFeatures);
    }

    /** For subclasses, which fix the dimensionality and defaults. */
    protected InstanceNorm(Options o) {
        super(o);
    }

    /** The rank of an input without the batch dim (2 for InstanceNorm1d). */
    protected abstract int noBatchDim();

    @Override
    public Tensor forward(Tensor input) {
        int d = noBatchDim();
        if (input.dim() != d && input.dim() != d + 1) {
            throw new IllegalArgumentException("expected " + d + "D or " + (d + 1) + "D input (got " + input.dim()
                    + "D input)");
        }
        int featureDim = input.dim() - d;
        if (input.size(featureDim) != numFeatures) {
            if (affine) {
                throw new IllegalArgumentException("expected input's size at dim=" + featureDim + " to match "
                        + "num_features (" + numFeatures + "), but got: " + input.size(featureDim) + ".");
            }
            jtorch.Warnings.warnOnce("input's size at dim=" + featureDim + " does not match num_features. You can "
                    + "silence this warning by not passing in num_features, which is not used because affine=False");
        }
        if (input.dim() == d) {
            return apply(input.unsqueeze(0)).squeeze(0);
        }
        return apply(input);
    }

    private Tensor apply(Tensor input) {
        return F.instanceNorm(input, runningMean(), runningVar(), weight, bias, isTraining() || !trackRunningStats,
                momentum == null ? 0.0 : momentum, eps);
    }
}

package jtorch.nn;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * What InstanceNorm1d, 2d and 3d share. PyTorch: {@code nn.modules.instancenorm._InstanceNorm}. Each
 * (sample, channel) slice is normalised with its own statistics in training or without
 * {@code trackRunningStats}; with it, training also updates running_mean and running_var (averaged over the
 * batch) and evaluation normalises with them. weight starts at ones, bias at zeros; unlike batch norm the
 * defaults are {@code affine=false, trackRunningStats=false}, and num_batches_tracked is kept but never counted.
 * An input without the batch dim is normalised as a batch of one.
 */
public abstract class InstanceNorm extends Module {
    public final int numFeatures;
    public final double eps;
    public final double momentum;
    public final boolean affine;
    public final boolean trackRunningStats;
    /** Null without {@code affine}. */
    public Parameter weight;
    /** Null without {@code affine}. */
    public Parameter bias;

    /** Keyword arguments of the instance-norm modules. */
    public static final class Options {
        final int numFeatures;
        double eps = 1e-5;
        double momentum = 0.1;
        boolean affine;
        boolean trackRunningStats;

        Options(int numFeatures) {
            this.numFeatures = numFeatures;
        }

        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        public Options momentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        public Options affine(boolean affine) {
            this.affine = affine;
            return this;
        }

        public Options trackRunningStats(boolean trackRunningStats) {
            this.trackRunningStats = trackRunningStats;
            return this;
        }
    }

    public static Options options(int numFeatures) {
        return new Options(numFeatures);
    }

    protected InstanceNorm(Options o) {
        numFeatures = o.numFeatures;
        eps = o.eps;
        momentum = o.momentum;
        affine = o.affine;
        trackRunningStats = o.trackRunningStats;
        if (affine) {
            weight = new Parameter(Torch.empty(numFeatures));
            bias = new Parameter(Torch.empty(numFeatures));
        }
        if (trackRunningStats) {
            registerBuffer("running_mean", Torch.zeros(numFeatures));
            registerBuffer("running_var", Torch.ones(numFeatures));
            registerBuffer("num_batches_tracked", Torch.zeros(Torch.options().dtype(DType.INT64)));
        } else {
            registerBuffer("running_mean", null);
            registerBuffer("running_var", null);
            registerBuffer("num_batches_tracked", null);
        }
        if (affine) {
            Init.ones_(weight);
            Init.zeros_(bias);
        }
    }

    public Tensor runningMean() {
        return ownBuffers().get("running_mean");
    }

    public Tensor runningVar() {
        return ownBuffers().get("running_var");
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
                momentum, eps);
    }

    @Override
    public String extraRepr() {
        return numFeatures + ", eps=" + Repr.floating(eps) + ", momentum=" + Repr.floating(momentum) + ", affine="
                + Repr.bool(affine) + ", track_running_stats=" + Repr.bool(trackRunningStats);
    }
}

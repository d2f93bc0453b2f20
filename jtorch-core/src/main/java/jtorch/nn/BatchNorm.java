package jtorch.nn;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * What BatchNorm1d and BatchNorm2d share. PyTorch: {@code nn.modules.batchnorm._BatchNorm}. In training
 * the batch statistics normalise and, with {@code trackRunningStats}, update the running_mean and
 * running_var buffers (momentum null: a cumulative average over num_batches_tracked batches); in
 * evaluation the running statistics normalise. weight starts at ones, bias at zeros, running_mean at
 * zeros, running_var at ones, num_batches_tracked (int64) at 0.
 */
public abstract class BatchNorm extends Module {
    public final int numFeatures;
    public final double eps;
    /** Null for a cumulative moving average; assignable, as PyTorch's attribute (swa_utils.update_bn sets it). */
    public Double momentum;
    public final boolean affine;
    public final boolean trackRunningStats;
    /** Null without {@code affine}. */
    public Parameter weight;
    /** Null without {@code affine}. */
    public Parameter bias;

    /** Keyword arguments of the batch-norm modules. */
    public static final class Options {
        final int numFeatures;
        double eps = 1e-5;
        Double momentum = 0.1;
        boolean affine = true;
        boolean trackRunningStats = true;

        Options(int numFeatures) {
            this.numFeatures = numFeatures;
        }

        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        /** Null for a cumulative moving average. */
        public Options momentum(Double momentum) {
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

    protected BatchNorm(Options o) {
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
        resetParameters();
    }

    public Tensor runningMean() {
        return ownBuffers().get("running_mean");
    }

    public Tensor runningVar() {
        return ownBuffers().get("running_var");
    }

    public Tensor numBatchesTracked() {
        return ownBuffers().get("num_batches_tracked");
    }

    /** Running statistics back to zeros / ones, the batch count to 0. PyTorch: {@code reset_running_stats}. */
    public void resetRunningStats() {
        if (trackRunningStats) {
            try (var g = Torch.noGrad()) {
                runningMean().zero_();
                runningVar().fill_(1);
                numBatchesTracked().zero_();
            }
        }
    }

    /** PyTorch's {@code reset_parameters}: running statistics reset, weight ones, bias zeros. */
    public void resetParameters() {
        resetRunningStats();
        if (affine) {
            Init.ones_(weight);
            Init.zeros_(bias);
        }
    }

    /** Raises PyTorch's message when the input's rank does not fit the module. */
    protected abstract void checkInputDim(Tensor input);

    @Override
    public Tensor forward(Tensor input) {
        checkInputDim(input);
        double factor = momentum == null ? 0.0 : momentum;
        if (isTraining() && trackRunningStats && numBatchesTracked() != null) {
            try (var g = Torch.noGrad()) {
                numBatchesTracked().add_(1);
            }
            if (momentum == null) {
                factor = 1.0 / numBatchesTracked().item();
            }
        }
        boolean batchStats = isTraining() || (runningMean() == null && runningVar() == null);
        boolean useStats = !isTraining() || trackRunningStats;
        return F.batchNorm(input, useStats ? runningMean() : null, useStats ? runningVar() : null, weight, bias,
                batchStats, factor, eps);
    }

    @Override
    public String extraRepr() {
        return numFeatures + ", eps=" + Repr.floating(eps) + ", momentum="
                + (momentum == null ? "None" : Repr.floating(momentum)) + ", affine=" + Repr.bool(affine)
                + ", track_running_stats=" + Repr.bool(trackRunningStats);
    }
}

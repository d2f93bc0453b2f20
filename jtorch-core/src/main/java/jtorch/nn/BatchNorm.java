package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * What BatchNorm1d and BatchNorm2d share. PyTorch: {@code nn.modules.batchnorm._BatchNorm}. In training
 * the batch statistics normalise and, with {@code trackRunningStats}, update the running_mean and
 * running_var buffers (momentum null: a cumulative average over num_batches_tracked batches); in
 * evaluation the running statistics normalise (parameters and buffers: {@link NormBase}).
 */
public abstract class BatchNorm extends NormBase {
    /** Keyword arguments of the batch-norm modules ({@code affine=True, track_running_stats=True}). */
    public static final class Options extends NormBase.Options<Options> {
        Options(int numFeatures) {
            super(numFeatures, true, true);
        }
    }

    /** Keyword options with PyTorch's defaults ({@code eps=1e-05, momentum=0.1, affine=True, track_running_stats=True}). */
    public static Options options(int numFeatures) {
        return new Options(numFeatures);
    }

    /** For subclasses, which fix the dimensionality and defaults. */
    protected BatchNorm(Options o) {
        super(o);
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
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Kullback-Leibler divergence of the target distribution from the input's: the input holds log-probabilities, the target probabilities (or log-probabilities with {@code logTarget}). Reduction "batchmean" gives the true KL divergence (sum over a batch divided by its size); "mean" averages over all elements (PyTorch warns about that).
 * PyTorch: {@code nn.KLDivLoss(size_average=None, reduce=None, reduction='mean', log_target=False)}.
 *
 * <p>{@code new KLDivLoss(KLDivLoss.options().logTarget(...))}; functional form {@code F.klDiv}.
 */
public class KLDivLoss extends Loss {
    /** PyTorch: {@code self.log_target}. */
    public final boolean logTarget;

    /** Keyword arguments of {@code nn.KLDivLoss} (and of {@code F.kl_div}). */
    public static final class Options extends Loss.Options<Options> {
        private boolean logTarget = false;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code log_target=}: whether the target holds log-probabilities. */
        public Options logTarget(boolean logTarget) {
            this.logTarget = logTarget;
            return this;
        }

        /** The {@code log_target} set (default {@code false}). */
        public boolean logTarget() {
            return logTarget;
        }
    }

    /** A fresh set of {@code nn.KLDivLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.KLDivLoss()}. */
    public KLDivLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.KLDivLoss(**kwargs)}. */
    public KLDivLoss(Options o) {
        super(o.reduction());
        logTarget = o.logTarget();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.klDiv(input, target, reduction, logTarget);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

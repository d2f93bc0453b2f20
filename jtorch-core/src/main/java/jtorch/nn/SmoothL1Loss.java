package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Squared error below {@code beta}, absolute error above it: {@code 0.5·z²/beta} if {@code z = |input - target| < beta}, else {@code z - 0.5·beta}.
 * PyTorch: {@code nn.SmoothL1Loss(size_average=None, reduce=None, reduction='mean', beta=1.0)}.
 *
 * <p>{@code new SmoothL1Loss(SmoothL1Loss.options().beta(...))}; functional form {@code F.smoothL1Loss}.
 */
public class SmoothL1Loss extends Loss {
    /** PyTorch: {@code self.beta}. */
    public final double beta;

    /** Keyword arguments of {@code nn.SmoothL1Loss} (and of {@code F.smooth_l1_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private double beta = 1.0;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code beta=}: where the loss turns from squared to absolute (0: the L1 loss). */
        public Options beta(double beta) {
            this.beta = beta;
            return this;
        }

        /** The {@code beta} set (default {@code 1.0}). */
        public double beta() {
            return beta;
        }
    }

    /** A fresh set of {@code nn.SmoothL1Loss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.SmoothL1Loss()}. */
    public SmoothL1Loss() {
        this(options());
    }

    /** PyTorch: {@code nn.SmoothL1Loss(**kwargs)}. */
    public SmoothL1Loss(Options o) {
        super(o.reduction());
        beta = o.beta();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        LossOps.warnTargetSize(input, target, true);
        return LossOps.smoothL1Loss(input, target, reduction, beta);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

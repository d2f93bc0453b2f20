package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * The Huber loss: {@code 0.5·z²} if {@code z = |input - target| < delta}, else {@code delta·(z - 0.5·delta)}.
 * PyTorch: {@code nn.HuberLoss(reduction='mean', delta=1.0)}.
 *
 * <p>{@code new HuberLoss(HuberLoss.options().delta(...))}; functional form {@code F.huberLoss}.
 */
public class HuberLoss extends Loss {
    /** PyTorch: {@code self.delta}. */
    public final double delta;

    /** Keyword arguments of {@code nn.HuberLoss} (and of {@code F.huber_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private double delta = 1.0;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code delta=}: where the loss turns from squared to linear. */
        public Options delta(double delta) {
            this.delta = delta;
            return this;
        }

        /** The {@code delta} set (default {@code 1.0}). */
        public double delta() {
            return delta;
        }
    }

    /** A fresh set of {@code nn.HuberLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.HuberLoss()}. */
    public HuberLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.HuberLoss(**kwargs)}. */
    public HuberLoss(Options o) {
        super(o.reduction());
        delta = o.delta();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        LossOps.warnTargetSize(input, target, true);
        return LossOps.huberLoss(input, target, reduction, delta);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Binary cross entropy of probabilities in [0, 1] (e.g. a sigmoid's output) against targets of the same shape, the logs clamped at -100 as in PyTorch.
 * PyTorch: {@code nn.BCELoss(weight=None, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new BCELoss(BCELoss.options().weight(...))}; functional form {@code F.binaryCrossEntropy}.
 */
public class BCELoss extends Loss {

    /** Keyword arguments of {@code nn.BCELoss} (and of {@code F.binary_cross_entropy}). */
    public static final class Options extends Loss.Options<Options> {
        private Tensor weight = null;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code weight=}: a rescaling weight broadcast to the input. */
        public Options weight(Tensor weight) {
            this.weight = weight;
            return this;
        }

        /** The {@code weight} set (default {@code null}). */
        public Tensor weight() {
            return weight;
        }
    }

    /** A fresh set of {@code nn.BCELoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.BCELoss()}. */
    public BCELoss() {
        this(options());
    }

    /** PyTorch: {@code nn.BCELoss(weight)}. */
    public BCELoss(Tensor weight) {
        this(options().weight(weight));
    }

    /** PyTorch: {@code nn.BCELoss(**kwargs)}. */
    public BCELoss(Options o) {
        super(o.reduction());
        registerBuffer("weight", o.weight());
    }

    /** The {@code weight} buffer (null when not given). PyTorch: {@code self.weight}. */
    public Tensor weight() {
        return ownBuffers().get("weight");
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.binaryCrossEntropy(input, target, weight(), reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

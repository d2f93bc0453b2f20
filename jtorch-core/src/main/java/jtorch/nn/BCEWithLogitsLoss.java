package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * A sigmoid and binary cross entropy in one numerically stable step (exact at logits of ±100), with per-element weights and per-class positive weights.
 * PyTorch: {@code nn.BCEWithLogitsLoss(weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None)}.
 *
 * <p>{@code new BCEWithLogitsLoss(BCEWithLogitsLoss.options().weight(...).posWeight(...))}; functional form {@code F.binaryCrossEntropyWithLogits}.
 */
public class BCEWithLogitsLoss extends WeightedLoss {

    /** Keyword arguments of {@code nn.BCEWithLogitsLoss} (and of {@code F.binary_cross_entropy_with_logits}). */
    public static final class Options extends WeightedLoss.Options<Options> {
        private Tensor posWeight = null;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code pos_weight=}: weights of the positive examples, per class (the last dim). */
        public Options posWeight(Tensor posWeight) {
            this.posWeight = posWeight;
            return this;
        }

        /** The {@code pos_weight} set (default {@code null}). */
        public Tensor posWeight() {
            return posWeight;
        }
    }

    /** A fresh set of {@code nn.BCEWithLogitsLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.BCEWithLogitsLoss()}. */
    public BCEWithLogitsLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.BCEWithLogitsLoss(**kwargs)}. */
    public BCEWithLogitsLoss(Options o) {
        super(o);
        registerBuffer("pos_weight", o.posWeight());
    }

    /** The {@code pos_weight} buffer (null when not given). PyTorch: {@code self.pos_weight}. */
    public Tensor posWeight() {
        return ownBuffers().get("pos_weight");
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.binaryCrossEntropyWithLogits(input, target, weight(), posWeight(), reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

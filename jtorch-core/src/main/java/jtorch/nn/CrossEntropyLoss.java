package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Cross entropy of logits (N, C) or (N, C, d1, ...) against class indices or class probabilities: log-softmax over dim 1 then the negative log likelihood, with class weights (the weighted mean divides by the summed weights of the counted targets), an ignored class and label smoothing.
 * PyTorch: {@code nn.CrossEntropyLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)}.
 *
 * <p>{@code new CrossEntropyLoss(CrossEntropyLoss.options().weight(...).ignoreIndex(...))}; functional form {@code F.crossEntropy}.
 */
public class CrossEntropyLoss extends WeightedLoss {
    /** PyTorch: {@code self.ignore_index}. */
    public final long ignoreIndex;
    /** PyTorch: {@code self.label_smoothing}. */
    public final double labelSmoothing;

    /** Keyword arguments of {@code nn.CrossEntropyLoss} (and of {@code F.cross_entropy}). */
    public static final class Options extends WeightedLoss.Options<Options> {
        private long ignoreIndex = -100;
        private double labelSmoothing = 0.0;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code ignore_index=}: a target class that contributes nothing, not even to the mean's denominator. */
        public Options ignoreIndex(long ignoreIndex) {
            this.ignoreIndex = ignoreIndex;
            return this;
        }

        /** The {@code ignore_index} set (default {@code -100}). */
        public long ignoreIndex() {
            return ignoreIndex;
        }

        /** PyTorch: {@code label_smoothing=}: mixes the target with the uniform distribution, in [0, 1]. */
        public Options labelSmoothing(double labelSmoothing) {
            this.labelSmoothing = labelSmoothing;
            return this;
        }

        /** The {@code label_smoothing} set (default {@code 0.0}). */
        public double labelSmoothing() {
            return labelSmoothing;
        }
    }

    /** A fresh set of {@code nn.CrossEntropyLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.CrossEntropyLoss()}. */
    public CrossEntropyLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.CrossEntropyLoss(weight)}. */
    public CrossEntropyLoss(Tensor weight) {
        this(options().weight(weight));
    }

    /** PyTorch: {@code nn.CrossEntropyLoss(**kwargs)}. */
    public CrossEntropyLoss(Options o) {
        super(o);
        ignoreIndex = o.ignoreIndex();
        labelSmoothing = o.labelSmoothing();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.crossEntropy(input, target, weight(), ignoreIndex, reduction, labelSmoothing);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

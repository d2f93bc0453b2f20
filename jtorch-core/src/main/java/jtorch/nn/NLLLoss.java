package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Negative log likelihood of log-probabilities (C), (N, C) or (N, C, d1, ...) at class indices, with class weights (the weighted mean divides by the summed weights of the counted targets) and an ignored class.
 * PyTorch: {@code nn.NLLLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')}.
 *
 * <p>{@code new NLLLoss(NLLLoss.options().weight(...).ignoreIndex(...))}; functional form {@code F.nllLoss}.
 */
public class NLLLoss extends WeightedLoss {
    /** PyTorch: {@code self.ignore_index}. */
    public final long ignoreIndex;

    /** Keyword arguments of {@code nn.NLLLoss} (and of {@code F.nll_loss}). */
    public static final class Options extends WeightedLoss.Options<Options> {
        private long ignoreIndex = -100;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code ignore_index=}: a target class that contributes nothing. */
        public Options ignoreIndex(long ignoreIndex) {
            this.ignoreIndex = ignoreIndex;
            return this;
        }

        /** The {@code ignore_index} set (default {@code -100}). */
        public long ignoreIndex() {
            return ignoreIndex;
        }
    }

    /** A fresh set of {@code nn.NLLLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.NLLLoss()}. */
    public NLLLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.NLLLoss(weight)}. */
    public NLLLoss(Tensor weight) {
        this(options().weight(weight));
    }

    /** PyTorch: {@code nn.NLLLoss(**kwargs)}. */
    public NLLLoss(Options o) {
        super(o);
        ignoreIndex = o.ignoreIndex();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.nllLoss(input, target, weight(), ignoreIndex, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.nn;

import jtorch.Tensor;

/**
 * Base of the losses that take a {@code weight} tensor, kept as the buffer {@code "weight"} (null when not given).
 * PyTorch: {@code nn.modules.loss._WeightedLoss(weight=None, size_average=None, reduce=None, reduction='mean')}.
 */
public abstract class WeightedLoss extends Loss {

    /** PyTorch: {@code _WeightedLoss.__init__(weight, size_average, reduce, reduction)}. */
    protected WeightedLoss(Options<?> o) {
        super(o.reduction());
        registerBuffer("weight", o.weight());
    }

    /**
     * The keyword arguments of {@link Loss.Options} plus {@code weight}.
     *
     * @param <O> the concrete options type, returned by the fluent setters
     */
    public abstract static class Options<O extends Options<O>> extends Loss.Options<O> {
        private Tensor weight = null;

        /** For subclasses: PyTorch's defaults of the concrete class. */
        protected Options(String defaultReduction) {
            super(defaultReduction);
        }

        /** PyTorch: {@code weight=}: a manual rescaling weight (per class (C), or broadcast to the input for BCE). */
        public O weight(Tensor weight) {
            this.weight = weight;
            return self();
        }

        /** The {@code weight} set (default {@code null}). */
        public Tensor weight() {
            return weight;
        }
    }

    /** The {@code weight} buffer (null when not given). PyTorch: {@code self.weight}. */
    public Tensor weight() {
        return ownBuffers().get("weight");
    }
}

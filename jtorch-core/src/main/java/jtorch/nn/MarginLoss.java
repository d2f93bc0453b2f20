package jtorch.nn;

/**
 * Base of the losses with a {@code margin} keyword argument kept as {@code self.margin} (the embedding, ranking and
 * triplet losses). PyTorch has no such base: each of these modules stores {@code self.margin} in its own
 * {@code __init__}.
 */
public abstract class MarginLoss extends Loss {
    /** PyTorch: {@code self.margin}. */
    public final double margin;

    /** PyTorch: {@code _Loss.__init__(size_average, reduce, reduction)} then {@code self.margin = margin}. */
    protected MarginLoss(Options<?> o) {
        super(o.reduction());
        margin = o.margin();
    }

    /**
     * The keyword arguments of {@link Loss.Options} plus {@code margin}, whose default each loss gives.
     *
     * @param <O> the concrete options type, returned by the fluent setters
     */
    public abstract static class Options<O extends Options<O>> extends Loss.Options<O> {
        private double margin;

        /** For subclasses: PyTorch's defaults of the concrete class. */
        protected Options(String defaultReduction, double defaultMargin) {
            super(defaultReduction);
            this.margin = defaultMargin;
        }

        /** PyTorch: {@code margin=}: the margin. */
        public O margin(double margin) {
            this.margin = margin;
            return self();
        }

        /** The {@code margin} set (default: the loss's, see its {@code options()}). */
        public double margin() {
            return margin;
        }
    }
}

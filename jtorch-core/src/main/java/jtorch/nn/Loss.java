package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Base of the loss modules: holds the reduction ("none", "mean" or "sum"). PyTorch: {@code nn.modules.loss._Loss}.
 * A loss is called like PyTorch's: {@code loss = criterion.call(output, target)} (or {@code forward(output, target)}),
 * then {@code loss.backward()}. Its repr has no arguments, as in PyTorch ({@code CrossEntropyLoss()}).
 */
public abstract class Loss extends Module {
    /** PyTorch: {@code self.reduction}. */
    public final String reduction;

    /** For subclasses, which fix the dimensionality and defaults. */
    protected Loss(String reduction) {
        this.reduction = reduction;
    }

    /**
     * Keyword arguments shared by every loss: {@code reduction} and the deprecated {@code size_average} /
     * {@code reduce}, which, when either is set, override the reduction by PyTorch's legacy rule
     * ({@code reduce=False} gives "none", else {@code size_average=False} gives "sum", else "mean").
     * As in PyTorch, using them warns ("size_average and reduce args will be deprecated, please use
     * reduction='sum' instead.", through {@link jtorch.Warnings}).
     */
    public abstract static class Options<O extends Options<O>> {
        String reduction;
        Boolean sizeAverage;
        Boolean reduce;

        /** For subclasses: PyTorch's defaults of the concrete class. */
        protected Options(String defaultReduction) {
            this.reduction = defaultReduction;
        }

        /** This options object as its concrete type, for fluent setters in subclasses. */
        @SuppressWarnings("unchecked")
        protected final O self() {
            return (O) this;
        }

        /** PyTorch: {@code reduction=}. */
        public O reduction(String reduction) {
            this.reduction = reduction;
            return self();
        }

        /** Deprecated in PyTorch: {@code size_average=}. */
        public O sizeAverage(boolean sizeAverage) {
            this.sizeAverage = sizeAverage;
            return self();
        }

        /** Deprecated in PyTorch: {@code reduce=}. */
        public O reduce(boolean reduce) {
            this.reduce = reduce;
            return self();
        }

        /** The effective reduction: the legacy arguments when either was set, else {@code reduction}. */
        public String reduction() {
            return sizeAverage != null || reduce != null ? LossOps.legacyReduction(sizeAverage, reduce) : reduction;
        }
    }

    /** PyTorch's TypeError for a wrong number of inputs, as an IllegalArgumentException. */
    static void checkArity(Tensor[] inputs, String... names) {
        if (inputs.length < names.length) {
            int missing = names.length - inputs.length;
            StringBuilder sb = new StringBuilder();
            for (int i = inputs.length; i < names.length; i++) {
                if (i > inputs.length) {
                    sb.append(i == names.length - 1 ? (missing > 2 ? ", and " : " and ") : ", ");
                }
                sb.append("'").append(names[i]).append("'");
            }
            throw new IllegalArgumentException("forward() missing " + missing + " required positional argument"
                    + (missing > 1 ? "s" : "") + ": " + sb);
        }
        if (inputs.length > names.length) {
            throw new IllegalArgumentException("forward() takes " + (names.length + 1) + " positional arguments but "
                    + (inputs.length + 1) + " were given");
        }
    }

    /** A one-input call: PyTorch's TypeError for the missing target. */
    @Override
    public Tensor forward(Tensor input) {
        return forward(new Tensor[] {input});
    }
}

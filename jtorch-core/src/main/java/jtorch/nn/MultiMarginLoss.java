package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Multi-class hinge loss {@code Σ_{i≠y} max(0, margin - x[y] + x[i])^p / C}, p 1 or 2, optionally weighted by the target's class.
 * PyTorch: {@code nn.MultiMarginLoss(p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new MultiMarginLoss(MultiMarginLoss.options().p(...).margin(...))}; functional form {@code F.multiMarginLoss}.
 */
public class MultiMarginLoss extends WeightedLoss {
    /** PyTorch: {@code self.p}. */
    public final int p;
    /** PyTorch: {@code self.margin}. */
    public final double margin;

    /** Keyword arguments of {@code nn.MultiMarginLoss} (and of {@code F.multi_margin_loss}). */
    public static final class Options extends WeightedLoss.Options<Options> {
        private int p = 1;
        private double margin = 1.0;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code p=}: the exponent, 1 or 2. */
        public Options p(int p) {
            this.p = p;
            return this;
        }

        /** The {@code p} set (default {@code 1}). */
        public int p() {
            return p;
        }

        /** PyTorch: {@code margin=}: the margin. */
        public Options margin(double margin) {
            this.margin = margin;
            return this;
        }

        /** The {@code margin} set (default {@code 1.0}). */
        public double margin() {
            return margin;
        }
    }

    /** A fresh set of {@code nn.MultiMarginLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.MultiMarginLoss()}. */
    public MultiMarginLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.MultiMarginLoss(p, margin)}. */
    public MultiMarginLoss(int p, double margin) {
        this(options().p(p).margin(margin));
    }

    /** PyTorch: {@code nn.MultiMarginLoss(**kwargs)}. */
    public MultiMarginLoss(Options o) {
        super(o);
        p = o.p();
        margin = o.margin();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.multiMarginLoss(input, target, p, margin, weight(), reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

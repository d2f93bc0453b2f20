package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Triplet loss {@code max(0, margin + d(a, p) - d(a, n))} with the p-norm pairwise distance.
 * PyTorch: {@code nn.TripletMarginLoss(margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new TripletMarginLoss(TripletMarginLoss.options().margin(...).p(...))}; functional form {@code F.tripletMarginLoss}.
 */
public class TripletMarginLoss extends MarginLoss {
    /** PyTorch: {@code self.p}. */
    public final double p;
    /** PyTorch: {@code self.eps}. */
    public final double eps;
    /** PyTorch: {@code self.swap}. */
    public final boolean swap;

    /** Keyword arguments of {@code nn.TripletMarginLoss} (and of {@code F.triplet_margin_loss}); {@code margin} defaults to {@code 1.0}. */
    public static final class Options extends MarginLoss.Options<Options> {
        private double p = 2.0;
        private double eps = 1e-6;
        private boolean swap = false;

        Options() {
            super("mean", 1.0);
        }

        /** PyTorch: {@code p=}: the norm of the pairwise distance. */
        public Options p(double p) {
            this.p = p;
            return this;
        }

        /** The {@code p} set (default {@code 2.0}). */
        public double p() {
            return p;
        }

        /** PyTorch: {@code eps=}: added to the differences before the norm. */
        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        /** The {@code eps} set (default {@code 1e-6}). */
        public double eps() {
            return eps;
        }

        /** PyTorch: {@code swap=}: use the distance swap: {@code min(d(a, n), d(p, n))}. */
        public Options swap(boolean swap) {
            this.swap = swap;
            return this;
        }

        /** The {@code swap} set (default {@code false}). */
        public boolean swap() {
            return swap;
        }
    }

    /** A fresh set of {@code nn.TripletMarginLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.TripletMarginLoss()}. */
    public TripletMarginLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.TripletMarginLoss(margin, p)}. */
    public TripletMarginLoss(double margin, double p) {
        this(options().margin(margin).p(p));
    }

    /** PyTorch: {@code nn.TripletMarginLoss(**kwargs)}. */
    public TripletMarginLoss(Options o) {
        super(o);
        p = o.p();
        eps = o.eps();
        swap = o.swap();
    }

    /** PyTorch: {@code forward(anchor, positive, negative)}. */
    public Tensor forward(Tensor anchor, Tensor positive, Tensor negative) {
        return LossOps.tripletMarginLoss(anchor, positive, negative, margin, p, eps, swap, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "anchor", "positive", "negative");
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}

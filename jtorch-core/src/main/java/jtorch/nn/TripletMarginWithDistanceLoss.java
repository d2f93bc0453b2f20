package jtorch.nn;

import java.util.function.BinaryOperator;
import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Triplet loss {@code max(0, margin + d(a, p) - d(a, n))} with any distance function (default: the Euclidean pairwise distance).
 * PyTorch: {@code nn.TripletMarginWithDistanceLoss(*, distance_function=None, margin=1.0, swap=False, reduction='mean')}.
 *
 * <p>{@code new TripletMarginWithDistanceLoss(TripletMarginWithDistanceLoss.options().distanceFunction(...).margin(...))}; functional form {@code F.tripletMarginWithDistanceLoss}.
 */
public class TripletMarginWithDistanceLoss extends MarginLoss {
    /** PyTorch: {@code self.distance_function}. */
    public final BinaryOperator<Tensor> distanceFunction;
    /** PyTorch: {@code self.swap}. */
    public final boolean swap;

    /** Keyword arguments of {@code nn.TripletMarginWithDistanceLoss} (and of {@code F.triplet_margin_with_distance_loss}); {@code margin} defaults to {@code 1.0}. */
    public static final class Options extends MarginLoss.Options<Options> {
        private BinaryOperator<Tensor> distanceFunction = null;
        private boolean swap = false;

        Options() {
            super("mean", 1.0);
        }

        /** PyTorch: {@code distance_function=}: the distance of two batches of embeddings (default {@code F::pairwiseDistance}). */
        public Options distanceFunction(BinaryOperator<Tensor> distanceFunction) {
            this.distanceFunction = distanceFunction;
            return this;
        }

        /** The {@code distance_function} set (default {@code null}). */
        public BinaryOperator<Tensor> distanceFunction() {
            return distanceFunction;
        }

        /** PyTorch: {@code swap=}: use the distance swap. */
        public Options swap(boolean swap) {
            this.swap = swap;
            return this;
        }

        /** The {@code swap} set (default {@code false}). */
        public boolean swap() {
            return swap;
        }
    }

    /** A fresh set of {@code nn.TripletMarginWithDistanceLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.TripletMarginWithDistanceLoss()}. */
    public TripletMarginWithDistanceLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.TripletMarginWithDistanceLoss(**kwargs)}. */
    public TripletMarginWithDistanceLoss(Options o) {
        super(o);
        distanceFunction = o.distanceFunction();
        swap = o.swap();
    }

    /** PyTorch: {@code forward(anchor, positive, negative)}. */
    public Tensor forward(Tensor anchor, Tensor positive, Tensor negative) {
        return LossOps.tripletWithDistance(anchor, positive, negative, distanceFunction, margin, swap, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "anchor", "positive", "negative");
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}

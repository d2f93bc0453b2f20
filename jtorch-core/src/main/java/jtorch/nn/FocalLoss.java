package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Focal loss, which scales the cross entropy by {@code (1 - p_t)^γ} so that well-classified examples weigh
 * less (Lin et al., for imbalanced classes).
 * <ul>
 *   <li>Float targets of the input's shape: the sigmoid (binary / multi-label) form on logits, as
 *       {@code torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)}, weighted by
 *       {@code α_t = α·t + (1-α)·(1-t)} (no weighting when alpha is negative).</li>
 *   <li>Integer class indices: the multi-class softmax form {@code FL(p_t) = -α_t (1 - p_t)^γ log(p_t)} on
 *       logits (N, C) or (N, C, d1, ...), with per-class {@code α_t = weight[target]} (1 without a weight).</li>
 * </ul>
 * PyTorch has no module for it; the options follow torchvision's function, with reduction "mean" as every
 * loss module (torchvision's function defaults to "none": {@code F.sigmoidFocalLoss(inputs, targets)}).
 */
public class FocalLoss extends WeightedLoss {
    /** The sigmoid form's alpha. */
    public final double alpha;
    /** The focusing exponent gamma. */
    public final double gamma;

    /** Keyword arguments of {@code FocalLoss} (and of {@code F.focalLoss}); {@code weight} is the multi-class form's per-class alpha (C) (default null: 1 for every class). */
    public static final class Options extends WeightedLoss.Options<Options> {
        private double alpha = 0.25;
        private double gamma = 2.0;

        Options() {
            super("mean");
        }

        /** torchvision: {@code alpha=}: the positives' weight in the sigmoid form (negative: none). */
        public Options alpha(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** The alpha set (default 0.25). */
        public double alpha() {
            return alpha;
        }

        /** torchvision: {@code gamma=}: the focusing exponent (0: plain cross entropy). */
        public Options gamma(double gamma) {
            this.gamma = gamma;
            return this;
        }

        /** The gamma set (default 2). */
        public double gamma() {
            return gamma;
        }
    }

    /** A fresh set of FocalLoss's keyword arguments: alpha 0.25, gamma 2, reduction "mean". */
    public static Options options() {
        return new Options();
    }

    /** Alpha 0.25, gamma 2, reduction "mean". */
    public FocalLoss() {
        this(options());
    }

    /** The seed's {@code FocalLoss(alpha, gamma)}. */
    public FocalLoss(double alpha, double gamma) {
        this(options().alpha(alpha).gamma(gamma));
    }

    /** torchvision: {@code sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)}'s keyword arguments, plus the per-class {@code weight}. */
    public FocalLoss(Options o) {
        super(o);
        alpha = o.alpha();
        gamma = o.gamma();
    }

    /** The sigmoid form for float targets, the multi-class form for class indices. */
    public Tensor forward(Tensor input, Tensor target) {
        return target.dtype().isFloatingPoint() ? LossOps.sigmoidFocalLoss(input, target, alpha, gamma, reduction)
                : LossOps.softmaxFocalLoss(input, target, weight(), gamma, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Hinge loss of distances: {@code x} where the target is 1, {@code max(0, margin - x)} where it is -1.
 * PyTorch: {@code nn.HingeEmbeddingLoss(margin=1.0, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new HingeEmbeddingLoss(HingeEmbeddingLoss.options().margin(...))}; functional form {@code F.hingeEmbeddingLoss}.
 */
public class HingeEmbeddingLoss extends Loss {
    /** PyTorch: {@code self.margin}. */
    public final double margin;

    /** Keyword arguments of {@code nn.HingeEmbeddingLoss} (and of {@code F.hinge_embedding_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private double margin = 1.0;

        Options() {
            super("mean");
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

    /** A fresh set of {@code nn.HingeEmbeddingLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.HingeEmbeddingLoss()}. */
    public HingeEmbeddingLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.HingeEmbeddingLoss(margin)}. */
    public HingeEmbeddingLoss(double margin) {
        this(options().margin(margin));
    }

    /** PyTorch: {@code nn.HingeEmbeddingLoss(**kwargs)}. */
    public HingeEmbeddingLoss(Options o) {
        super(o.reduction());
        margin = o.margin();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.hingeEmbeddingLoss(input, target, margin, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

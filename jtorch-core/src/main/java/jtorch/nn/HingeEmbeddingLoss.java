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
public class HingeEmbeddingLoss extends MarginLoss {

    /** Keyword arguments of {@code nn.HingeEmbeddingLoss} (and of {@code F.hinge_embedding_loss}); {@code margin} defaults to {@code 1.0}. */
    public static final class Options extends MarginLoss.Options<Options> {
        Options() {
            super("mean", 1.0);
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
        super(o);
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

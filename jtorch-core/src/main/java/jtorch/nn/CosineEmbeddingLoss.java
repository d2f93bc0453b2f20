package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Cosine similarity loss: {@code 1 - cos(x1, x2)} where the target is 1, {@code max(0, cos(x1, x2) - margin)} where it is -1.
 * PyTorch: {@code nn.CosineEmbeddingLoss(margin=0.0, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new CosineEmbeddingLoss(CosineEmbeddingLoss.options().margin(...))}; functional form {@code F.cosineEmbeddingLoss}.
 */
public class CosineEmbeddingLoss extends MarginLoss {

    /** Keyword arguments of {@code nn.CosineEmbeddingLoss} (and of {@code F.cosine_embedding_loss}); {@code margin} defaults to {@code 0.0}, in [-1, 1]. */
    public static final class Options extends MarginLoss.Options<Options> {
        Options() {
            super("mean", 0.0);
        }
    }

    /** A fresh set of {@code nn.CosineEmbeddingLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.CosineEmbeddingLoss()}. */
    public CosineEmbeddingLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.CosineEmbeddingLoss(margin)}. */
    public CosineEmbeddingLoss(double margin) {
        this(options().margin(margin));
    }

    /** PyTorch: {@code nn.CosineEmbeddingLoss(**kwargs)}. */
    public CosineEmbeddingLoss(Options o) {
        super(o);
    }

    /** PyTorch: {@code forward(input1, input2, target)}. */
    public Tensor forward(Tensor input1, Tensor input2, Tensor target) {
        return LossOps.cosineEmbeddingLoss(input1, input2, target, margin, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input1", "input2", "target");
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}

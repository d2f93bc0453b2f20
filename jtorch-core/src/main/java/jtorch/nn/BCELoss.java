package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Binary cross entropy of probabilities in [0, 1] (e.g. a sigmoid's output) against targets of the same shape, the logs clamped at -100 as in PyTorch.
 * PyTorch: {@code nn.BCELoss(weight=None, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new BCELoss(BCELoss.options().weight(...))}; functional form {@code F.binaryCrossEntropy}.
 */
public class BCELoss extends WeightedLoss {

    /** Keyword arguments of {@code nn.BCELoss} (and of {@code F.binary_cross_entropy}). */
    public static final class Options extends WeightedLoss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.BCELoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.BCELoss()}. */
    public BCELoss() {
        this(options());
    }

    /** PyTorch: {@code nn.BCELoss(weight)}. */
    public BCELoss(Tensor weight) {
        this(options().weight(weight));
    }

    /** PyTorch: {@code nn.BCELoss(**kwargs)}. */
    public BCELoss(Options o) {
        super(o);
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.binaryCrossEntropy(input, target, weight(), reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Mean squared error {@code (input - target)²}; input and target broadcast.
 * PyTorch: {@code nn.MSELoss(size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new MSELoss(MSELoss.options())}; functional form {@code F.mseLoss}.
 */
public class MSELoss extends Loss {

    /** Keyword arguments of {@code nn.MSELoss} (and of {@code F.mse_loss}). */
    public static final class Options extends Loss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.MSELoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.MSELoss()}. */
    public MSELoss() {
        this(options());
    }

    /** PyTorch: {@code nn.MSELoss(**kwargs)}. */
    public MSELoss(Options o) {
        super(o.reduction());
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        LossOps.warnTargetSize(input, target, true);
        return LossOps.mseLoss(input, target, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

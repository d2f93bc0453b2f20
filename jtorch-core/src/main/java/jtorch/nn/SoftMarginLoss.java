package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Two-class logistic loss {@code log(1 + exp(-y·x))} for targets of 1 or -1.
 * PyTorch: {@code nn.SoftMarginLoss(size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new SoftMarginLoss(SoftMarginLoss.options())}; functional form {@code F.softMarginLoss}.
 */
public class SoftMarginLoss extends Loss {

    /** Keyword arguments of {@code nn.SoftMarginLoss} (and of {@code F.soft_margin_loss}). */
    public static final class Options extends Loss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.SoftMarginLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.SoftMarginLoss()}. */
    public SoftMarginLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.SoftMarginLoss(**kwargs)}. */
    public SoftMarginLoss(Options o) {
        super(o.reduction());
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.softMarginLoss(input, target, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Multi-label hinge loss: the target lists each sample's classes, ended by -1; every listed class should score at least 1 above every other class.
 * PyTorch: {@code nn.MultiLabelMarginLoss(size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new MultiLabelMarginLoss(MultiLabelMarginLoss.options())}; functional form {@code F.multilabelMarginLoss}.
 */
public class MultiLabelMarginLoss extends Loss {

    /** Keyword arguments of {@code nn.MultiLabelMarginLoss} (and of {@code F.multilabel_margin_loss}). */
    public static final class Options extends Loss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.MultiLabelMarginLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.MultiLabelMarginLoss()}. */
    public MultiLabelMarginLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.MultiLabelMarginLoss(**kwargs)}. */
    public MultiLabelMarginLoss(Options o) {
        super(o.reduction());
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.multilabelMarginLoss(input, target, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

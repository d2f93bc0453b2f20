package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Multi-label one-versus-all logistic loss of logits (N, C) against 0/1 targets, averaged over the classes.
 * PyTorch: {@code nn.MultiLabelSoftMarginLoss(weight=None, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new MultiLabelSoftMarginLoss(MultiLabelSoftMarginLoss.options().weight(...))}; functional form {@code F.multilabelSoftMarginLoss}.
 */
public class MultiLabelSoftMarginLoss extends WeightedLoss {

    /** Keyword arguments of {@code nn.MultiLabelSoftMarginLoss} (and of {@code F.multilabel_soft_margin_loss}). */
    public static final class Options extends WeightedLoss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.MultiLabelSoftMarginLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.MultiLabelSoftMarginLoss()}. */
    public MultiLabelSoftMarginLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.MultiLabelSoftMarginLoss(weight)}. */
    public MultiLabelSoftMarginLoss(Tensor weight) {
        this(options().weight(weight));
    }

    /** PyTorch: {@code nn.MultiLabelSoftMarginLoss(**kwargs)}. */
    public MultiLabelSoftMarginLoss(Options o) {
        super(o);
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.multilabelSoftMarginLoss(input, target, weight(), reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

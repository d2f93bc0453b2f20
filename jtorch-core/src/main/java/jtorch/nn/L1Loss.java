package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Mean absolute error {@code |input - target|}; input and target broadcast.
 * PyTorch: {@code nn.L1Loss(size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new L1Loss(L1Loss.options())}; functional form {@code F.l1Loss}.
 */
public class L1Loss extends Loss {

    /** Keyword arguments of {@code nn.L1Loss} (and of {@code F.l1_loss}). */
    public static final class Options extends Loss.Options<Options> {

        Options() {
            super("mean");
        }
    }

    /** A fresh set of {@code nn.L1Loss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.L1Loss()}. */
    public L1Loss() {
        this(options());
    }

    /** PyTorch: {@code nn.L1Loss(**kwargs)}. */
    public L1Loss(Options o) {
        super(o.reduction());
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        LossOps.warnTargetSize(input, target, true);
        return LossOps.l1Loss(input, target, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

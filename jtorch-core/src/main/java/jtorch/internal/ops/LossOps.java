package jtorch.internal.ops;

import jtorch.Tensor;

/** Loss functions with PyTorch's reductions ("mean", "sum", "none") and node names. */
public final class LossOps {
    static final OpDef MSE_LOSS = OpDef.withNode("mse_loss", "MseLossBackward0", Saves.inputs(0, 1));

    private LossOps() {
    }

    static void checkReduction(String reduction) {
        if (!reduction.equals("mean") && !reduction.equals("sum") && !reduction.equals("none")) {
            throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        }
    }

    /** Mean squared error; input and target broadcast. PyTorch: {@code F.mse_loss(input, target, reduction)}. */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        checkReduction(reduction);
        int[] shape = Shapes.broadcast(input.shape(), target.shape());
        return Dispatch.apply(MSE_LOSS, new Tensor[] {input, target}, () -> reduce(input.sub(target).square(), reduction),
                (ctx, g) -> {
                    Tensor diff = ctx.input(0).sub(ctx.input(1));
                    Tensor scale = reduction.equals("mean") ? g[0].mul(2.0 / Shapes.numel(shape)) : g[0].mul(2.0);
                    Tensor gi = diff.mul(scale);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? ViewOps.sumTo(gi, ctx.input(0).shape()) : null,
                        ctx.needsInputGrad(1) ? ViewOps.sumTo(gi.neg(), ctx.input(1).shape()) : null};
                });
    }

    static Tensor reduce(Tensor loss, String reduction) {
        return switch (reduction) {
            case "mean" -> loss.mean();
            case "sum" -> loss.sum();
            default -> loss;
        };
    }
}

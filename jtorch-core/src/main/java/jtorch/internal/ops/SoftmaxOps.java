package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;

/**
 * softmax and log_softmax along a dim. Primitives rather than compositions for PyTorch-exact numerics
 * (the max is subtracted first, so large inputs do not overflow) and PyTorch's node names.
 */
public final class SoftmaxOps {
    static final OpDef SOFTMAX = OpDef.withNode("softmax", "SoftmaxBackward0", Saves.OUTPUT);
    static final OpDef LOG_SOFTMAX = OpDef.withNode("log_softmax", "LogSoftmaxBackward0", Saves.OUTPUT);

    private SoftmaxOps() {
    }

    // float32/float64 run one fused kernel per slice (one pass for the max, one for exp and the sum, one
    // to scale) instead of five tensor ops; half types keep the composition, computed by those ops
    private static boolean fused(Tensor x) {
        return x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64;
    }

    private static Tensor floating(Tensor x) {
        return x.dtype().isFloatingPoint() ? x : x.to(jtorch.Torch.getDefaultDtype());
    }

    /** exp(x - max) / sum(exp(x - max)) along {@code dim}. PyTorch: {@code torch.softmax}. */
    public static Tensor softmax(Tensor x, int dim, DType dtype) {
        Tensor in = dtype != null ? x.to(dtype) : floating(x);
        int d = Shapes.wrapDim(dim, in.dim());
        return Dispatch.apply(SOFTMAX, new Tensor[] {in}, () -> {
            if (in.numel() == 0) {
                return in.clone();
            }
            if (fused(in)) {
                return Reductions.softmax(in, d, false);
            }
            Tensor shifted = in.sub(in.max(d, true).values());
            Tensor e = shifted.exp();
            return e.div(e.sum(d, true));
        }, (ctx, g) -> {
            // dx = y * (g - sum(g * y))
            Tensor y = ctx.output();
            return new Tensor[] {y.mul(g[0].sub(g[0].mul(y).sum(d, true)))};
        });
    }

    /** x - max - log(sum(exp(x - max))) along {@code dim}. PyTorch: {@code torch.log_softmax}. */
    public static Tensor logSoftmax(Tensor x, int dim, DType dtype) {
        Tensor in = dtype != null ? x.to(dtype) : floating(x);
        int d = Shapes.wrapDim(dim, in.dim());
        return Dispatch.apply(LOG_SOFTMAX, new Tensor[] {in}, () -> {
            if (in.numel() == 0) {
                return in.clone();
            }
            if (fused(in)) {
                return Reductions.softmax(in, d, true);
            }
            Tensor shifted = in.sub(in.max(d, true).values());
            return shifted.sub(shifted.exp().sum(d, true).log());
        }, (ctx, g) -> {
            // dx = g - exp(y) * sum(g)
            Tensor y = ctx.output();
            return new Tensor[] {g[0].sub(y.exp().mul(g[0].sum(d, true)))};
        });
    }
}

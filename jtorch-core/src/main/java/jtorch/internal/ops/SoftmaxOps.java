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
    // to scale) instead of five tensor ops; bfloat16 follows PyTorch's kernel through float32; float16 keeps the
    // composition, computed by those ops
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
            if (in.dtype() == DType.BFLOAT16) {
                // PyTorch's bfloat16 kernel computes in float32 and rounds once
                return Reductions.softmax(in.toFloat(), d, false).to(DType.BFLOAT16);
            }
            Tensor shifted = in.sub(in.max(d, true).values());
            Tensor e = shifted.exp();
            return e.div(e.sum(d, true));
        }, (ctx, g) -> {
            // dx = y * (g - sum(g * y))
            Tensor y = ctx.output();
            if (y.dtype() == DType.BFLOAT16) {
                // PyTorch's bfloat16 kernel: the sum kept in bfloat16, the rest in float32 rounded once
                Tensor yf = y.toFloat();
                Tensor gf = g[0].toFloat();
                Tensor dot = gf.mul(yf).sum(d, true).to(DType.BFLOAT16).toFloat();
                return new Tensor[] {yf.mul(gf.sub(dot)).to(DType.BFLOAT16)};
            }
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
            if (in.dtype() == DType.BFLOAT16) {
                // PyTorch's bfloat16 kernel: float32 throughout, but the sum of exponentials and its log are kept
                // in bfloat16 before they are subtracted
                Tensor shifted = in.toFloat().sub(in.max(d, true).values().toFloat());
                Tensor logSum = shifted.exp().sum(d, true).to(DType.BFLOAT16).toFloat().log().to(DType.BFLOAT16);
                return shifted.sub(logSum.toFloat()).to(DType.BFLOAT16);
            }
            Tensor shifted = in.sub(in.max(d, true).values());
            return shifted.sub(shifted.exp().sum(d, true).log());
        }, (ctx, g) -> {
            // dx = g - exp(y) * sum(g)
            Tensor y = ctx.output();
            if (y.dtype() == DType.BFLOAT16) {
                // as the forward: the sum kept in bfloat16, the rest in float32 rounded once
                Tensor gf = g[0].toFloat();
                Tensor sum = gf.sum(d, true).to(DType.BFLOAT16).toFloat();
                return new Tensor[] {gf.sub(y.toFloat().exp().mul(sum)).to(DType.BFLOAT16)};
            }
            return new Tensor[] {g[0].sub(y.exp().mul(g[0].sum(d, true)))};
        });
    }
}

package jtorch.internal.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Norm-based ops on whole tensors and slices: {@code dist} (the p-norm of a difference, DistBackward0) and {@code
 * renorm} (slices along a dim scaled down to a maximum p-norm, RenormBackward0), with PyTorch 1.13's checks and
 * gradients.
 */
public final class DistRenormOps {
    static final OpDef DIST = OpDef.of("dist", Saves.ALL_INPUTS.andOutput());
    static final OpDef RENORM = OpDef.of("renorm", Saves.inputs(0));
    static final OpDef RENORM_ = OpDef.withNode("renorm_", "RenormBackward0", Saves.inputs(0));

    // PyTorch's renorm adds this to the norm before dividing by it
    private static final double RENORM_EPS = 1e-7;

    private DistRenormOps() {
    }

    /**
     * The p-norm of {@code a - b} (broadcast, promoted; floating only) over all elements. PyTorch: {@code
     * torch.dist(input, other, p=2)}.
     */
    public static Tensor dist(Tensor a, Tensor b, double p) {
        // PyTorch subtracts first: the broadcast error, then norm's dtype error
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        DType t = TypePromotion.resultType(a, b);
        if (!t.isFloatingPoint()) {
            throw new IllegalArgumentException("norm(): input dtype should be either floating point or complex. Got "
                    + TypePromotion.scalarTypeName(t) + " instead.");
        }
        int[] all = Reductions.dimsOrAll(null, shape.length);
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(DIST, new Tensor[] {a, b}, () -> ReductionOps.normForward(a.sub(b), p, all, false),
                (ctx, g) -> {
                    Tensor d = ReductionOps.normBackward(g[0], ctx.input(0).sub(ctx.input(1)), p, ctx.output(), all,
                            false);
                    return new Tensor[] {ctx.needsInputGrad(0) ? ViewOps.sumTo(d, aShape) : null,
                        ctx.needsInputGrad(1) ? ViewOps.sumTo(d.neg(), bShape) : null};
                });
    }

    /**
     * Each slice of x along {@code dim} whose p-norm exceeds {@code maxnorm} scaled by {@code maxnorm / (norm +
     * 1e-7)}; the others unchanged. PyTorch: {@code torch.renorm(input, p, dim, maxnorm)}.
     */
    public static Tensor renorm(Tensor x, double p, int dim, double maxnorm) {
        int[] reduce = checkRenorm(x, p, dim, maxnorm);
        return Dispatch.apply(RENORM, new Tensor[] {x}, () -> renormForward(x, p, reduce, maxnorm),
                (ctx, g) -> new Tensor[] {renormBackward(g[0], ctx.input(0), p, reduce, maxnorm)});
    }

    /** The in-place form. PyTorch: {@code Tensor.renorm_(p, dim, maxnorm)}. */
    public static Tensor renorm_(Tensor x, double p, int dim, double maxnorm) {
        int[] reduce = checkRenorm(x, p, dim, maxnorm);
        return Dispatch.inPlace(RENORM_, x, new Tensor[0], v -> renorm(v, p, dim, maxnorm),
                () -> CopyOps.copyInto(x, renormForward(x, p, reduce, maxnorm)));
    }

    // PyTorch's checks in its order; returns the dims the norm reduces (all but dim)
    private static int[] checkRenorm(Tensor x, double p, int dim, double maxnorm) {
        if (!(p > 0)) {
            throw new IllegalArgumentException("renorm: non-positive-norm not supported");
        }
        if (!(maxnorm >= 0)) {
            throw new IllegalArgumentException("renorm: expected maxnorm to be >= 0 but got " + cppDouble(maxnorm));
        }
        if (x.dim() < 2) {
            throw new IllegalArgumentException("renorm: input needs at least 2 dimensions, got " + x.dim()
                    + " dimensions");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (!x.dtype().isFloatingPoint()) {
            DecompositionOps.checkFloating(x, "linalg.vector_norm");
        }
        int[] reduce = new int[x.dim() - 1];
        for (int i = 0, k = 0; i < x.dim(); i++) {
            if (i != d) {
                reduce[k++] = i;
            }
        }
        return reduce;
    }

    // a double as C++'s ostream prints it (six significant digits, no trailing zeros)
    private static String cppDouble(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toString();
    }

    private static Tensor renormForward(Tensor x, double p, int[] reduce, double maxnorm) {
        Tensor norm = ReductionOps.normForward(x, p, reduce, true);
        Tensor factor = Torch.where(norm.gt(maxnorm), norm.add(RENORM_EPS).reciprocal().mul(maxnorm),
                Torch.onesLike(norm));
        return x.mul(factor);
    }

    // out = x f(n) with f = maxnorm / (n + eps) where n > maxnorm: g f + f'(n) (Σ g x) dn/dx there, g elsewhere
    private static Tensor renormBackward(Tensor g, Tensor x, double p, int[] reduce, double maxnorm) {
        Tensor norm = MatrixFunctionOps.vectorNorm(x, p, reduce, true, null);  // recorded: second derivatives
        Tensor inv = norm.add(RENORM_EPS).reciprocal();
        Tensor gx = g.mul(x).sum(reduce, true);
        Tensor dn = ReductionOps.normBackward(gx, x, p, norm, reduce, true);
        Tensor scaled = g.mul(inv.mul(maxnorm)).sub(dn.mul(inv.square().mul(maxnorm)));
        return Torch.where(norm.gt(maxnorm), scaled, g);
    }
}

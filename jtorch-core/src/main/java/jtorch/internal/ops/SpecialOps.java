package jtorch.internal.ops;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;
import jtorch.internal.kernels.MathFunctions;
import jtorch.internal.kernels.SpecialFunctions;
import jtorch.internal.kernels.SpecialFunctions.Chebyshev;

/**
 * The special functions of PyTorch 1.13 ({@code torch.lgamma, digamma, polygamma, mvlgamma, i0, igamma, igammac,
 * sinc} and {@code torch.special}'s i0e, i1, i1e, erfcx, ndtri, log_ndtr, entr, xlog1py, zeta): integers give the
 * default float, each op refuses the dtypes its CPU kernel lacks with PyTorch's message, values are computed per
 * element in double ({@link SpecialFunctions}) and rounded once, and each gradient is derivatives.yaml's.
 */
public final class SpecialOps {
    static final OpDef LGAMMA = OpDef.of("lgamma", Saves.inputs(0));
    static final OpDef DIGAMMA = OpDef.of("digamma", Saves.inputs(0));
    static final OpDef POLYGAMMA = OpDef.of("polygamma", Saves.inputs(0));
    static final OpDef POLYGAMMA_INPLACE = OpDef.of("polygamma", 1, Saves.inputs(0));
    static final OpDef MVLGAMMA = OpDef.of("mvlgamma", Saves.inputs(0));
    static final OpDef I0 = OpDef.withNode("i0", "I0Backward0", Saves.inputs(0));
    static final OpDef I0E = OpDef.withNode("special_i0e", "SpecialI0EBackward0", Saves.inputs(0).andOutput());
    static final OpDef I1 = OpDef.withNode("special_i1", "SpecialI1Backward0", Saves.inputs(0).andOutput());
    static final OpDef I1E = OpDef.withNode("special_i1e", "SpecialI1EBackward0", Saves.inputs(0).andOutput());
    static final OpDef IGAMMA = OpDef.of("igamma", Saves.ALL_INPUTS);
    static final OpDef IGAMMAC = OpDef.of("igammac", Saves.ALL_INPUTS);
    static final OpDef SINC = OpDef.of("sinc", Saves.inputs(0));
    static final OpDef ERFCX = OpDef.of("special_erfcx", Saves.inputs(0).andOutput());
    static final OpDef NDTRI = OpDef.of("special_ndtri", Saves.OUTPUT);
    static final OpDef LOG_NDTR = OpDef.of("special_log_ndtr", Saves.inputs(0).andOutput());
    static final OpDef ENTR = OpDef.of("special_entr", Saves.inputs(0));
    static final OpDef XLOG1PY = OpDef.withNode("special_xlog1py", "SpecialXlog1PyBackward0", Saves.ALL_INPUTS);
    static final OpDef ZETA = OpDef.of("special_zeta", Saves.ALL_INPUTS);
    // PyTorch 1.13 gives these no derivative (their results never require grad)
    static final OpDef MODIFIED_BESSEL_I0 = OpDef.nonDifferentiable("special_modified_bessel_i0");
    static final OpDef MODIFIED_BESSEL_I1 = OpDef.nonDifferentiable("special_modified_bessel_i1");
    static final OpDef SPHERICAL_BESSEL_J0 = OpDef.nonDifferentiable("special_spherical_bessel_j0");
    static final OpDef AIRY_AI = OpDef.nonDifferentiable("special_airy_ai");
    static final OpDef BESSEL_J0 = OpDef.nonDifferentiable("special_bessel_j0");
    static final OpDef BESSEL_J1 = OpDef.nonDifferentiable("special_bessel_j1");
    static final OpDef BESSEL_Y0 = OpDef.nonDifferentiable("special_bessel_y0");
    static final OpDef BESSEL_Y1 = OpDef.nonDifferentiable("special_bessel_y1");
    static final OpDef MODIFIED_BESSEL_K0 = OpDef.nonDifferentiable("special_modified_bessel_k0");
    static final OpDef MODIFIED_BESSEL_K1 = OpDef.nonDifferentiable("special_modified_bessel_k1");
    static final OpDef SCALED_MODIFIED_BESSEL_K0 = OpDef.nonDifferentiable("special_scaled_modified_bessel_k0");
    static final OpDef SCALED_MODIFIED_BESSEL_K1 = OpDef.nonDifferentiable("special_scaled_modified_bessel_k1");

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final float PI_F = (float) Math.PI;

    private SpecialOps() {
    }

    /** Which reduced-precision dtypes a kernel accepts: none, bfloat16, or both half types. */
    private enum Halves { NONE, BFLOAT16, BOTH }

    private static DType floatResult(DType in, String kernel, Halves halves) {
        boolean refused = (in == DType.FLOAT16 && halves != Halves.BOTH)
                || (in == DType.BFLOAT16 && halves == Halves.NONE);
        if (refused) {
            throw PointwiseOps.notImplemented(kernel, in);
        }
        return in.isFloatingPoint() ? in : Torch.getDefaultDtype();
    }

    private static Tensor map(Tensor x, DType t, DoubleUnaryOperator f) {
        Tensor out = Operands.empty(Torch.options().dtype(t).device(x.device()), x.sizes());
        Operands.backend(out).mapDouble(Operands.of(x), f, Operands.of(out));
        return out;
    }

    private static Tensor zip(Tensor a, Tensor b, DType t, DoubleBinaryOperator f) {
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        Elementwise.checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(t).device(Elementwise.commonDevice(a, b)), shape);
        Operands.backend(out).zipDouble(Operands.broadcast(a, shape), Operands.broadcast(b, shape), f,
                Operands.of(out));
        return out;
    }

    // one special unary op: f in double rounded once; the in-place form needs a floating self
    private record Unary(OpDef def, String kernel, Halves halves, DoubleUnaryOperator f, Backward backward) {
        Tensor apply(Tensor x) {
            DType t = floatResult(x.dtype(), kernel, halves);
            return Dispatch.apply(def, new Tensor[] {x}, () -> map(x, t, f), backward);
        }

        Tensor apply_(Tensor x) {
            DType t = floatResult(x.dtype(), kernel, halves);
            Elementwise.checkCast(t, x.dtype());
            return Dispatch.inPlace(def, x, new Tensor[0], this::apply, () -> CopyOps.copyInto(x, map(x, t, f)));
        }
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    private static final Unary LGAMMA_OP = new Unary(LGAMMA, "lgamma_vml_cpu", Halves.BFLOAT16,
            SpecialFunctions::lgamma, (ctx, g) -> one(g[0].mul(digamma(ctx.input(0)))));
    private static final Unary DIGAMMA_OP = new Unary(DIGAMMA, "digamma", Halves.BFLOAT16,
            SpecialFunctions::digamma, (ctx, g) -> one(g[0].mul(polygamma(1, ctx.input(0)))));
    private static final Unary I0_OP = new Unary(I0, "i0_vml_cpu", Halves.BFLOAT16, SpecialFunctions::i0,
            (ctx, g) -> one(g[0].mul(i1(ctx.input(0)))));
    private static final Unary I0E_OP = new Unary(I0E, "i0e_cpu", Halves.BFLOAT16, SpecialFunctions::i0e,
            (ctx, g) -> one(g[0].mul(i1e(ctx.input(0)).sub(ctx.input(0).sgn().mul(ctx.output())))));
    private static final Unary I1_OP = new Unary(I1, "i1_cpu", Halves.NONE, SpecialFunctions::i1, (ctx, g) -> {
        Tensor x = ctx.input(0);
        return one(g[0].mul(atZero(x, i0(x).sub(ctx.output().div(x)))));
    });
    private static final Unary I1E_OP = new Unary(I1E, "i1e_cpu", Halves.NONE, SpecialFunctions::i1e, (ctx, g) -> {
        Tensor x = ctx.input(0);
        return one(g[0].mul(atZero(x, i0e(x).sub(ctx.output().mul(x.sgn().add(x.reciprocal()))))));
    });
    private static final Unary ERFCX_OP = new Unary(ERFCX, "erfcx_cpu", Halves.NONE, MathFunctions::erfcx,
            (ctx, g) -> one(g[0].mul(ctx.input(0).mul(ctx.output()).mul(2).sub(TWO_OVER_SQRT_PI))));
    private static final Unary NDTRI_OP = new Unary(NDTRI, "ndtri_cpu", Halves.NONE, SpecialFunctions::ndtri,
            (ctx, g) -> one(g[0].mul(ctx.output().square().div(2).exp()).mul(SQRT_2PI)));
    private static final Unary LOG_NDTR_OP = new Unary(LOG_NDTR, "log_ndtr_cpu", Halves.NONE,
            SpecialFunctions::logNdtr, (ctx, g) -> one(g[0].div(SQRT_2PI)
                    .mul(ctx.output().add(ctx.input(0).square().div(2)).neg().exp())));
    private static final Unary ENTR_OP = new Unary(ENTR, "entr_cpu", Halves.BFLOAT16, SpecialFunctions::entr,
            (ctx, g) -> one(g[0].mul(ctx.input(0).log().add(1).neg())));

    // i1's derivative at 0 is 1/2 (the formula's r / x is 0/0 there)
    private static Tensor atZero(Tensor x, Tensor d) {
        return ComparisonOps.where(x.eq(0), Torch.scalarTensor(0.5, d.dtype()), d);
    }

    // ---------------------------------------------------------------- gamma family

    /** log|Γ(x)|. PyTorch: {@code torch.lgamma(input)}; gradient {@code grad · digamma(x)}. */
    public static Tensor lgamma(Tensor x) {
        return LGAMMA_OP.apply(x);
    }

    public static Tensor lgamma_(Tensor x) {
        return LGAMMA_OP.apply_(x);
    }

    /** ψ(x). PyTorch: {@code torch.digamma(input)}; gradient {@code grad · polygamma(1, x)}. */
    public static Tensor digamma(Tensor x) {
        return DIGAMMA_OP.apply(x);
    }

    public static Tensor digamma_(Tensor x) {
        return DIGAMMA_OP.apply_(x);
    }

    /** ψ⁽ⁿ⁾(x). PyTorch: {@code torch.polygamma(n, input)}; gradient {@code grad · polygamma(n + 1, x)}. */
    public static Tensor polygamma(int n, Tensor x) {
        return polygammaOp(n, POLYGAMMA).apply(x);
    }

    // PyTorch records polygamma_ with its own node (overload 1: self comes first)
    public static Tensor polygamma_(Tensor x, int n) {
        return polygammaOp(n, POLYGAMMA_INPLACE).apply_(x);
    }

    private static Unary polygammaOp(int n, OpDef def) {
        if (n < 0) {
            throw new IllegalArgumentException("polygamma(n, x) does not support negative n.");
        }
        String kernel = n == 0 ? "digamma" : n == 1 ? "trigamma" : "polygamma";
        return new Unary(def, kernel, Halves.BFLOAT16, v -> SpecialFunctions.polygamma(n, v),
                (ctx, g) -> one(g[0].mul(polygamma(n + 1, ctx.input(0)))));
    }

    /**
     * The multivariate log-gamma {@code Σ_{j<p} lgamma(x - j/2) + p(p-1)/4 · log π}. PyTorch: {@code torch.mvlgamma(input, p)}; gradient {@code grad · Σ digamma(x - j/2)}.
     */
    public static Tensor mvlgamma(Tensor x, int p) {
        DType t = checkMvlgamma(x, p);
        return Dispatch.apply(MVLGAMMA, new Tensor[] {x}, () -> mvlgammaForward(x, p, t),
                (ctx, g) -> one(g[0].mul(digamma(halfSteps(ctx.input(0), p)).sum(-1))));
    }

    public static Tensor mvlgamma_(Tensor x, int p) {
        DType t = checkMvlgamma(x, p);
        Elementwise.checkCast(t, x.dtype());
        return Dispatch.inPlace(MVLGAMMA, x, new Tensor[0], v -> mvlgamma(v, p),
                () -> CopyOps.copyInto(x, mvlgammaForward(x, p, t)));
    }

    private static DType checkMvlgamma(Tensor x, int p) {
        if (p < 1) {
            throw new IllegalArgumentException("p has to be greater than or equal to 1");
        }
        // PyTorch 1.13 no longer checks x > (p-1)/2: smaller x take lgamma of the negative arguments
        return floatResult(x.dtype(), "lgamma_vml_cpu", Halves.BFLOAT16);
    }

    // x - j/2 for j = p-1, ..., 0 along a new last dimension, as PyTorch's arange(-p/2 + 1/2, 1/2, 1/2)
    private static Tensor halfSteps(Tensor x, int p) {
        double[] steps = new double[p];
        for (int j = 0; j < p; j++) {
            steps[j] = -(p - 1 - j) / 2.0;
        }
        return x.unsqueeze(-1).add(Torch.fromArray(steps).to(x.dtype()));
    }

    private static Tensor mvlgammaForward(Tensor x, int p, DType t) {
        return lgamma(halfSteps(x.to(t), p)).sum(-1).add(p * (p - 1) * Math.log(Math.PI) / 4);
    }

    // ---------------------------------------------------------------- Bessel functions

    /** I0(x). PyTorch: {@code torch.i0(input)}; gradient {@code grad · i1(x)}. */
    public static Tensor i0(Tensor x) {
        return I0_OP.apply(x);
    }

    public static Tensor i0_(Tensor x) {
        return I0_OP.apply_(x);
    }

    /** exp(-|x|) I0(x). PyTorch: {@code torch.special.i0e(input)}. */
    public static Tensor i0e(Tensor x) {
        return I0E_OP.apply(x);
    }

    /** I1(x). PyTorch: {@code torch.special.i1(input)}. */
    public static Tensor i1(Tensor x) {
        return I1_OP.apply(x);
    }

    /** exp(-|x|) I1(x). PyTorch: {@code torch.special.i1e(input)}. */
    public static Tensor i1e(Tensor x) {
        return I1E_OP.apply(x);
    }

    // ---------------------------------------------------------------- normal distribution, entropy

    /** exp(x²) erfc(x). PyTorch: {@code torch.special.erfcx(input)}; gradient {@code grad · (2x·r - 2/√π)}. */
    public static Tensor erfcx(Tensor x) {
        return ERFCX_OP.apply(x);
    }

    /**
     * The standard normal CDF composed as PyTorch 1.13 does in C++: {@code (1 + erf(x · √½)) · 0.5}, with mul.Scalar
     * nodes; half inputs are refused by erf's kernel. PyTorch: {@code torch.special.ndtr(input)}.
     */
    public static Tensor ndtr(Tensor x) {
        if (x.dtype() == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("erf_vml_cpu", x.dtype());
        }
        return ArithmeticOps.mulScalar(ArithmeticOps.mulScalar(x, Math.sqrt(0.5)).erf().add(1), 0.5);
    }

    /** The inverse of the standard normal CDF. PyTorch: {@code torch.special.ndtri(input)}. */
    public static Tensor ndtri(Tensor x) {
        return NDTRI_OP.apply(x);
    }

    /** log of the standard normal CDF, precise in its left tail. PyTorch: {@code torch.special.log_ndtr(input)}. */
    public static Tensor logNdtr(Tensor x) {
        return LOG_NDTR_OP.apply(x);
    }

    /** -x ln x elementwise (0 at 0, -inf below). PyTorch: {@code torch.special.entr(input)}. */
    public static Tensor entr(Tensor x) {
        return ENTR_OP.apply(x);
    }

    // ---------------------------------------------------------------- sinc

    /**
     * {@code sin(πx) / (πx)}, 1 at 0, computed in the tensor's dtype as PyTorch's kernel does (float32's πx is a
     * float product, which matters for large x). PyTorch: {@code torch.sinc(input)}.
     */
    public static Tensor sinc(Tensor x) {
        return sincOp(x).apply(x);
    }

    public static Tensor sinc_(Tensor x) {
        return sincOp(x).apply_(x);
    }

    private static Unary sincOp(Tensor x) {
        DoubleUnaryOperator f = x.dtype() == DType.FLOAT64 ? v -> {
            double p = Math.PI * v;
            return v == 0 ? 1 : Math.sin(p) / p;
        } : v -> {
            float p = PI_F * (float) v;
            return v == 0 ? 1 : (float) Math.sin(p) / p;
        };
        return new Unary(SINC, "sinc_cpu", Halves.BFLOAT16, f, (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor p = v.mul(Math.PI);
            Tensor d = p.mul(p.cos()).sub(p.sin()).div(p.mul(v));
            return one(g[0].mul(ComparisonOps.where(v.eq(0), Torch.scalarTensor(0, d.dtype()), d)));
        });
    }

    // ---------------------------------------------------------------- two-argument functions

    /**
     * The regularized lower incomplete gamma function P(a, x), broadcast, in a floating promoted dtype. PyTorch:
     * {@code torch.igamma(input, other)} ({@code torch.special.gammainc}); the gradient flows to x only (PyTorch
     * has none for a).
     */
    public static Tensor igamma(Tensor a, Tensor x) {
        return incompleteGamma(IGAMMA, a, x, false);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x). PyTorch: {@code torch.igammac}. */
    public static Tensor igammac(Tensor a, Tensor x) {
        return incompleteGamma(IGAMMAC, a, x, true);
    }

    public static Tensor igamma_(Tensor a, Tensor x) {
        return incompleteGamma_(IGAMMA, a, x, false);
    }

    public static Tensor igammac_(Tensor a, Tensor x) {
        return incompleteGamma_(IGAMMAC, a, x, true);
    }

    private static DType checkIgamma(Tensor a, Tensor x, boolean upper) {
        DType t = TypePromotion.resultType(a, x);
        if (!t.isFloatingPoint()) {
            throw PointwiseOps.notImplemented(upper ? "igammac_cpu" : "igamma_cpu", t);
        }
        return t;
    }

    private static DoubleBinaryOperator incompleteGammaFunction(boolean upper) {
        return upper ? SpecialFunctions::gammaincc : SpecialFunctions::gammainc;
    }

    private static Tensor incompleteGamma(OpDef def, Tensor a, Tensor x, boolean upper) {
        DType t = checkIgamma(a, x, upper);
        int[] xShape = x.sizes();
        String name = upper ? "igammac" : "igamma";
        return Dispatch.apply(def, new Tensor[] {a, x}, () -> zip(a.to(t), x.to(t), t, incompleteGammaFunction(upper)),
                (ctx, g) -> {
                    if (ctx.needsInputGrad(0)) {
                        throw new UnsupportedOperationException("the derivative for '" + name + ": input' is not "
                                + "implemented.");
                    }
                    Tensor s = ctx.input(0);
                    Tensor v = ctx.input(1);
                    // d/dx P(a, x) = x^(a-1) e^-x / Γ(a)
                    Tensor d = s.sub(1).mul(v.log()).sub(v).sub(lgamma(s)).exp();
                    return new Tensor[] {null, ViewOps.sumTo(g[0].mul(upper ? d.neg() : d), xShape)};
                });
    }

    private static Tensor incompleteGamma_(OpDef def, Tensor a, Tensor x, boolean upper) {
        DType t = checkIgamma(a, x, upper);
        Elementwise.checkOutput(a, t, x);
        return Dispatch.inPlace(def, a, new Tensor[] {x}, v -> incompleteGamma(def, v, x, upper),
                () -> CopyOps.copyInto(a, zip(a.to(t), x.to(t), t, incompleteGammaFunction(upper))));
    }

    /**
     * {@code x · log1p(y)}, 0 where x is 0 (unless y is NaN); integers give the default float. PyTorch:
     * {@code torch.special.xlog1py(input, other)}.
     */
    public static Tensor xlog1py(Tensor x, Tensor y) {
        DType t = floatResult(TypePromotion.resultType(x, y), "xlog1py_cpu", Halves.BOTH);
        int[] xShape = x.sizes();
        int[] yShape = y.sizes();
        return Dispatch.apply(XLOG1PY, new Tensor[] {x, y}, () -> zip(x.to(t), y.to(t), t, SpecialFunctions::xlog1py),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? ViewOps.sumTo(g[0].mul(xlog1py(ctx.input(0).ne(0), ctx.input(1))), xShape)
                        : null,
                    ctx.needsInputGrad(1) ? ViewOps.sumTo(g[0].mul(ctx.input(0)).div(ctx.input(1).add(1)), yShape)
                        : null});
    }

    /**
     * The Hurwitz zeta function {@code Σ_k (k + q)^-x}, broadcast. PyTorch: {@code torch.special.zeta(input, other)};
     * the gradient flows to q ({@code -x · zeta(x + 1, q)}), PyTorch has none for x.
     */
    public static Tensor zeta(Tensor x, Tensor q) {
        DType t = floatResult(TypePromotion.resultType(x, q), "zeta_cpu", Halves.NONE);
        int[] qShape = q.sizes();
        return Dispatch.apply(ZETA, new Tensor[] {x, q}, () -> zip(x.to(t), q.to(t), t, SpecialFunctions::zeta),
                (ctx, g) -> {
                    if (ctx.needsInputGrad(0)) {
                        throw new UnsupportedOperationException("the derivative for 'zeta' is not implemented.");
                    }
                    Tensor s = ctx.input(0);
                    return new Tensor[] {null,
                        ViewOps.sumTo(g[0].mul(s.neg()).mul(zeta(s.add(1), ctx.input(1))), qShape)};
                });
    }

    // ---------------------------------------------------------------- functions without a derivative

    private static final Unary MODIFIED_BESSEL_I0_OP = new Unary(MODIFIED_BESSEL_I0, "modified_bessel_i0_cpu",
            Halves.NONE, SpecialFunctions::i0, null);
    private static final Unary MODIFIED_BESSEL_I1_OP = new Unary(MODIFIED_BESSEL_I1, "modified_bessel_i1_cpu",
            Halves.NONE, SpecialFunctions::i1, null);
    private static final Unary SPHERICAL_BESSEL_J0_OP = new Unary(SPHERICAL_BESSEL_J0, "spherical_bessel_j0_cpu",
            Halves.NONE, SpecialFunctions::sphericalBesselJ0, null);
    private static final Unary AIRY_AI_OP = new Unary(AIRY_AI, "airy_ai_cpu", Halves.NONE, SpecialFunctions::airyAi,
            null);

    private static final Unary[] BESSEL_OPS = {
        new Unary(BESSEL_J0, "bessel_j0_cpu", Halves.NONE, SpecialFunctions::besselJ0, null),
        new Unary(BESSEL_J1, "bessel_j1_cpu", Halves.NONE, SpecialFunctions::besselJ1, null),
        new Unary(BESSEL_Y0, "bessel_y0_cpu", Halves.NONE, SpecialFunctions::besselY0, null),
        new Unary(BESSEL_Y1, "bessel_y1_cpu", Halves.NONE, SpecialFunctions::besselY1, null),
        new Unary(MODIFIED_BESSEL_K0, "modified_bessel_k0_cpu", Halves.NONE, SpecialFunctions::besselK0, null),
        new Unary(MODIFIED_BESSEL_K1, "modified_bessel_k1_cpu", Halves.NONE, SpecialFunctions::besselK1, null),
        new Unary(SCALED_MODIFIED_BESSEL_K0, "scaled_modified_bessel_k0_cpu", Halves.NONE,
                SpecialFunctions::besselK0e, null),
        new Unary(SCALED_MODIFIED_BESSEL_K1, "scaled_modified_bessel_k1_cpu", Halves.NONE,
                SpecialFunctions::besselK1e, null)};

    /** The Bessel functions of {@code torch.special} without a derivative in PyTorch 1.13. */
    public enum Bessel { J0, J1, Y0, Y1, K0, K1, K0_SCALED, K1_SCALED }

    /** J0, J1, Y0, Y1, K0, K1, e^x K0 or e^x K1. PyTorch: {@code torch.special.bessel_j0(input)} and the others. */
    public static Tensor bessel(Bessel kind, Tensor x) {
        return BESSEL_OPS[kind.ordinal()].apply(x);
    }

    /** I0(x) without a gradient. PyTorch: {@code torch.special.modified_bessel_i0(input)}. */
    public static Tensor modifiedBesselI0(Tensor x) {
        return MODIFIED_BESSEL_I0_OP.apply(x);
    }

    /** I1(x) without a gradient. PyTorch: {@code torch.special.modified_bessel_i1(input)}. */
    public static Tensor modifiedBesselI1(Tensor x) {
        return MODIFIED_BESSEL_I1_OP.apply(x);
    }

    /** Ai(x) without a gradient. PyTorch: {@code torch.special.airy_ai(input)}. */
    public static Tensor airyAi(Tensor x) {
        return AIRY_AI_OP.apply(x);
    }

    /** sin(x)/x without a gradient. PyTorch: {@code torch.special.spherical_bessel_j0(input)}. */
    public static Tensor sphericalBesselJ0(Tensor x) {
        return SPHERICAL_BESSEL_J0_OP.apply(x);
    }

    /**
     * The orthogonal polynomials of {@code torch.special}, each of x and a degree n (a tensor or a number, truncated
     * to an integer), broadcast, in the promoted floating dtype; no derivative in PyTorch 1.13.
     */
    public enum Polynomial {
        CHEBYSHEV_T("chebyshev_polynomial_t", (x, n) -> SpecialFunctions.chebyshev(Chebyshev.T, x, n, 6)),
        CHEBYSHEV_U("chebyshev_polynomial_u", (x, n) -> SpecialFunctions.chebyshev(Chebyshev.U, x, n, 8)),
        CHEBYSHEV_V("chebyshev_polynomial_v", (x, n) -> SpecialFunctions.chebyshev(Chebyshev.V, x, n, 8)),
        CHEBYSHEV_W("chebyshev_polynomial_w", (x, n) -> SpecialFunctions.chebyshev(Chebyshev.W, x, n, 8)),
        // PyTorch's shifted kernels switch to the closed form from lower degrees (W: above 4)
        SHIFTED_CHEBYSHEV_T("shifted_chebyshev_polynomial_t",
                (x, n) -> SpecialFunctions.chebyshev(Chebyshev.T, x + x - 1, n, 6)),
        SHIFTED_CHEBYSHEV_U("shifted_chebyshev_polynomial_u",
                (x, n) -> SpecialFunctions.chebyshev(Chebyshev.U, x + x - 1, n, 6)),
        SHIFTED_CHEBYSHEV_V("shifted_chebyshev_polynomial_v",
                (x, n) -> SpecialFunctions.chebyshev(Chebyshev.V, x + x - 1, n, 6)),
        SHIFTED_CHEBYSHEV_W("shifted_chebyshev_polynomial_w",
                (x, n) -> SpecialFunctions.chebyshev(Chebyshev.W, x + x - 1, n, 4)),
        HERMITE_H("hermite_polynomial_h", SpecialFunctions::hermiteH),
        HERMITE_HE("hermite_polynomial_he", SpecialFunctions::hermiteHe),
        LAGUERRE_L("laguerre_polynomial_l", SpecialFunctions::laguerre),
        LEGENDRE_P("legendre_polynomial_p", SpecialFunctions::legendre);

        private final OpDef def;
        private final String kernel;
        private final DoubleBinaryOperator f;

        Polynomial(String name, DoubleBinaryOperator f) {
            this.def = OpDef.nonDifferentiable("special_" + name);
            this.kernel = name + "_cpu";
            this.f = f;
        }
    }

    // the polynomials' defs as a field of the family, so loading SpecialOps registers them
    static final OpDef[] POLYNOMIALS = Arrays.stream(Polynomial.values()).map(p -> p.def)
            .toArray(OpDef[]::new);

    /** {@code p_n(x)}. PyTorch: {@code torch.special.<p>(input, n)}. */
    public static Tensor polynomial(Polynomial p, Tensor x, Tensor n) {
        DType t = floatResult(TypePromotion.resultType(x, n), p.kernel, Halves.NONE);
        return Dispatch.apply(p.def, new Tensor[] {x, n}, () -> zip(x.to(t), n.to(t), t, p.f), null);
    }
}

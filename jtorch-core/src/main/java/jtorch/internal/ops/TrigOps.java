package jtorch.internal.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;
import jtorch.internal.kernels.UnaryOp;

/**
 * The inverse trigonometric and the hyperbolic functions: asin, acos, atan, sinh, cosh on the elementwise
 * kernels, asinh, acosh, atanh computed in double with fdlibm's range splits (there is no kernel for them and no
 * Java library function) and rounded once to the result dtype. Integer and bool inputs give the default float
 * dtype, as in PyTorch. Each op's backward is its derivatives.yaml formula in differentiable ops.
 */
public final class TrigOps {
    static final OpDef ASIN = OpDef.of("asin", Saves.inputs(0));
    static final OpDef ACOS = OpDef.of("acos", Saves.inputs(0));
    static final OpDef ATAN = OpDef.of("atan", Saves.inputs(0));
    static final OpDef SINH = OpDef.of("sinh", Saves.inputs(0));
    static final OpDef COSH = OpDef.of("cosh", Saves.inputs(0));
    static final OpDef ASINH = OpDef.of("asinh", Saves.inputs(0));
    static final OpDef ACOSH = OpDef.of("acosh", Saves.inputs(0));
    static final OpDef ATANH = OpDef.of("atanh", Saves.inputs(0));
    // PyTorch 1.13 has no derivative for the in-place inverse hyperbolics: their nodes raise when reached
    static final OpDef ASINH_ = OpDef.of("asinh_", 1, Saves.NOTHING);
    static final OpDef ACOSH_ = OpDef.of("acosh_", 1, Saves.NOTHING);
    static final OpDef ATANH_ = OpDef.of("atanh_", 1, Saves.NOTHING);

    private static final double LN2 = Math.log(2);
    private static final double HUGE = 0x1p28; // beyond it sqrt(x² ± 1) is |x| to double precision

    private TrigOps() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    private static Tensor kernel(OpDef def, UnaryOp k, Tensor x, Backward backward) {
        return Dispatch.apply(def, new Tensor[] {x}, () -> Elementwise.unary(k, x), backward);
    }

    private static Tensor kernelInPlace(OpDef def, UnaryOp k, Tensor x, UnaryOperator<Tensor> outOfPlace) {
        Elementwise.checkCast(Elementwise.unaryResultType(k, x.dtype()), x.dtype());
        return Dispatch.inPlace(def, x, new Tensor[0], outOfPlace, () -> Elementwise.unaryInto(k, x, x));
    }

    // ---------------------------------------------------------------- on kernels

    /** PyTorch: {@code torch.asin}; gradient {@code 1 / sqrt(1 - x²)}. */
    public static Tensor asin(Tensor x) {
        return kernel(ASIN, UnaryOp.ASIN, x, (ctx, g) -> one(g[0].mul(ctx.input(0).square().rsub(1).rsqrt())));
    }

    public static Tensor asin_(Tensor x) {
        return kernelInPlace(ASIN, UnaryOp.ASIN, x, TrigOps::asin);
    }

    /** PyTorch: {@code torch.acos}; gradient {@code -1 / sqrt(1 - x²)}. */
    public static Tensor acos(Tensor x) {
        return kernel(ACOS, UnaryOp.ACOS, x, (ctx, g) -> one(g[0].mul(ctx.input(0).square().rsub(1).rsqrt().neg())));
    }

    public static Tensor acos_(Tensor x) {
        return kernelInPlace(ACOS, UnaryOp.ACOS, x, TrigOps::acos);
    }

    /** PyTorch: {@code torch.atan}; gradient {@code 1 / (1 + x²)}. */
    public static Tensor atan(Tensor x) {
        return kernel(ATAN, UnaryOp.ATAN, x, (ctx, g) -> one(g[0].div(ctx.input(0).square().add(1))));
    }

    public static Tensor atan_(Tensor x) {
        return kernelInPlace(ATAN, UnaryOp.ATAN, x, TrigOps::atan);
    }

    /** PyTorch: {@code torch.sinh}, infinite where exp(|x|) overflows; gradient {@code cosh(x)}. */
    public static Tensor sinh(Tensor x) {
        return Dispatch.apply(SINH, new Tensor[] {x}, () -> overflowAsPyTorch(x, Elementwise.unary(UnaryOp.SINH, x), true),
                (ctx, g) -> one(g[0].mul(cosh(ctx.input(0)))));
    }

    public static Tensor sinh_(Tensor x) {
        Elementwise.checkCast(Elementwise.unaryResultType(UnaryOp.SINH, x.dtype()), x.dtype());
        return Dispatch.inPlace(SINH, x, new Tensor[0], TrigOps::sinh,
                () -> CopyOps.copyInto(x, overflowAsPyTorch(x, Elementwise.unary(UnaryOp.SINH, x), true)));
    }

    /** PyTorch: {@code torch.cosh}, infinite where exp(|x|) overflows; gradient {@code sinh(x)}. */
    public static Tensor cosh(Tensor x) {
        return Dispatch.apply(COSH, new Tensor[] {x}, () -> overflowAsPyTorch(x, Elementwise.unary(UnaryOp.COSH, x), false),
                (ctx, g) -> one(g[0].mul(sinh(ctx.input(0)))));
    }

    public static Tensor cosh_(Tensor x) {
        Elementwise.checkCast(Elementwise.unaryResultType(UnaryOp.COSH, x.dtype()), x.dtype());
        return Dispatch.inPlace(COSH, x, new Tensor[0], TrigOps::cosh,
                () -> CopyOps.copyInto(x, overflowAsPyTorch(x, Elementwise.unary(UnaryOp.COSH, x), false)));
    }

    /**
     * PyTorch's CPU sinh and cosh (SLEEF's vector functions, for every length) build the result from exp(|x|)
     * and so overflow to infinity once exp does, just below the true overflow of sinh and cosh: for float
     * results past ln(FLT_MAX), for double past ln(DBL_MAX). The kernels here are exact there; this puts back
     * PyTorch's infinities.
     */
    private static Tensor overflowAsPyTorch(Tensor x, Tensor y, boolean odd) {
        double limit = y.dtype() == DType.FLOAT64 ? Math.log(Double.MAX_VALUE) : Math.log(Float.MAX_VALUE);
        Tensor inf = Torch.scalarTensor(Double.POSITIVE_INFINITY, y.dtype());
        Tensor xf = x.to(y.dtype()); // integers and bools are computed as floats
        Tensor big = xf.abs().gt(limit);
        return ComparisonOps.where(big, odd ? ComparisonOps.where(xf.lt(0), inf.neg(), inf) : inf, y);
    }

    // ---------------------------------------------------------------- computed in double

    private enum Fn { ASINH, ACOSH, ATANH }

    /** PyTorch: {@code torch.asinh}; gradient {@code 1 / sqrt(x² + 1)}. */
    public static Tensor asinh(Tensor x) {
        return inDouble(ASINH, Fn.ASINH, x, (ctx, g) -> one(g[0].mul(ctx.input(0).square().add(1).rsqrt())));
    }

    /** In place; like PyTorch 1.13, backward through it fails (no derivative for the in-place form). */
    public static Tensor asinh_(Tensor x) {
        return inDoubleInPlace(ASINH_, Fn.ASINH, x);
    }

    /** PyTorch: {@code torch.acosh}, NaN below 1; gradient {@code 1 / sqrt(x² - 1)}. */
    public static Tensor acosh(Tensor x) {
        return inDouble(ACOSH, Fn.ACOSH, x, (ctx, g) -> one(g[0].mul(ctx.input(0).square().sub(1).rsqrt())));
    }

    /** In place; like PyTorch 1.13, backward through it fails (no derivative for the in-place form). */
    public static Tensor acosh_(Tensor x) {
        return inDoubleInPlace(ACOSH_, Fn.ACOSH, x);
    }

    /** PyTorch: {@code torch.atanh}, ±inf at ±1 and NaN beyond; gradient {@code 1 / (1 - x²)}. */
    public static Tensor atanh(Tensor x) {
        return inDouble(ATANH, Fn.ATANH, x, (ctx, g) -> one(g[0].div(ctx.input(0).square().rsub(1))));
    }

    /** In place; like PyTorch 1.13, backward through it fails (no derivative for the in-place form). */
    public static Tensor atanh_(Tensor x) {
        return inDoubleInPlace(ATANH_, Fn.ATANH, x);
    }

    private static DType resultType(Tensor x) {
        return x.dtype().isFloatingPoint() ? x.dtype() : Torch.getDefaultDtype();
    }

    private static Tensor inDouble(OpDef def, Fn fn, Tensor x, Backward backward) {
        return Dispatch.apply(def, new Tensor[] {x}, () -> compute(fn, x), backward);
    }

    private static Tensor inDoubleInPlace(OpDef def, Fn fn, Tensor x) {
        Elementwise.checkCast(resultType(x), x.dtype());
        String name = fn.name().toLowerCase();
        return Dispatch.inPlace(def, x, new Tensor[0], v -> inDouble(def, fn, v, (ctx, g) -> {
            throw new UnsupportedOperationException("the derivative for 'inplace version of " + name
                    + "' is not implemented.");
        }), () -> CopyOps.copyInto(x, compute(fn, x)));
    }

    private static Tensor compute(Fn fn, Tensor x) {
        Tensor out = Operands.empty(Torch.options().dtype(resultType(x)).device(x.device()), x.sizes());
        java.util.function.DoubleUnaryOperator f = switch (fn) {
            case ASINH -> TrigOps::asinh;
            case ACOSH -> TrigOps::acosh;
            case ATANH -> TrigOps::atanh;
        };
        Operands.backend(out).mapDouble(Operands.of(x), f, Operands.of(out));
        return out;
    }

    // log(|x| + sqrt(x² + 1)) with the sign of x, split so that neither x² overflows nor small |x| cancels
    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a == 0) {
            return x;
        }
        double r;
        if (a > HUGE) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        } else {
            double t = a * a;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    // log(x + sqrt(x² - 1)), NaN below 1
    static double acosh(double x) {
        if (!(x >= 1)) {
            return Double.NaN;
        }
        if (x > HUGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    // log((1 + x) / (1 - x)) / 2 as log1p, so small |x| keeps its precision
    static double atanh(double x) {
        double a = Math.abs(x);
        if (!(a <= 1)) {
            return Double.NaN;
        }
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }
}

package jtorch.internal.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.UnaryOp;

/**
 * Elementwise one-input math and clamp: each op's dtype checks, forward (through {@link Elementwise})
 * and backward formula, side by side. Backward formulas use differentiable tensor ops, so
 * higher-order gradients work. Two-input arithmetic lives in {@link ArithmeticOps}, comparisons and
 * {@code where} in {@link ComparisonOps}.
 */
public final class PointwiseOps {
    private PointwiseOps() {
    }

    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);

    static final OpDef NEG = OpDef.of("neg", Saves.NOTHING);
    static final OpDef ABS = OpDef.of("abs", Saves.inputs(0));
    static final OpDef SQRT = OpDef.of("sqrt", Saves.OUTPUT);
    static final OpDef RSQRT = OpDef.of("rsqrt", Saves.OUTPUT);
    static final OpDef EXP = OpDef.of("exp", Saves.OUTPUT);
    static final OpDef EXPM1 = OpDef.of("expm1", Saves.OUTPUT);
    static final OpDef LOG = OpDef.of("log", Saves.inputs(0));
    static final OpDef LOG1P = OpDef.withNode("log1p", "Log1PBackward0", Saves.inputs(0));
    static final OpDef LOG2 = OpDef.of("log2", Saves.inputs(0));
    static final OpDef LOG10 = OpDef.of("log10", Saves.inputs(0));
    static final OpDef SIN = OpDef.of("sin", Saves.inputs(0));
    static final OpDef COS = OpDef.of("cos", Saves.inputs(0));
    static final OpDef TAN = OpDef.of("tan", Saves.OUTPUT);
    static final OpDef TANH = OpDef.of("tanh", Saves.OUTPUT);
    static final OpDef SIGMOID = OpDef.of("sigmoid", Saves.OUTPUT);
    static final OpDef RELU = OpDef.of("relu", Saves.OUTPUT);
    static final OpDef SIGN = OpDef.of("sign", Saves.NOTHING);
    static final OpDef FLOOR = OpDef.of("floor", Saves.NOTHING);
    static final OpDef CEIL = OpDef.of("ceil", Saves.NOTHING);
    static final OpDef TRUNC = OpDef.of("trunc", Saves.NOTHING);
    static final OpDef FRAC = OpDef.of("frac", Saves.NOTHING);
    static final OpDef ROUND = OpDef.of("round", Saves.NOTHING);
    static final OpDef RECIPROCAL = OpDef.of("reciprocal", Saves.OUTPUT);
    static final OpDef SQUARE = OpDef.withNode("square", "PowBackward0", Saves.inputs(0));
    static final OpDef ERF = OpDef.of("erf", Saves.inputs(0));
    static final OpDef ERFINV = OpDef.of("erfinv", Saves.OUTPUT);

    // ---------------------------------------------------------------- plumbing

    private static Tensor unary(OpDef def, UnaryOp k, Tensor x, Backward backward) {
        checkSupported(k, x.dtype());
        return Dispatch.apply(def, new Tensor[] {x}, () -> Elementwise.unary(k, x), backward);
    }

    private static Tensor unaryInPlace(OpDef def, UnaryOp k, Tensor x, UnaryOperator<Tensor> outOfPlace) {
        checkSupported(k, x.dtype());
        Elementwise.checkCast(Elementwise.unaryResultType(k, x.dtype()), x.dtype());
        return Dispatch.inPlace(def, x, new Tensor[0], outOfPlace, () -> Elementwise.unaryInto(k, x, x));
    }

    /** The dtypes PyTorch 1.13's CPU kernels reject, with its messages. */
    private static void checkSupported(UnaryOp k, DType d) {
        if (d == DType.BOOL) {
            switch (k) {
                case NEG -> throw new IllegalArgumentException("Negation, the `-` operator, on a bool tensor is not "
                        + "supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator "
                        + "instead.");
                case RELU -> throw new IllegalArgumentException("Boolean inputs not supported for relu");
                case ABS -> throw notImplemented("abs_cpu", d);
                case FLOOR, CEIL, TRUNC, ROUND -> throw notImplemented(k.name().toLowerCase() + "_vml_cpu", d);
                case FRAC -> throw notImplemented("frac_cpu", d);
                default -> {
                }
            }
        } else if (k == UnaryOp.FRAC && d.isIntegral()) {
            throw notImplemented("frac_cpu", d);
        }
    }

    /** PyTorch's dispatch error, e.g. {@code "frac_cpu" not implemented for 'Long'}. */
    static IllegalArgumentException notImplemented(String kernel, DType d) {
        return new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                + TypePromotion.scalarTypeName(d) + "'");
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    /** Gradient of a piecewise-constant op: zero everywhere. */
    private static final Backward ZERO_GRAD = (ctx, g) -> one(Torch.zerosLike(g[0]));

    // ---------------------------------------------------------------- unary ops

    public static Tensor neg(Tensor x) {
        return unary(NEG, UnaryOp.NEG, x, (ctx, g) -> one(g[0].neg()));
    }

    public static Tensor neg_(Tensor x) {
        return unaryInPlace(NEG, UnaryOp.NEG, x, PointwiseOps::neg);
    }

    public static Tensor abs(Tensor x) {
        return unary(ABS, UnaryOp.ABS, x, (ctx, g) -> one(g[0].mul(ctx.input(0).sign())));
    }

    public static Tensor abs_(Tensor x) {
        return unaryInPlace(ABS, UnaryOp.ABS, x, PointwiseOps::abs);
    }

    public static Tensor sqrt(Tensor x) {
        return unary(SQRT, UnaryOp.SQRT, x, (ctx, g) -> one(g[0].div(ctx.output().mul(2))));
    }

    public static Tensor sqrt_(Tensor x) {
        return unaryInPlace(SQRT, UnaryOp.SQRT, x, PointwiseOps::sqrt);
    }

    public static Tensor rsqrt(Tensor x) {
        return unary(RSQRT, UnaryOp.RSQRT, x, (ctx, g) -> one(g[0].mul(ctx.output().pow(3)).mul(-0.5)));
    }

    public static Tensor rsqrt_(Tensor x) {
        return unaryInPlace(RSQRT, UnaryOp.RSQRT, x, PointwiseOps::rsqrt);
    }

    public static Tensor exp(Tensor x) {
        return unary(EXP, UnaryOp.EXP, x, (ctx, g) -> one(g[0].mul(ctx.output())));
    }

    public static Tensor exp_(Tensor x) {
        return unaryInPlace(EXP, UnaryOp.EXP, x, PointwiseOps::exp);
    }

    public static Tensor expm1(Tensor x) {
        return unary(EXPM1, UnaryOp.EXPM1, x, (ctx, g) -> one(g[0].mul(ctx.output().add(1))));
    }

    public static Tensor expm1_(Tensor x) {
        return unaryInPlace(EXPM1, UnaryOp.EXPM1, x, PointwiseOps::expm1);
    }

    public static Tensor log(Tensor x) {
        return unary(LOG, UnaryOp.LOG, x, (ctx, g) -> one(g[0].div(ctx.input(0))));
    }

    public static Tensor log_(Tensor x) {
        return unaryInPlace(LOG, UnaryOp.LOG, x, PointwiseOps::log);
    }

    public static Tensor log1p(Tensor x) {
        return unary(LOG1P, UnaryOp.LOG1P, x, (ctx, g) -> one(g[0].div(ctx.input(0).add(1))));
    }

    public static Tensor log1p_(Tensor x) {
        return unaryInPlace(LOG1P, UnaryOp.LOG1P, x, PointwiseOps::log1p);
    }

    public static Tensor log2(Tensor x) {
        return unary(LOG2, UnaryOp.LOG2, x, (ctx, g) -> one(g[0].div(ctx.input(0).mul(LN2))));
    }

    public static Tensor log2_(Tensor x) {
        return unaryInPlace(LOG2, UnaryOp.LOG2, x, PointwiseOps::log2);
    }

    public static Tensor log10(Tensor x) {
        return unary(LOG10, UnaryOp.LOG10, x, (ctx, g) -> one(g[0].div(ctx.input(0).mul(LN10))));
    }

    public static Tensor log10_(Tensor x) {
        return unaryInPlace(LOG10, UnaryOp.LOG10, x, PointwiseOps::log10);
    }

    public static Tensor sin(Tensor x) {
        return unary(SIN, UnaryOp.SIN, x, (ctx, g) -> one(g[0].mul(ctx.input(0).cos())));
    }

    public static Tensor sin_(Tensor x) {
        return unaryInPlace(SIN, UnaryOp.SIN, x, PointwiseOps::sin);
    }

    public static Tensor cos(Tensor x) {
        return unary(COS, UnaryOp.COS, x, (ctx, g) -> one(g[0].mul(ctx.input(0).sin().neg())));
    }

    public static Tensor cos_(Tensor x) {
        return unaryInPlace(COS, UnaryOp.COS, x, PointwiseOps::cos);
    }

    public static Tensor tan(Tensor x) {
        return unary(TAN, UnaryOp.TAN, x, (ctx, g) -> one(g[0].mul(ctx.output().square().add(1))));
    }

    public static Tensor tan_(Tensor x) {
        return unaryInPlace(TAN, UnaryOp.TAN, x, PointwiseOps::tan);
    }

    public static Tensor tanh(Tensor x) {
        return unary(TANH, UnaryOp.TANH, x, (ctx, g) -> one(g[0].mul(ctx.output().square().rsub(1))));
    }

    public static Tensor tanh_(Tensor x) {
        return unaryInPlace(TANH, UnaryOp.TANH, x, PointwiseOps::tanh);
    }

    public static Tensor sigmoid(Tensor x) {
        return unary(SIGMOID, UnaryOp.SIGMOID, x, (ctx, g) -> {
            Tensor y = ctx.output();
            return one(g[0].mul(y.rsub(1).mul(y)));
        });
    }

    public static Tensor sigmoid_(Tensor x) {
        return unaryInPlace(SIGMOID, UnaryOp.SIGMOID, x, PointwiseOps::sigmoid);
    }

    /**
     * relu's gradient is zero where the result is {@code <= 0} and passes elsewhere, NaN included (PyTorch's
     * {@code threshold_backward(grad, result, 0)}).
     */
    public static Tensor relu(Tensor x) {
        return unary(RELU, UnaryOp.RELU, x, (ctx, g) -> one(ComparisonOps.where(ctx.output().le(0),
                Torch.scalarTensor(0, g[0].dtype()), g[0])));
    }

    public static Tensor relu_(Tensor x) {
        return unaryInPlace(RELU, UnaryOp.RELU, x, PointwiseOps::relu);
    }

    public static Tensor sign(Tensor x) {
        return unary(SIGN, UnaryOp.SIGN, x, ZERO_GRAD);
    }

    public static Tensor sign_(Tensor x) {
        return unaryInPlace(SIGN, UnaryOp.SIGN, x, PointwiseOps::sign);
    }

    public static Tensor floor(Tensor x) {
        return unary(FLOOR, UnaryOp.FLOOR, x, ZERO_GRAD);
    }

    public static Tensor floor_(Tensor x) {
        return unaryInPlace(FLOOR, UnaryOp.FLOOR, x, PointwiseOps::floor);
    }

    public static Tensor ceil(Tensor x) {
        return unary(CEIL, UnaryOp.CEIL, x, ZERO_GRAD);
    }

    public static Tensor ceil_(Tensor x) {
        return unaryInPlace(CEIL, UnaryOp.CEIL, x, PointwiseOps::ceil);
    }

    public static Tensor trunc(Tensor x) {
        return unary(TRUNC, UnaryOp.TRUNC, x, ZERO_GRAD);
    }

    public static Tensor trunc_(Tensor x) {
        return unaryInPlace(TRUNC, UnaryOp.TRUNC, x, PointwiseOps::trunc);
    }

    public static Tensor frac(Tensor x) {
        return unary(FRAC, UnaryOp.FRAC, x, (ctx, g) -> one(g[0]));
    }

    public static Tensor frac_(Tensor x) {
        return unaryInPlace(FRAC, UnaryOp.FRAC, x, PointwiseOps::frac);
    }

    /** Rounds half to even, as PyTorch's {@code round} does. */
    public static Tensor round(Tensor x) {
        return unary(ROUND, UnaryOp.ROUND, x, ZERO_GRAD);
    }

    public static Tensor round_(Tensor x) {
        return unaryInPlace(ROUND, UnaryOp.ROUND, x, PointwiseOps::round);
    }

    public static Tensor reciprocal(Tensor x) {
        return unary(RECIPROCAL, UnaryOp.RECIPROCAL, x, (ctx, g) -> one(g[0].mul(ctx.output().square()).neg()));
    }

    public static Tensor reciprocal_(Tensor x) {
        return unaryInPlace(RECIPROCAL, UnaryOp.RECIPROCAL, x, PointwiseOps::reciprocal);
    }

    /** {@code x * x}; bool squares to int64, since PyTorch defines square as {@code pow(x, 2)}. */
    public static Tensor square(Tensor x) {
        return unary(SQUARE, UnaryOp.SQUARE, x, (ctx, g) -> one(g[0].mul(ctx.input(0).mul(2))));
    }

    public static Tensor square_(Tensor x) {
        return unaryInPlace(SQUARE, UnaryOp.SQUARE, x, PointwiseOps::square);
    }

    /** PyTorch: {@code torch.erf}; gradient 2/sqrt(pi) * exp(-x^2). */
    public static Tensor erf(Tensor x) {
        return unary(ERF, UnaryOp.ERF, x, (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(g[0].mul(v.square().neg().exp().mul(2 / Math.sqrt(Math.PI))));
        });
    }

    public static Tensor erf_(Tensor x) {
        return unaryInPlace(ERF, UnaryOp.ERF, x, PointwiseOps::erf);
    }

    /** Inverse of erf on (-1, 1). PyTorch: {@code torch.erfinv}; gradient sqrt(pi)/2 * exp(erfinv(x)^2). */
    public static Tensor erfinv(Tensor x) {
        return unary(ERFINV, UnaryOp.ERFINV, x,
                (ctx, g) -> one(g[0].mul(ctx.output().square().exp().mul(Math.sqrt(Math.PI) / 2))));
    }

    public static Tensor erfinv_(Tensor x) {
        return unaryInPlace(ERFINV, UnaryOp.ERFINV, x, PointwiseOps::erfinv);
    }

    /**
     * {@code g} where {@code mask}, else 0 (a select, so an infinite g never turns into NaN). The zero is a
     * 0-d tensor that broadcasts, as PyTorch's {@code at::scalar_tensor(0.)}: no zero-filled copy of g.
     */
    static Tensor passWhere(Tensor mask, Tensor g) {
        return ComparisonOps.where(mask, g, Torch.scalarTensor(0, g.dtype()));
    }

    // ---------------------------------------------------------------- clamp

    static final OpDef CLAMP = OpDef.of("clamp", 1, Saves.inputs(0));
    static final OpDef CLAMP_MIN = OpDef.of("clamp_min", Saves.inputs(0));
    static final OpDef CLAMP_MAX = OpDef.of("clamp_max", Saves.inputs(0));

    /**
     * Clamps into [min, max]; either bound may be null. Bounds are Java numbers standing for Python
     * literals: an integral bound keeps an integer tensor's dtype, a floating one promotes it to the
     * default float (PyTorch's {@code clamp} type promotion). NaN elements stay NaN; min &gt; max gives
     * max; a NaN bound is ignored, as in PyTorch's CPU kernel. The gradient passes where
     * min &lt;= x &lt;= max.
     */
    public static Tensor clamp(Tensor x, Number min, Number max) {
        return clamp(CLAMP, x, min, max);
    }

    /** PyTorch: {@code clamp_min} (its own node, ClampMinBackward0). */
    public static Tensor clampMin(Tensor x, Number min) {
        return clamp(CLAMP_MIN, x, min, null);
    }

    /** PyTorch: {@code clamp_max} (ClampMaxBackward0). */
    public static Tensor clampMax(Tensor x, Number max) {
        return clamp(CLAMP_MAX, x, null, max);
    }

    private static Tensor clamp(OpDef def, Tensor x, Number min, Number max) {
        DType t = clampType(x, min, max);
        return Dispatch.apply(def, new Tensor[] {x}, () -> clampInto(x.to(t), null, min, max, t),
                (ctx, g) -> {
                    Tensor v = ctx.input(0);
                    Tensor keep = min == null ? v.le(max.doubleValue()) : max == null ? v.ge(min.doubleValue())
                            : v.ge(min.doubleValue()).logicalAnd(v.le(max.doubleValue()));
                    return one(passWhere(keep, g[0]));
                });
    }

    /** In-place {@link #clamp}; the result type must be x's own dtype. */
    public static Tensor clamp_(Tensor x, Number min, Number max) {
        return clamp_(CLAMP, x, min, max);
    }

    public static Tensor clampMin_(Tensor x, Number min) {
        return clamp_(CLAMP_MIN, x, min, null);
    }

    public static Tensor clampMax_(Tensor x, Number max) {
        return clamp_(CLAMP_MAX, x, null, max);
    }

    private static Tensor clamp_(OpDef def, Tensor x, Number min, Number max) {
        DType t = clampType(x, min, max);
        if (t != x.dtype()) {
            throw new IllegalArgumentException("result type " + TypePromotion.scalarTypeName(t)
                    + " can't be cast to the desired output type " + TypePromotion.scalarTypeName(x.dtype()));
        }
        return Dispatch.inPlace(def, x, new Tensor[0], s -> clamp(def, s, min, max),
                () -> clampInto(x, x, min, max, t));
    }


    private static DType clampType(Tensor x, Number min, Number max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        if (x.dtype().isFloatingPoint()) {
            return x.dtype();
        }
        Tensor lo = min == null ? null : scalarOperand(min);
        Tensor hi = max == null ? null : scalarOperand(max);
        return lo == null ? TypePromotion.resultType(x, hi) : hi == null ? TypePromotion.resultType(x, lo)
                : TypePromotion.resultType(x, lo, hi);
    }

    // min(max(x, lo), hi) in type t, into out (null: a new tensor)
    private static Tensor clampInto(Tensor x, Tensor out, Number min, Number max, DType t) {
        Tensor r = x;
        if (min != null && !Double.isNaN(min.doubleValue())) {
            r = step(BinaryOp.MAXIMUM, r, bound(min, t), out, t);
        }
        if (max != null && !Double.isNaN(max.doubleValue())) {
            r = step(BinaryOp.MINIMUM, r, bound(max, t), out, t);
        }
        return r == x && out == null ? x.clone() : r;
    }

    private static Tensor step(BinaryOp op, Tensor a, Tensor b, Tensor out, DType t) {
        if (out == null) {
            return Elementwise.binary(op, a, b, t);
        }
        Elementwise.binaryInto(op, a, b, out, t);
        return out;
    }

    private static Tensor bound(Number v, DType t) {
        return isIntegral(v) && !t.isFloatingPoint() ? Torch.wrapLong(v.longValue(), t)
                : Torch.scalarTensor(v.doubleValue(), t);
    }

    // ---------------------------------------------------------------- Java numbers as operands

    static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    /** A Java number as a wrapped operand: integral ones rank as Python ints, others as Python floats. */
    static Tensor scalarOperand(Number n) {
        return isIntegral(n) ? Torch.wrap(n.longValue()) : Torch.wrap(n.doubleValue());
    }
}

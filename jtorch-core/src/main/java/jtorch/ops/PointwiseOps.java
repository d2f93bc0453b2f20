package jtorch.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;
import jtorch.kernels.BinaryOp;
import jtorch.kernels.GenericKernels;
import jtorch.kernels.UnaryOp;

/**
 * Elementwise math: each op's checks, forward (through {@link Elementwise}) and backward formula,
 * side by side. Backward formulas use differentiable tensor ops, so higher-order gradients work;
 * binary formulas reduce gradients back over broadcast dims with {@link ViewOps#sumTo}.
 */
public final class PointwiseOps {
    private PointwiseOps() {
    }

    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);

    // ---------------------------------------------------------------- unary

    static final OpDef NEG = OpDef.of("neg");
    static final OpDef ABS = OpDef.of("abs");
    static final OpDef SQRT = OpDef.of("sqrt");
    static final OpDef RSQRT = OpDef.of("rsqrt");
    static final OpDef EXP = OpDef.of("exp");
    static final OpDef EXPM1 = OpDef.of("expm1");
    static final OpDef LOG = OpDef.of("log");
    static final OpDef LOG1P = OpDef.of("log1p");
    static final OpDef LOG2 = OpDef.of("log2");
    static final OpDef LOG10 = OpDef.of("log10");
    static final OpDef SIN = OpDef.of("sin");
    static final OpDef COS = OpDef.of("cos");
    static final OpDef TAN = OpDef.of("tan");
    static final OpDef TANH = OpDef.of("tanh");
    static final OpDef SIGMOID = OpDef.of("sigmoid");
    static final OpDef RELU = OpDef.of("relu");
    static final OpDef SIGN = OpDef.of("sign");
    static final OpDef FLOOR = OpDef.of("floor");
    static final OpDef CEIL = OpDef.of("ceil");
    static final OpDef TRUNC = OpDef.of("trunc");
    static final OpDef FRAC = OpDef.of("frac");
    static final OpDef ROUND = OpDef.of("round");
    static final OpDef RECIPROCAL = OpDef.of("reciprocal");
    static final OpDef SQUARE = OpDef.withNode("square", "PowBackward0");
    static final OpDef ERF = OpDef.of("erf");

    private static Tensor unary(OpDef def, UnaryOp k, Tensor x, Backward backward) {
        return Dispatch.apply(def, new Tensor[] {x}, () -> Elementwise.unary(k, x), backward);
    }

    private static Tensor unaryInPlace(OpDef def, UnaryOp k, Tensor x, UnaryOperator<Tensor> outOfPlace) {
        return Dispatch.inPlace(def, x, new Tensor[0], outOfPlace, () -> Elementwise.unaryInto(k, x, x));
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    /** Gradient of a piecewise-constant op: zero everywhere. */
    private static final Backward ZERO_GRAD = (ctx, g) -> one(Torch.zerosLike(g[0]));

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

    public static Tensor log(Tensor x) {
        return unary(LOG, UnaryOp.LOG, x, (ctx, g) -> one(g[0].div(ctx.input(0))));
    }

    public static Tensor log_(Tensor x) {
        return unaryInPlace(LOG, UnaryOp.LOG, x, PointwiseOps::log);
    }

    public static Tensor log1p(Tensor x) {
        return unary(LOG1P, UnaryOp.LOG1P, x, (ctx, g) -> one(g[0].div(ctx.input(0).add(1))));
    }

    public static Tensor log2(Tensor x) {
        return unary(LOG2, UnaryOp.LOG2, x, (ctx, g) -> one(g[0].div(ctx.input(0).mul(LN2))));
    }

    public static Tensor log10(Tensor x) {
        return unary(LOG10, UnaryOp.LOG10, x, (ctx, g) -> one(g[0].div(ctx.input(0).mul(LN10))));
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

    /** relu's gradient is 0 where the result is 0 (PyTorch's threshold_backward: x &lt;= 0 gets none). */
    public static Tensor relu(Tensor x) {
        return unary(RELU, UnaryOp.RELU, x, (ctx, g) -> one(g[0].mul(ctx.output().gt(0).to(g[0].dtype()))));
    }

    public static Tensor relu_(Tensor x) {
        return unaryInPlace(RELU, UnaryOp.RELU, x, PointwiseOps::relu);
    }

    public static Tensor sign(Tensor x) {
        return unary(SIGN, UnaryOp.SIGN, x, ZERO_GRAD);
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

    public static Tensor square(Tensor x) {
        return unary(SQUARE, UnaryOp.SQUARE, x, (ctx, g) -> one(g[0].mul(ctx.input(0).mul(2))));
    }

    /** PyTorch: {@code torch.erf}; gradient 2/sqrt(pi) * exp(-x^2). */
    public static Tensor erf(Tensor x) {
        return unary(ERF, UnaryOp.ERF, x, (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(g[0].mul(v.square().neg().exp().mul(2 / Math.sqrt(Math.PI))));
        });
    }

    // ---------------------------------------------------------------- binary arithmetic

    static final OpDef ADD = OpDef.of("add");
    static final OpDef SUB = OpDef.of("sub");
    static final OpDef MUL = OpDef.of("mul");
    static final OpDef DIV = OpDef.of("div");
    static final OpDef DIV_ROUNDING = OpDef.of("div", 1);
    static final OpDef POW = OpDef.of("pow");
    static final OpDef POW_TENSOR = OpDef.of("pow", 1);
    static final OpDef MAXIMUM = OpDef.of("maximum");
    static final OpDef MINIMUM = OpDef.of("minimum");
    static final OpDef REMAINDER = OpDef.of("remainder");
    static final OpDef FMOD = OpDef.of("fmod");
    static final OpDef ATAN2 = OpDef.of("atan2");

    private static Tensor[] reduced(Tensor ga, Tensor a, Tensor gb, Tensor b) {
        return new Tensor[] {ga == null ? null : ViewOps.sumTo(ga, a.shape()), gb == null ? null : ViewOps.sumTo(gb, b.shape())};
    }

    private static Tensor binary(OpDef def, BinaryOp k, Tensor a, Tensor b, DType computeType, Backward backward) {
        return Dispatch.apply(def, new Tensor[] {a, b}, () -> Elementwise.binary(k, a, b, computeType), backward);
    }

    private static Tensor binaryInPlace(OpDef def, BinaryOp k, Tensor self, Tensor other, DType computeType,
                                        UnaryOperator<Tensor> outOfPlace) {
        return Dispatch.inPlace(def, self, new Tensor[] {other}, outOfPlace,
                () -> Elementwise.binaryInto(k, self, other, self, computeType));
    }

    private static void checkAlpha(Tensor a, Tensor b, double alpha) {
        DType t = TypePromotion.resultType(a, b);
        if (!t.isFloatingPoint() && alpha != Math.rint(alpha)) {
            throw new IllegalArgumentException("For integral input tensors, argument alpha must not be a floating point number.");
        }
    }

    /** {@code a + alpha * b}. PyTorch: {@code torch.add(input, other, alpha=1)}. */
    public static Tensor add(Tensor a, Tensor b, double alpha) {
        checkAlpha(a, b, alpha);
        DType t = TypePromotion.resultType(a, b);
        return Dispatch.apply(ADD, new Tensor[] {a, b}, () -> Elementwise.binary(BinaryOp.ADD, a, scaledKeep(b, alpha), t),
                (ctx, g) -> reduced(g[0], a, g[0].mul(alpha), b));
    }

    public static Tensor add_(Tensor self, Tensor b, double alpha) {
        checkAlpha(self, b, alpha);
        DType t = TypePromotion.resultType(self, b);
        return Dispatch.inPlace(ADD, self, new Tensor[] {b}, s -> add(s, b, alpha),
                () -> Elementwise.binaryInto(BinaryOp.ADD, self, scaledKeep(b, alpha), self, t));
    }

    /** {@code a - alpha * b}. */
    public static Tensor sub(Tensor a, Tensor b, double alpha) {
        checkSubBool(a, b);
        checkAlpha(a, b, alpha);
        DType t = TypePromotion.resultType(a, b);
        return Dispatch.apply(SUB, new Tensor[] {a, b}, () -> Elementwise.binary(BinaryOp.SUB, a, scaledKeep(b, alpha), t),
                (ctx, g) -> reduced(g[0], a, g[0].mul(-alpha), b));
    }

    public static Tensor sub_(Tensor self, Tensor b, double alpha) {
        checkSubBool(self, b);
        checkAlpha(self, b, alpha);
        DType t = TypePromotion.resultType(self, b);
        return Dispatch.inPlace(SUB, self, new Tensor[] {b}, s -> sub(s, b, alpha),
                () -> Elementwise.binaryInto(BinaryOp.SUB, self, scaledKeep(b, alpha), self, t));
    }

    // alpha * b without letting the scaling change b's promotion rank (no autograd: only used in forwards)
    private static Tensor scaledKeep(Tensor b, double alpha) {
        if (alpha == 1) {
            return b;
        }
        try (var g = jtorch.autograd.GradMode.disable()) {
            Tensor s = Elementwise.binary(BinaryOp.MUL, b, Torch.wrap(alpha, b.dtype()), b.dtype());
            return b.isWrappedNumber() ? s.markWrappedNumber() : s;
        }
    }

    private static void checkSubBool(Tensor a, Tensor b) {
        if (a.dtype() == DType.BOOL && b.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported. "
                    + "Use the `^` or `logical_xor()` operator instead.");
        }
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Subtraction, the `-` operator, with a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
    }

    public static Tensor mul(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        return binary(MUL, BinaryOp.MUL, a, b, t, (ctx, g) -> reduced(
                ctx.needsInputGrad(0) ? g[0].mul(ctx.input(1)) : null, a,
                ctx.needsInputGrad(1) ? g[0].mul(ctx.input(0)) : null, b));
    }

    public static Tensor mul_(Tensor self, Tensor b) {
        return binaryInPlace(MUL, BinaryOp.MUL, self, b, TypePromotion.resultType(self, b), s -> mul(s, b));
    }

    /** True division (ints give the default float) or rounding_mode "trunc"/"floor". */
    public static Tensor div(Tensor a, Tensor b, String roundingMode) {
        DType t = divType(a, b, roundingMode);
        if (roundingMode == null) {
            return binary(DIV, BinaryOp.DIV, a, b, t, (ctx, g) -> {
                Tensor x = ctx.input(0);
                Tensor y = ctx.input(1);
                return reduced(ctx.needsInputGrad(0) ? g[0].div(y) : null, a,
                        ctx.needsInputGrad(1) ? g[0].neg().mul(x).div(y.square()) : null, b);
            });
        }
        return binary(DIV_ROUNDING, roundingKernel(roundingMode), a, b, t,
                (ctx, g) -> reduced(Torch.zerosLike(g[0]), a, Torch.zerosLike(g[0]), b));
    }

    public static Tensor div_(Tensor self, Tensor b, String roundingMode) {
        DType t = divType(self, b, roundingMode);
        BinaryOp k = roundingMode == null ? BinaryOp.DIV : roundingKernel(roundingMode);
        return binaryInPlace(roundingMode == null ? DIV : DIV_ROUNDING, k, self, b, t, s -> div(s, b, roundingMode));
    }

    private static DType divType(Tensor a, Tensor b, String roundingMode) {
        DType t = TypePromotion.resultType(a, b);
        return roundingMode == null && !t.isFloatingPoint() ? Torch.getDefaultDtype() : t;
    }

    private static BinaryOp roundingKernel(String mode) {
        return switch (mode) {
            case "trunc" -> BinaryOp.TRUNC_DIVIDE;
            case "floor" -> BinaryOp.FLOOR_DIVIDE;
            default -> throw new IllegalArgumentException("div expected rounding_mode to be one of None, 'trunc', or "
                    + "'floor' but found '" + mode + "'");
        };
    }

    /** PyTorch: {@code torch.pow}; a Java-number exponent gives PowBackward0, a tensor one PowBackward1. */
    public static Tensor pow(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        if (b.isWrappedNumber()) {
            double e = b.item();
            return binary(POW, BinaryOp.POW, a, b, t, (ctx, g) -> new Tensor[] {
                e == 0 ? Torch.zerosLike(g[0]) : g[0].mul(ctx.input(0).pow(e - 1).mul(e)), null});
        }
        return binary(POW_TENSOR, BinaryOp.POW, a, b, t, (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor ga = null;
            Tensor gb = null;
            if (ctx.needsInputGrad(0)) {
                Tensor d = g[0].mul(y).mul(x.pow(y.sub(1)));
                ga = where(y.eq(0), Torch.zerosLike(d), d);
            }
            if (ctx.needsInputGrad(1)) {
                Tensor d = g[0].mul(ctx.output()).mul(x.log());
                // 0^y with y >= 0 has derivative 0 in y, not nan (PyTorch masks it)
                gb = where(x.eq(0).logicalAnd(y.ge(0)), Torch.zerosLike(d), d);
            }
            return reduced(ga, a, gb, b);
        });
    }

    public static Tensor pow_(Tensor self, Tensor b) {
        return binaryInPlace(b.isWrappedNumber() ? POW : POW_TENSOR, BinaryOp.POW, self, b,
                TypePromotion.resultType(self, b), s -> pow(s, b));
    }

    /** Elementwise max; NaN propagates; ties split the gradient in half, as PyTorch does. */
    public static Tensor maximum(Tensor a, Tensor b) {
        return binary(MAXIMUM, BinaryOp.MAXIMUM, a, b, TypePromotion.resultType(a, b), (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor half = where(x.eq(y), g[0].div(2), g[0]);
            return reduced(half.maskedFill(x.lt(y), 0), a, half.maskedFill(x.gt(y), 0), b);
        });
    }

    public static Tensor minimum(Tensor a, Tensor b) {
        return binary(MINIMUM, BinaryOp.MINIMUM, a, b, TypePromotion.resultType(a, b), (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor half = where(x.eq(y), g[0].div(2), g[0]);
            return reduced(half.maskedFill(x.gt(y), 0), a, half.maskedFill(x.lt(y), 0), b);
        });
    }

    /** Python-style modulus (result has the divisor's sign). */
    public static Tensor remainder(Tensor a, Tensor b) {
        return binary(REMAINDER, BinaryOp.REMAINDER, a, b, TypePromotion.resultType(a, b), (ctx, g) -> reduced(
                g[0], a, ctx.needsInputGrad(1) ? g[0].neg().mul(ctx.input(0).div(ctx.input(1), "floor")) : null, b));
    }

    /** C-style modulus (result has the dividend's sign). */
    public static Tensor fmod(Tensor a, Tensor b) {
        return binary(FMOD, BinaryOp.FMOD, a, b, TypePromotion.resultType(a, b), (ctx, g) -> reduced(
                g[0], a, ctx.needsInputGrad(1) ? g[0].neg().mul(ctx.input(0).div(ctx.input(1), "trunc")) : null, b));
    }

    public static Tensor atan2(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        return binary(ATAN2, BinaryOp.ATAN2, a, b, t.isFloatingPoint() ? t : Torch.getDefaultDtype(), (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor r = x.square().add(y.square());
            return reduced(g[0].mul(y).div(r), a, g[0].mul(x).neg().div(r), b);
        });
    }

    // ---------------------------------------------------------------- clamp

    static final OpDef CLAMP = OpDef.of("clamp", 1);
    static final OpDef CLAMP_MIN = OpDef.of("clamp_min");
    static final OpDef CLAMP_MAX = OpDef.of("clamp_max");

    /** Clamps into [min, max] (either may be null); the gradient passes where min &lt;= x &lt;= max. */
    public static Tensor clamp(Tensor x, Double min, Double max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        OpDef def = min == null ? CLAMP_MAX : max == null ? CLAMP_MIN : CLAMP;
        return Dispatch.apply(def, new Tensor[] {x}, () -> clampForward(x, min, max), (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor keep = min == null ? v.le(max) : max == null ? v.ge(min) : v.ge(min).logicalAnd(v.le(max));
            return one(g[0].mul(keep.to(g[0].dtype())));
        });
    }

    public static Tensor clamp_(Tensor x, Double min, Double max) {
        OpDef def = min == null ? CLAMP_MAX : max == null ? CLAMP_MIN : CLAMP;
        return Dispatch.inPlace(def, x, new Tensor[0], s -> clamp(s, min, max), () -> {
            if (min != null) {
                Elementwise.binaryInto(BinaryOp.MAXIMUM, x, Torch.wrap(min, x.dtype()), x, x.dtype());
            }
            if (max != null) {
                Elementwise.binaryInto(BinaryOp.MINIMUM, x, Torch.wrap(max, x.dtype()), x, x.dtype());
            }
        });
    }

    // clamp(x, lo, hi) = min(max(x, lo), hi): NaN propagates and lo > hi yields hi, as in PyTorch
    private static Tensor clampForward(Tensor x, Double min, Double max) {
        DType t = x.dtype();
        if (!t.isFloatingPoint() && ((min != null && min != Math.rint(min)) || (max != null && max != Math.rint(max)))) {
            t = Torch.getDefaultDtype();
        }
        Tensor r = x;
        if (min != null) {
            r = Elementwise.binary(BinaryOp.MAXIMUM, r, Torch.wrap(min, t), t);
        }
        if (max != null) {
            r = Elementwise.binary(BinaryOp.MINIMUM, r, Torch.wrap(max, t), t);
        }
        return r == x ? x.clone() : r;
    }

    // ---------------------------------------------------------------- comparison, logic, where

    static final OpDef COMPARE = OpDef.nonDifferentiable("compare");
    static final OpDef WHERE = OpDef.withNode("where", "WhereBackward0");

    /** eq/ne/lt/le/gt/ge and logical and/or/xor: bool results, no gradient. */
    public static Tensor compare(BinaryOp op, Tensor a, Tensor b) {
        return Dispatch.apply(COMPARE, new Tensor[] {a, b},
                () -> Elementwise.binary(op, a, b, TypePromotion.resultType(a, b)), null);
    }

    public static Tensor logicalNot(Tensor x) {
        return compare(BinaryOp.EQ, x, Torch.wrap(0, x.dtype()));
    }

    public static Tensor isnan(Tensor x) {
        return Elementwise.test(GenericKernels.FloatTest.NAN, x);
    }

    public static Tensor isinf(Tensor x) {
        return Elementwise.test(GenericKernels.FloatTest.INF, x);
    }

    public static Tensor isfinite(Tensor x) {
        return Elementwise.test(GenericKernels.FloatTest.FINITE, x);
    }

    /** |a - b| &lt;= atol + rtol * |b|, with equal infinities close and NaNs close only if equalNan. */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(a.dtype() + " did not match " + b.dtype());
        }
        try (var g = jtorch.autograd.GradMode.disable()) {
            Tensor exact = a.eq(b);
            if (equalNan) {
                exact = exact.logicalOr(a.isnan().logicalAnd(b.isnan()));
            }
            if (!a.dtype().isFloatingPoint()) {
                return exact;
            }
            Tensor diff = a.sub(b).abs();
            Tensor tol = b.abs().mul(rtol).add(atol);
            Tensor close = diff.le(tol).logicalAnd(a.isfinite()).logicalAnd(b.isfinite());
            return exact.logicalOr(close);
        }
    }

    /** PyTorch: {@code torch.equal} — same shape and same values (NaN never equal). */
    public static boolean equal(Tensor a, Tensor b) {
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            return false;
        }
        try (var g = jtorch.autograd.GradMode.disable()) {
            return a.eq(b).all().itemBool();
        }
    }

    /** {@code cond ? a : b}; gradients flow to the branch that was chosen. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return Dispatch.apply(WHERE, new Tensor[] {a, b}, () -> Elementwise.where(cond, a, b), (ctx, g) -> {
            Tensor zero = Torch.zerosLike(g[0]);
            return reduced(ctx.needsInputGrad(0) ? where(cond, g[0], zero) : null, a,
                    ctx.needsInputGrad(1) ? where(cond, zero, g[0]) : null, b);
        });
    }
}

package jtorch.internal.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.UnaryOp;

/**
 * Elementwise two-input arithmetic (add, sub, mul, div, pow, remainder, fmod, maximum, minimum,
 * atan2) and their in-place forms: type promotion, dtype checks, forward and backward side by side.
 * Binary formulas reduce gradients back over broadcast dims with {@link ViewOps#sumTo}. A Java
 * number operand arrives as a wrapped 0-d tensor ({@link Torch#wrap(long)} / {@link Torch#wrap(double)}),
 * ranking below tensors in promotion exactly like a Python int/float literal.
 */
public final class ArithmeticOps {
    private ArithmeticOps() {
    }

    static final OpDef ADD = OpDef.of("add", Saves.NOTHING);
    static final OpDef SUB = OpDef.of("sub", Saves.NOTHING);
    static final OpDef MUL = OpDef.of("mul", Saves.CROSSED);
    static final OpDef DIV = OpDef.of("div", Saves.inputs(0, 1));
    /** div with an explicit rounding_mode argument (even None): PyTorch's div.Tensor_mode overload. */
    static final OpDef DIV_MODE = OpDef.of("div", 2, Saves.inputs(0, 1));
    static final OpDef POW = OpDef.of("pow", Saves.inputs(0));
    static final OpDef POW_TENSOR = OpDef.of("pow", 1, Saves.inputs(0, 1).andOutput());
    /** A number raised to a tensor: PyTorch's pow.Scalar overload (PowBackward2). */
    static final OpDef POW_SCALAR_BASE = OpDef.of("pow", 2, Saves.inputs(0).andOutput());
    static final OpDef MAXIMUM = OpDef.of("maximum", Saves.inputs(0, 1));
    static final OpDef MINIMUM = OpDef.of("minimum", Saves.inputs(0, 1));
    static final OpDef REMAINDER_SCALAR = OpDef.of("remainder", Saves.NOTHING);
    static final OpDef REMAINDER = OpDef.of("remainder", 1, Saves.inputs(0, 1));
    static final OpDef FMOD_SCALAR = OpDef.of("fmod", Saves.NOTHING);
    static final OpDef FMOD = OpDef.of("fmod", 1, Saves.inputs(0, 1));
    static final OpDef RSUB = OpDef.of("rsub", 1, Saves.NOTHING);
    static final OpDef ATAN2 = OpDef.of("atan2", Saves.inputs(0, 1));

    // ---------------------------------------------------------------- plumbing

    /** The gradients summed back over broadcast dims to the inputs' shapes {@code sa} and {@code sb}. */
    private static Tensor[] reduced(Tensor ga, int[] sa, Tensor gb, int[] sb) {
        return new Tensor[] {ga == null ? null : ViewOps.sumTo(ga, sa), gb == null ? null : ViewOps.sumTo(gb, sb)};
    }

    private static Tensor binary(OpDef def, BinaryOp k, Tensor a, Tensor b, DType computeType, Backward backward) {
        return Dispatch.apply(def, new Tensor[] {a, b}, () -> Elementwise.binary(k, a, b, computeType), backward);
    }

    /** {@code self = op(self, other)}: the result must broadcast to self's shape and cast to its dtype. */
    private static Tensor binaryInPlace(OpDef def, BinaryOp k, Tensor self, Tensor other, DType computeType,
                                       UnaryOperator<Tensor> outOfPlace) {
        Elementwise.checkOutput(self, computeType, other);
        return Dispatch.inPlace(def, self, new Tensor[] {other}, outOfPlace,
                () -> Elementwise.binaryInto(k, self, other, self, computeType));
    }

    private static void checkNotBool(String kernel, DType t) {
        if (t == DType.BOOL) {
            throw PointwiseOps.notImplemented(kernel, t);
        }
    }

    // ---------------------------------------------------------------- add / sub

    /**
     * {@code a + alpha * b}. PyTorch: {@code torch.add(input, other, alpha=1)}. An integral alpha
     * (Integer/Long) is a Python int; a Double alpha is a Python float and is rejected for integer
     * results, even when its value is whole, as PyTorch rejects {@code alpha=2.0}.
     */
    public static Tensor add(Tensor a, Tensor b, Number alpha) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = alphaType(a, b, alpha);
        return Dispatch.apply(ADD, new Tensor[] {a, b}, () -> Elementwise.binary(BinaryOp.ADD, a, scaled(b, alpha, t), t),
                (ctx, g) -> reduced(g[0], sa, ctx.needsInputGrad(1) ? scaleGrad(g[0], alpha) : null, sb));
    }

    public static Tensor add_(Tensor self, Tensor b, Number alpha) {
        DType t = alphaType(self, b, alpha);
        Elementwise.checkOutput(self, t, b);
        return Dispatch.inPlace(ADD, self, new Tensor[] {b}, s -> add(s, b, alpha),
                () -> Elementwise.binaryInto(BinaryOp.ADD, self, scaled(b, alpha, t), self, t));
    }

    /** {@code a - alpha * b}; bool operands are refused, as in PyTorch. */
    public static Tensor sub(Tensor a, Tensor b, Number alpha) {
        int[] sa = a.sizes(), sb = b.sizes();
        checkSubBool(a, b);
        DType t = alphaType(a, b, alpha);
        return Dispatch.apply(SUB, new Tensor[] {a, b}, () -> Elementwise.binary(BinaryOp.SUB, a, scaled(b, alpha, t), t),
                (ctx, g) -> reduced(g[0], sa, ctx.needsInputGrad(1) ? scaleGrad(g[0], alpha).neg() : null, sb));
    }

    public static Tensor sub_(Tensor self, Tensor b, Number alpha) {
        checkSubBool(self, b);
        DType t = alphaType(self, b, alpha);
        Elementwise.checkOutput(self, t, b);
        return Dispatch.inPlace(SUB, self, new Tensor[] {b}, s -> sub(s, b, alpha),
                () -> Elementwise.binaryInto(BinaryOp.SUB, self, scaled(b, alpha, t), self, t));
    }

    /** {@code other - self} for a Java-number other (Python's {@code 2.5 - x}). PyTorch: {@code torch.rsub}. */
    public static Tensor rsub(Tensor self, Tensor other) {
        int[] sa = self.sizes(), sb = other.sizes();
        checkSubBool(self, other);
        DType t = TypePromotion.resultType(self, other);
        return Dispatch.apply(RSUB, new Tensor[] {self, other}, () -> Elementwise.binary(BinaryOp.SUB, other, self, t),
                (ctx, g) -> reduced(g[0].neg(), sa, ctx.needsInputGrad(1) ? g[0] : null, sb));
    }

    private static DType alphaType(Tensor a, Tensor b, Number alpha) {
        DType t = TypePromotion.resultType(a, b);
        if (!t.isFloatingPoint() && !PointwiseOps.isIntegral(alpha)) {
            throw new IllegalArgumentException("For integral input tensors, argument alpha must not be a floating "
                    + "point number.");
        }
        return t;
    }

    private static boolean isOne(Number alpha) {
        return alpha.doubleValue() == 1;
    }

    private static Tensor scaleGrad(Tensor g, Number alpha) {
        return isOne(alpha) ? g : PointwiseOps.isIntegral(alpha) ? g.mul(alpha.longValue()) : g.mul(alpha.doubleValue());
    }

    // alpha * b computed in the result type t (no autograd: only used inside forwards)
    private static Tensor scaled(Tensor b, Number alpha, DType t) {
        if (isOne(alpha)) {
            return b;
        }
        Tensor factor = PointwiseOps.isIntegral(alpha) && !t.isFloatingPoint() ? Torch.wrapLong(alpha.longValue(), t)
                : Torch.scalarTensor(alpha.doubleValue(), t);
        return Elementwise.binary(BinaryOp.MUL, b, factor, t);
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

    // ---------------------------------------------------------------- mul / div

    public static Tensor mul(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = TypePromotion.resultType(a, b);
        return binary(MUL, BinaryOp.MUL, a, b, t, (ctx, g) -> reduced(
                ctx.needsInputGrad(0) ? g[0].mul(ctx.input(1)) : null, sa,
                ctx.needsInputGrad(1) ? g[0].mul(ctx.input(0)) : null, sb));
    }

    public static Tensor mul_(Tensor self, Tensor b) {
        return binaryInPlace(MUL, BinaryOp.MUL, self, b, TypePromotion.resultType(self, b), s -> mul(s, b));
    }

    /**
     * True division (integer operands give the default float) or {@code rounding_mode} "trunc" /
     * "floor", which keep integer dtypes. Integer division by zero raises "ZeroDivisionError" as in
     * PyTorch; float division by zero gives IEEE infinities and NaN in every mode.
     */
    public static Tensor div(Tensor a, Tensor b) {
        return trueDiv(DIV, a, b);
    }

    /** div with a rounding_mode argument (null, "trunc" or "floor"); rounded results have zero gradient. */
    public static Tensor div(Tensor a, Tensor b, String roundingMode) {
        int[] sa = a.sizes(), sb = b.sizes();
        if (roundingMode == null) {
            return trueDiv(DIV_MODE, a, b);
        }
        BinaryOp k = divKernel(roundingMode);
        DType t = divType(a, b, roundingMode);
        return binary(DIV_MODE, k, a, b, t, (ctx, g) -> reduced(Torch.zerosLike(g[0]), sa, Torch.zerosLike(g[0]), sb));
    }

    private static Tensor trueDiv(OpDef def, Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        return binary(def, BinaryOp.DIV, a, b, divType(a, b, null), (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            return reduced(ctx.needsInputGrad(0) ? g[0].div(y) : null, sa,
                    ctx.needsInputGrad(1) ? g[0].neg().mul(x).div(y.square()) : null, sb);
        });
    }

    public static Tensor div_(Tensor self, Tensor b) {
        return binaryInPlace(DIV, BinaryOp.DIV, self, b, divType(self, b, null), s -> div(s, b));
    }

    public static Tensor div_(Tensor self, Tensor b, String roundingMode) {
        BinaryOp k = divKernel(roundingMode);
        DType t = divType(self, b, roundingMode);
        return binaryInPlace(DIV_MODE, k, self, b, t, s -> div(s, b, roundingMode));
    }

    private static DType divType(Tensor a, Tensor b, String roundingMode) {
        DType t = TypePromotion.resultType(a, b);
        if (roundingMode == null) {
            return t.isFloatingPoint() ? t : Torch.getDefaultDtype();
        }
        checkNotBool("div_" + roundingMode + "_cpu", t);
        return t;
    }

    private static BinaryOp divKernel(String mode) {
        if (mode == null) {
            return BinaryOp.DIV;
        }
        return switch (mode) {
            case "trunc" -> BinaryOp.TRUNC_DIVIDE;
            case "floor" -> BinaryOp.FLOOR_DIVIDE;
            default -> throw new IllegalArgumentException("div expected rounding_mode to be one of None, 'trunc', or "
                    + "'floor' but found '" + mode + "'");
        };
    }

    // ---------------------------------------------------------------- pow

    /**
     * PyTorch: {@code torch.pow}. A Java-number exponent gives PowBackward0 and, like PyTorch's CPU
     * kernel, computes exponents 2, 0.5, -0.5 and -1 as square, sqrt, rsqrt and reciprocal (so
     * {@code (-inf) ** 0.5} is NaN, as sqrt says). An integer base with a negative integer Java
     * exponent is an error; with a tensor exponent it follows integer pow (1, ±1 or 0).
     */
    /**
     * {@code self ** exponent} for a number {@code self}, which takes part in type promotion as a Python scalar (an
     * integral exponent gives the default float). The exponent's gradient is {@code grad * result * ln(self)}, zero
     * where a zero base meets a non-negative exponent, as PyTorch masks it. PyTorch: {@code torch.pow(self: Number,
     * exponent)}.
     */
    public static Tensor pow(double self, Tensor exponent) {
        DType t = exponent.dtype().isFloatingPoint() ? exponent.dtype() : Torch.getDefaultDtype();
        double lnSelf = Math.log(self);
        return Dispatch.apply(POW_SCALAR_BASE, new Tensor[] {exponent},
                () -> Elementwise.binary(BinaryOp.POW, Torch.scalarTensor(self, t), exponent, t), (ctx, g) -> {
                    Tensor d = g[0].mul(ctx.output()).mul(lnSelf);
                    return new Tensor[] {self == 0 ? ComparisonOps.where(ctx.input(0).ge(0), Torch.zerosLike(d), d) : d};
                });
    }

    public static Tensor pow(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = powType(a, b);
        if (b.isWrappedNumber()) {
            double e = b.item();
            return Dispatch.apply(POW, new Tensor[] {a, b}, () -> powScalar(a, b, e, t, null),
                    (ctx, g) -> new Tensor[] {
                        e == 0 ? Torch.zerosLike(g[0]) : g[0].mul(ctx.input(0).pow(e - 1).mul(e)), null});
        }
        return binary(POW_TENSOR, BinaryOp.POW, a, b, t, (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor ga = null;
            Tensor gb = null;
            if (ctx.needsInputGrad(0)) {
                Tensor d = g[0].mul(y).mul(x.pow(y.sub(1)));
                ga = ComparisonOps.where(y.eq(0), Torch.zerosLike(d), d);
            }
            if (ctx.needsInputGrad(1)) {
                Tensor d = g[0].mul(ctx.output()).mul(x.log());
                // 0^y with y >= 0 has derivative 0 in y, not nan (PyTorch masks it)
                gb = ComparisonOps.where(x.eq(0).logicalAnd(y.ge(0)), Torch.zerosLike(d), d);
            }
            return reduced(ga, sa, gb, sb);
        });
    }

    public static Tensor pow_(Tensor self, Tensor b) {
        DType t = powType(self, b);
        Elementwise.checkOutput(self, t, b);
        if (b.isWrappedNumber()) {
            double e = b.item();
            return Dispatch.inPlace(POW, self, new Tensor[] {b}, s -> pow(s, b), () -> powScalar(self, b, e, t, self));
        }
        return Dispatch.inPlace(POW_TENSOR, self, new Tensor[] {b}, s -> pow(s, b),
                () -> Elementwise.binaryInto(BinaryOp.POW, self, b, self, t));
    }

    private static DType powType(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        if (t == DType.BOOL) {
            throw new IllegalArgumentException("\"pow\" not implemented for 'Bool'");
        }
        if (b.isWrappedNumber() && !t.isFloatingPoint() && !b.dtype().isFloatingPoint() && b.itemLong() < 0) {
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
        }
        return t;
    }

    // x ** e for a Java-number exponent, into out (null: a new tensor)
    private static Tensor powScalar(Tensor a, Tensor b, double e, DType t, Tensor out) {
        if (e == 1) {
            // PyTorch's pow_out copies the base for exponent 1 (x ** 2's backward asks for x ** 1 every step)
            Tensor x = a.to(t);
            if (out == null) {
                return x == a ? x.clone() : x;
            }
            if (out != a) {
                CopyOps.copyInto(out, x);
            }
            return out;
        }
        UnaryOp shortcut = !t.isFloatingPoint() ? null : e == 2 ? UnaryOp.SQUARE : e == 0.5 ? UnaryOp.SQRT
                : e == -0.5 ? UnaryOp.RSQRT : e == -1 ? UnaryOp.RECIPROCAL : null;
        if (shortcut == null) {
            if (out == null) {
                return Elementwise.binary(BinaryOp.POW, a, b, t);
            }
            Elementwise.binaryInto(BinaryOp.POW, a, b, out, t);
            return out;
        }
        Tensor x = a.to(t);
        if (out == null) {
            return Elementwise.unary(shortcut, x);
        }
        Elementwise.unaryInto(shortcut, x, out);
        return out;
    }

    // ---------------------------------------------------------------- maximum / minimum

    /**
     * Elementwise max; NaN propagates. The gradient goes to the larger input, split in half on ties;
     * where a NaN is involved neither input is smaller, so both get it in full (PyTorch's formula).
     */
    public static Tensor maximum(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        return binary(MAXIMUM, BinaryOp.MAXIMUM, a, b, TypePromotion.resultType(a, b),
                (ctx, g) -> extremumGrad(ctx.input(0), ctx.input(1), g[0], sa, sb, true));
    }

    /** Elementwise min; NaN propagates; gradients as in {@link #maximum}. */
    public static Tensor minimum(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        return binary(MINIMUM, BinaryOp.MINIMUM, a, b, TypePromotion.resultType(a, b),
                (ctx, g) -> extremumGrad(ctx.input(0), ctx.input(1), g[0], sa, sb, false));
    }

    private static Tensor[] extremumGrad(Tensor x, Tensor y, Tensor g, int[] sa, int[] sb, boolean max) {
        Tensor half = ComparisonOps.where(x.eq(y), g.div(2), g);
        Tensor zero = Torch.zerosLike(half);
        Tensor xLoses = max ? x.lt(y) : x.gt(y);
        Tensor yLoses = max ? x.gt(y) : x.lt(y);
        return reduced(ComparisonOps.where(xLoses, zero, half), sa, ComparisonOps.where(yLoses, zero, half), sb);
    }

    // ---------------------------------------------------------------- remainder / fmod / atan2

    /** Python-style modulus (the result has the divisor's sign). */
    public static Tensor remainder(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = moduloType("remainder_cpu", a, b);
        return binary(b.isWrappedNumber() ? REMAINDER_SCALAR : REMAINDER, BinaryOp.REMAINDER, a, b, t, (ctx, g) -> reduced(
                g[0], sa, ctx.needsInputGrad(1) ? g[0].neg().mul(ctx.input(0).div(ctx.input(1), "floor")) : null, sb));
    }

    public static Tensor remainder_(Tensor self, Tensor b) {
        return binaryInPlace(b.isWrappedNumber() ? REMAINDER_SCALAR : REMAINDER, BinaryOp.REMAINDER, self, b, moduloType("remainder_cpu", self, b),
                s -> remainder(s, b));
    }

    /** C-style modulus (the result has the dividend's sign). */
    public static Tensor fmod(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = moduloType("fmod_cpu", a, b);
        return binary(b.isWrappedNumber() ? FMOD_SCALAR : FMOD, BinaryOp.FMOD, a, b, t, (ctx, g) -> reduced(
                g[0], sa, ctx.needsInputGrad(1) ? g[0].neg().mul(ctx.input(0).div(ctx.input(1), "trunc")) : null, sb));
    }

    public static Tensor fmod_(Tensor self, Tensor b) {
        return binaryInPlace(b.isWrappedNumber() ? FMOD_SCALAR : FMOD, BinaryOp.FMOD, self, b, moduloType("fmod_cpu", self, b), s -> fmod(s, b));
    }

    private static DType moduloType(String kernel, Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        checkNotBool(kernel, t);
        return t;
    }

    /** Angle of (b, a) in radians; integer inputs give the default float. */
    public static Tensor atan2(Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        DType t = TypePromotion.resultType(a, b);
        return binary(ATAN2, BinaryOp.ATAN2, a, b, t.isFloatingPoint() ? t : Torch.getDefaultDtype(), (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor r = x.square().add(y.square());
            return reduced(g[0].mul(y).div(r), sa, g[0].mul(x).neg().div(r), sb);
        });
    }
}

package jtorch.internal.ops;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Elementwise number handling: deg2rad/rad2deg, exp2, fmax/fmin (NaN-ignoring), frexp, heaviside, nextafter,
 * signbit, sgn, isposinf/isneginf/isreal and isin, each with PyTorch 1.13's dtypes, node and gradient. (ldexp,
 * float_power and positive are compositions of other ops in PyTorch too and live on the API.)
 */
public final class NumericOps {
    static final OpDef DEG2RAD = OpDef.withNode("deg2rad", "Deg2RadBackward0", Saves.NOTHING);
    static final OpDef RAD2DEG = OpDef.withNode("rad2deg", "Rad2DegBackward0", Saves.NOTHING);
    static final OpDef EXP2 = OpDef.withNode("exp2", "Exp2Backward0", Saves.OUTPUT);
    static final OpDef FMAX = OpDef.of("fmax", Saves.ALL_INPUTS);
    static final OpDef FMIN = OpDef.of("fmin", Saves.ALL_INPUTS);
    static final OpDef FREXP = OpDef.of("frexp", Saves.OUTPUT);
    // PyTorch 1.13 records these two nodes but has no derivative for them
    static final OpDef HEAVISIDE = OpDef.withNode("heaviside", "NotImplemented", Saves.NOTHING);
    static final OpDef NEXTAFTER = OpDef.of("nextafter", Saves.NOTHING);
    static final OpDef SGN = OpDef.of("sgn", Saves.NOTHING);
    static final OpDef SIGNBIT = OpDef.nonDifferentiable("signbit");
    static final OpDef ISPOSINF = OpDef.nonDifferentiable("isposinf");
    static final OpDef ISNEGINF = OpDef.nonDifferentiable("isneginf");
    static final OpDef ISREAL = OpDef.nonDifferentiable("isreal");
    static final OpDef ISIN = OpDef.nonDifferentiable("isin");

    private static final double DEGREES_TO_RADIANS = Math.PI / 180;
    private static final double LN2 = Math.log(2);

    private NumericOps() {
    }

    private static DType floatResult(DType t) {
        return t.isFloatingPoint() ? t : Torch.getDefaultDtype();
    }

    // f per element in double, rounded once to t (half types in float, as PyTorch's half kernels compute)
    private static Tensor map(Tensor x, DType t, DoubleUnaryOperator f) {
        Tensor out = Operands.empty(Torch.options().dtype(t).device(x.device()), x.sizes());
        Operands.backend(out).mapDouble(Operands.of(x), f, Operands.of(out));
        return out;
    }

    private static Tensor zip(Tensor a, Tensor b, DType t, DoubleBinaryOperator f) {
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        Elementwise.checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(t).device(Elementwise.commonDevice(a, b)), shape);
        Operands.backend(out).zipDouble(Operands.broadcast(a.to(t), shape), Operands.broadcast(b.to(t), shape), f,
                Operands.of(out));
        return out;
    }

    // ---------------------------------------------------------------- deg2rad / rad2deg / exp2

    /** {@code x · π/180} (integers give the default float). PyTorch: {@code torch.deg2rad(input)}. */
    public static Tensor deg2rad(Tensor x) {
        return scale(DEG2RAD, x, DEGREES_TO_RADIANS);
    }

    /** {@code x · 180/π}. PyTorch: {@code torch.rad2deg(input)}. */
    public static Tensor rad2deg(Tensor x) {
        return scale(RAD2DEG, x, 1 / DEGREES_TO_RADIANS);
    }

    public static Tensor deg2rad_(Tensor x) {
        return scale_(DEG2RAD, x, DEGREES_TO_RADIANS);
    }

    public static Tensor rad2deg_(Tensor x) {
        return scale_(RAD2DEG, x, 1 / DEGREES_TO_RADIANS);
    }

    // PyTorch multiplies by the constant as a wrapped double: computed in the tensor's float dtype
    private static Tensor scale(OpDef def, Tensor x, double c) {
        DType t = floatResult(x.dtype());
        return Dispatch.apply(def, new Tensor[] {x}, () -> x.to(t).mul(c), (ctx, g) -> new Tensor[] {g[0].mul(c)});
    }

    private static Tensor scale_(OpDef def, Tensor x, double c) {
        Elementwise.checkCast(floatResult(x.dtype()), x.dtype());
        return Dispatch.inPlace(def, x, new Tensor[0], v -> scale(def, v, c), () -> CopyOps.copyInto(x, x.mul(c)));
    }

    /** {@code 2^x}. PyTorch: {@code torch.exp2(input)}; gradient {@code grad · result · ln 2}. */
    public static Tensor exp2(Tensor x) {
        DType t = floatResult(x.dtype());
        return Dispatch.apply(EXP2, new Tensor[] {x}, () -> map(x, t, v -> Math.pow(2, v)),
                (ctx, g) -> new Tensor[] {g[0].mul(ctx.output()).mul(LN2)});
    }

    public static Tensor exp2_(Tensor x) {
        DType t = floatResult(x.dtype());
        Elementwise.checkCast(t, x.dtype());
        return Dispatch.inPlace(EXP2, x, new Tensor[0], NumericOps::exp2,
                () -> CopyOps.copyInto(x, map(x, t, v -> Math.pow(2, v))));
    }

    // ---------------------------------------------------------------- fmax / fmin

    /**
     * The elementwise maximum ignoring NaN (NaN only where both are NaN), broadcast and promoted. PyTorch:
     * {@code torch.fmax(input, other)}; the gradient goes to input where {@code input >= other} or other is NaN.
     */
    public static Tensor fmax(Tensor a, Tensor b) {
        return fminmax(FMAX, a, b, true);
    }

    /** The elementwise minimum ignoring NaN. PyTorch: {@code torch.fmin(input, other)}. */
    public static Tensor fmin(Tensor a, Tensor b) {
        return fminmax(FMIN, a, b, false);
    }

    private static Tensor fminmax(OpDef def, Tensor a, Tensor b, boolean max) {
        DType t = TypePromotion.resultType(a, b);
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(def, new Tensor[] {a, b}, () -> {
            Tensor x = a.to(t);
            Tensor y = b.to(t);
            Tensor m = max ? x.maximum(y) : x.minimum(y);
            return ComparisonOps.where(x.isnan(), y, ComparisonOps.where(y.isnan(), x, m));
        }, (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor y = ctx.input(1);
            Tensor toX = (max ? x.ge(y) : x.le(y)).logicalOr(y.isnan());
            return new Tensor[] {
                ctx.needsInputGrad(0) ? ViewOps.sumTo(PointwiseOps.passWhere(toX, g[0]), aShape) : null,
                ctx.needsInputGrad(1) ? ViewOps.sumTo(PointwiseOps.passWhere(toX.logicalNot(), g[0]), bShape) : null};
        });
    }

    // ---------------------------------------------------------------- frexp

    /**
     * Mantissa in [0.5, 1) (by magnitude) and int32 exponent with {@code x = mantissa · 2^exponent}; zero, infinities
     * and NaN give themselves and exponent 0. PyTorch: {@code torch.frexp(input)}, floating dtypes only; the
     * mantissa's gradient is {@code grad / 2^exponent}.
     */
    public static ReturnTypes.Frexp frexp(Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("torch.frexp() only supports floating-point dtypes");
        }
        Tensor[] r = Dispatch.applyMulti(FREXP, new Tensor[] {x}, () -> {
            Tensor exponent = map(x, DType.INT32, v -> frexpExponent(v));
            return new Tensor[] {map(x, x.dtype(), v -> Math.scalb(v, -frexpExponent(v))), exponent};
        }, (ctx, g) -> new Tensor[] {g[0].div(Torch.pow(2.0, ctx.output(1)))}, 1);
        return new ReturnTypes.Frexp(r[0], r[1]);
    }

    private static int frexpExponent(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        if (Math.abs(v) < Double.MIN_NORMAL) {
            return frexpExponent(v * 0x1p54) - 54;
        }
        return Math.getExponent(v) + 1;
    }

    // ---------------------------------------------------------------- heaviside / nextafter

    /**
     * 0 where x &lt; 0, {@code values} where x == 0, 1 where x &gt; 0 (and NaN gives 0, as the kernel compares);
     * x and values must share a dtype. PyTorch: {@code torch.heaviside(input, values)}, which has no derivative.
     */
    public static Tensor heaviside(Tensor x, Tensor values) {
        checkHeaviside(x, values);
        return Dispatch.apply(HEAVISIDE, new Tensor[] {x, values}, () -> heavisideForward(x, values), (ctx, g) -> {
            throw new UnsupportedOperationException("derivative for aten::heaviside is not implemented");
        });
    }

    public static Tensor heaviside_(Tensor x, Tensor values) {
        checkHeaviside(x, values);
        Elementwise.checkOutput(x, x.dtype(), values);
        return Dispatch.inPlace(HEAVISIDE, x, new Tensor[] {values}, v -> heaviside(v, values),
                () -> CopyOps.copyInto(x, heavisideForward(x, values)));
    }

    private static void checkHeaviside(Tensor x, Tensor values) {
        if (x.dtype() != values.dtype()) {
            throw new IllegalArgumentException("heaviside is not yet implemented for tensors with different dtypes.");
        }
    }

    private static Tensor heavisideForward(Tensor x, Tensor values) {
        DType t = x.dtype();
        Tensor zero = Torch.wrapLong(0, t);
        Tensor step = x.gt(zero).to(t);
        return ComparisonOps.where(x.eq(zero), values, step);
    }

    /**
     * The next representable value after x towards y, in the promoted floating dtype (float32, float64 or
     * bfloat16). PyTorch: {@code torch.nextafter(input, other)}, which records a node without a derivative.
     */
    public static Tensor nextafter(Tensor x, Tensor y) {
        DType t = checkNextafter(TypePromotion.resultType(x, y));
        return Dispatch.apply(NEXTAFTER, new Tensor[] {x, y}, () -> zip(x, y, t, nextafterFunction(t)), (ctx, g) -> {
            throw new UnsupportedOperationException("the derivative for 'nextafter' is not implemented.");
        });
    }

    public static Tensor nextafter_(Tensor x, Tensor y) {
        DType t = checkNextafter(TypePromotion.resultType(x, y));
        Elementwise.checkOutput(x, t, y);
        return Dispatch.inPlace(NEXTAFTER, x, new Tensor[] {y}, v -> nextafter(v, y),
                () -> CopyOps.copyInto(x, zip(x, y, t, nextafterFunction(t))));
    }

    private static DType checkNextafter(DType t) {
        if (t != DType.FLOAT32 && t != DType.FLOAT64 && t != DType.BFLOAT16) {
            throw PointwiseOps.notImplemented("nextafter_cpu", t);
        }
        return t;
    }

    private static DoubleBinaryOperator nextafterFunction(DType t) {
        return switch (t) {
            case FLOAT64 -> Math::nextAfter;
            case FLOAT32 -> (a, b) -> Math.nextAfter((float) a, b);
            default -> NumericOps::nextafterBFloat16;
        };
    }

    // bfloat16 is the top half of a float: step its 16 bits
    private static double nextafterBFloat16(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (a == b) {
            return b;
        }
        if (a == 0) {
            return Math.copySign(Float.intBitsToFloat(1 << 16), b);
        }
        int bits = Float.floatToRawIntBits((float) a) >>> 16;
        bits += (a < b) == (a > 0) ? 1 : -1;
        return Float.intBitsToFloat(bits << 16);
    }

    // ---------------------------------------------------------------- sign tests

    /** Whether the sign bit is set (-0.0 and negative NaN included; false for bool). PyTorch: {@code torch.signbit}. */
    public static Tensor signbit(Tensor x) {
        return Dispatch.apply(SIGNBIT, new Tensor[] {x},
                () -> map(x, DType.BOOL, v -> Math.copySign(1.0, v) < 0 ? 1 : 0), null);
    }

    /**
     * The sign of a real tensor (its value divided by its absolute value, 0 at 0): {@code sign} for real dtypes,
     * bool included. PyTorch: {@code torch.sgn(input)}, whose gradient is zero for real inputs.
     */
    public static Tensor sgn(Tensor x) {
        return Dispatch.apply(SGN, new Tensor[] {x}, () -> sgnForward(x),
                (ctx, g) -> new Tensor[] {Torch.zerosLike(g[0])});
    }

    public static Tensor sgn_(Tensor x) {
        return Dispatch.inPlace(SGN, x, new Tensor[0], NumericOps::sgn, () -> CopyOps.copyInto(x, sgnForward(x)));
    }

    private static Tensor sgnForward(Tensor x) {
        return x.dtype() == DType.BOOL ? x.clone() : x.sign();
    }

    /** True at +inf (false everywhere for integers). PyTorch: {@code torch.isposinf(input)}. */
    public static Tensor isposinf(Tensor x) {
        return Dispatch.apply(ISPOSINF, new Tensor[] {x},
                () -> map(x, DType.BOOL, v -> v == Double.POSITIVE_INFINITY ? 1 : 0), null);
    }

    /** True at -inf. PyTorch: {@code torch.isneginf(input)}. */
    public static Tensor isneginf(Tensor x) {
        return Dispatch.apply(ISNEGINF, new Tensor[] {x},
                () -> map(x, DType.BOOL, v -> v == Double.NEGATIVE_INFINITY ? 1 : 0), null);
    }

    /** True everywhere: jtorch's dtypes are all real. PyTorch: {@code torch.isreal(input)}. */
    public static Tensor isreal(Tensor x) {
        return Dispatch.apply(ISREAL, new Tensor[] {x},
                () -> Torch.ones(Torch.options().dtype(DType.BOOL).device(x.device()), x.sizes()), null);
    }

    // ---------------------------------------------------------------- isin

    /**
     * Whether each element occurs among {@code testElements} (any shape), compared in the promoted dtype (NaN never
     * matches; bool is refused as in PyTorch); {@code invert} negates. {@code assumeUnique} only lets PyTorch pick a faster algorithm and does not
     * change the result. PyTorch: {@code torch.isin(elements, test_elements, assume_unique=False, invert=False)}.
     */
    public static Tensor isin(Tensor elements, Tensor testElements, boolean invert) {
        for (Tensor t : new Tensor[] {elements, testElements}) {
            if (t.dtype() == DType.BOOL) {
                throw new IllegalArgumentException("Unsupported input type encountered for isin(): Bool");
            }
        }
        return Dispatch.apply(ISIN, new Tensor[] {elements, testElements}, () -> {
            // one comparison per (element, test element) pair: PyTorch's small-input algorithm
            Tensor hits = elements.reshape(-1, 1).eq(testElements.reshape(1, -1));
            Tensor found = testElements.numel() == 0
                    ? Torch.zeros(Torch.options().dtype(DType.BOOL).device(elements.device()), elements.numel())
                    : hits.any(1, false);
            Tensor r = found.reshape(elements.sizes());
            return invert ? r.logicalNot() : r;
        }, null);
    }
}

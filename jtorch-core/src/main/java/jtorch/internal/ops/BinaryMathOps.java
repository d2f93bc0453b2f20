package jtorch.internal.ops;

import java.util.function.DoubleBinaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Elementwise math of two or three tensors beyond arithmetic: lerp, addcmul, addcdiv, hypot, logaddexp,
 * logaddexp2, xlogy and copysign. Operands broadcast and promote as in PyTorch; each op rejects the dtypes its
 * 1.13 CPU kernel lacks, with PyTorch's message. Forwards follow the kernels' formulas (lerp's two branches,
 * logaddexp's max plus log1p); hypot and copysign are computed per element in double, exactly, and rounded once.
 * Each gradient is summed back to its operand's shape.
 */
public final class BinaryMathOps {
    static final OpDef LERP = OpDef.of("lerp", Saves.NOTHING);
    static final OpDef LERP_TENSOR = OpDef.of("lerp", 1, Saves.ALL_INPUTS);
    static final OpDef ADDCMUL = OpDef.of("addcmul", Saves.crossed(1));
    static final OpDef ADDCDIV = OpDef.of("addcdiv", Saves.inputs(1, 2));
    static final OpDef HYPOT = OpDef.of("hypot", Saves.ALL_INPUTS.andOutput());
    static final OpDef LOGADDEXP = OpDef.of("logaddexp", Saves.ALL_INPUTS);
    static final OpDef LOGADDEXP2 = OpDef.withNode("logaddexp2", "Logaddexp2Backward0", Saves.ALL_INPUTS);
    static final OpDef XLOGY = OpDef.of("xlogy", Saves.ALL_INPUTS);
    static final OpDef XLOGY_SCALAR_SELF = OpDef.of("xlogy", 1, Saves.inputs(0));
    static final OpDef XLOGY_SCALAR_OTHER = OpDef.of("xlogy", 2, Saves.inputs(0));
    static final OpDef COPYSIGN = OpDef.of("copysign", Saves.inputs(0).andOutput());
    static final OpDef COPYSIGN_SCALAR = OpDef.of("copysign", 1, Saves.inputs(0).andOutput());

    private static final double LN2 = Math.log(2);

    private BinaryMathOps() {
    }

    // float, double and bfloat16: the dtypes of most of these kernels in PyTorch 1.13
    private static void checkFloating(DType d, String kernel) {
        if (d != DType.FLOAT32 && d != DType.FLOAT64 && d != DType.BFLOAT16) {
            throw PointwiseOps.notImplemented(kernel, d);
        }
    }

    // a formula captures operands' shapes, never the operands (FormulaCaptures)
    private static Tensor sumTo(Tensor g, int[] shape) {
        return ViewOps.sumTo(g, shape);
    }

    // ---------------------------------------------------------------- lerp

    /**
     * {@code start + weight (end - start)}, evaluated from the nearer end as PyTorch's kernel does
     * ({@code end - (end - start)(1 - weight)} for weight >= 0.5). start and end must share a floating dtype.
     * PyTorch: {@code torch.lerp(input, end, weight)}.
     */
    public static Tensor lerp(Tensor start, Tensor end, double weight) {
        checkLerp(start, end, null);
        int[] startShape = start.sizes();
        int[] endShape = end.sizes();
        return Dispatch.apply(LERP, new Tensor[] {start, end}, () -> {
            Tensor w = Torch.scalarTensor(weight, start.dtype());
            return lerpForward(start, end, w);
        }, (ctx, g) -> new Tensor[] {ctx.needsInputGrad(0) ? sumTo(g[0].mul(1 - weight), startShape) : null,
            ctx.needsInputGrad(1) ? sumTo(g[0].mul(weight), endShape) : null});
    }

    /** lerp with a weight per element (broadcast); PyTorch: {@code torch.lerp(input, end, weight)}. */
    public static Tensor lerp(Tensor start, Tensor end, Tensor weight) {
        checkLerp(start, end, weight);
        int[] startShape = start.sizes();
        int[] endShape = end.sizes();
        int[] weightShape = weight.sizes();
        return Dispatch.apply(LERP_TENSOR, new Tensor[] {start, end, weight}, () -> lerpForward(start, end, weight),
                (ctx, g) -> {
                    Tensor s = ctx.input(0);
                    Tensor e = ctx.input(1);
                    Tensor w = ctx.input(2);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? ViewOps.sumTo(g[0].mul(w.rsub(1)), startShape) : null,
                        ctx.needsInputGrad(1) ? ViewOps.sumTo(g[0].mul(w), endShape) : null,
                        ctx.needsInputGrad(2) ? ViewOps.sumTo(g[0].mul(e.sub(s)), weightShape) : null};
                });
    }

    private static Tensor lerpForward(Tensor start, Tensor end, Tensor w) {
        Tensor diff = end.sub(start);
        Tensor near = start.add(w.mul(diff));
        Tensor far = end.sub(diff.mul(w.rsub(1)));
        return ComparisonOps.where(w.abs().lt(0.5), near, far);
    }

    private static void checkLerp(Tensor start, Tensor end, Tensor weight) {
        if (end.dtype() != start.dtype()) {
            throw new IllegalArgumentException("expected dtype " + TypePromotion.cppTypeName(start.dtype())
                    + " for `end` but got dtype " + TypePromotion.cppTypeName(end.dtype()));
        }
        if (weight != null && weight.dtype() != start.dtype()) {
            throw new IllegalArgumentException("expected dtype " + TypePromotion.cppTypeName(start.dtype())
                    + " for `weight` but got dtype " + TypePromotion.cppTypeName(weight.dtype()));
        }
        checkFloating(start.dtype(), weight == null ? "lerp_kernel_scalar" : "lerp_kernel_tensor");
    }


    // ---------------------------------------------------------------- addcmul / addcdiv

    /** {@code input + value · t1 · t2}, broadcast. PyTorch: {@code torch.addcmul(input, tensor1, tensor2, value=1)}. */
    public static Tensor addcmul(Tensor input, Tensor t1, Tensor t2, double value) {
        DType t = TypePromotion.resultType(input, t1, t2);
        if (t == DType.BOOL || t == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("addcmul_cpu_out", t);
        }
        int[][] shapes = {input.sizes(), t1.sizes(), t2.sizes()};
        return Dispatch.apply(ADDCMUL, new Tensor[] {input, t1, t2}, () -> addcmulForward(input, t1, t2, value, t),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? sumTo(g[0], shapes[0]) : null,
                    ctx.needsInputGrad(1) ? sumTo(g[0].mul(ctx.input(2)).mul(value), shapes[1]) : null,
                    ctx.needsInputGrad(2) ? sumTo(g[0].mul(ctx.input(1)).mul(value), shapes[2]) : null});
    }

    public static Tensor addcmul_(Tensor input, Tensor t1, Tensor t2, double value) {
        DType t = TypePromotion.resultType(input, t1, t2);
        Elementwise.checkOutput(input, t, t1, t2);
        return Dispatch.inPlace(ADDCMUL, input, new Tensor[] {t1, t2}, v -> addcmul(v, t1, t2, value),
                () -> CopyOps.copyInto(input, addcmul(input, t1, t2, value)));
    }

    private static Tensor addcmulForward(Tensor input, Tensor t1, Tensor t2, double value, DType t) {
        Tensor v = t.isFloatingPoint() ? Torch.scalarTensor(value, t) : Torch.wrapLong((long) value, t);
        return input.to(t).add(v.mul(t1.to(t)).mul(t2.to(t)));
    }

    /**
     * {@code input + value · t1 / t2}, broadcast; integer operands are refused, as in PyTorch 1.13. PyTorch:
     * {@code torch.addcdiv(input, tensor1, tensor2, value=1)}.
     */
    public static Tensor addcdiv(Tensor input, Tensor t1, Tensor t2, double value) {
        DType t = TypePromotion.resultType(input, t1, t2);
        if (!t1.dtype().isFloatingPoint() && !t2.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Integer division with addcdiv is no longer supported, and in a future  "
                    + "release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv "
                    + "behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) "
                    + "for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future "
                    + "addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for "
                    + "all dtypes.");
        }
        if (t == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("addcdiv_cpu_out", t);
        }
        int[][] shapes = {input.sizes(), t1.sizes(), t2.sizes()};
        return Dispatch.apply(ADDCDIV, new Tensor[] {input, t1, t2}, () -> {
            Tensor v = Torch.scalarTensor(value, t);
            return input.to(t).add(v.mul(t1.to(t)).div(t2.to(t)));
        }, (ctx, g) -> {
            Tensor a = ctx.input(1);
            Tensor b = ctx.input(2);
            return new Tensor[] {
                ctx.needsInputGrad(0) ? sumTo(g[0], shapes[0]) : null,
                ctx.needsInputGrad(1) ? sumTo(g[0].mul(value).div(b), shapes[1]) : null,
                ctx.needsInputGrad(2) ? sumTo(g[0].mul(value).mul(a).div(b.square()).neg(), shapes[2]) : null};
        });
    }

    public static Tensor addcdiv_(Tensor input, Tensor t1, Tensor t2, double value) {
        DType t = TypePromotion.resultType(input, t1, t2);
        Elementwise.checkOutput(input, t, t1, t2);
        return Dispatch.inPlace(ADDCDIV, input, new Tensor[] {t1, t2}, v -> addcdiv(v, t1, t2, value),
                () -> CopyOps.copyInto(input, addcdiv(input, t1, t2, value)));
    }

    // ---------------------------------------------------------------- hypot / copysign (exact, per element)

    /** {@code sqrt(a² + b²)} without overflow or underflow. PyTorch: {@code torch.hypot(input, other)}. */
    public static Tensor hypot(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        checkFloating(t, "hypot_cpu");
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(HYPOT, new Tensor[] {a, b}, () -> perElement(a, b, t, Math::hypot), (ctx, g) -> {
            Tensor r = ctx.output();
            return new Tensor[] {
                ctx.needsInputGrad(0) ? sumTo(g[0].mul(ctx.input(0)).div(r), aShape) : null,
                ctx.needsInputGrad(1) ? sumTo(g[0].mul(ctx.input(1)).div(r), bShape) : null};
        });
    }

    public static Tensor hypot_(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        checkFloating(t, "hypot_cpu");
        Elementwise.checkOutput(a, t, b);
        return Dispatch.inPlace(HYPOT, a, new Tensor[] {b}, v -> hypot(v, b),
                () -> CopyOps.copyInto(a, perElement(a, b, t, Math::hypot)));
    }

    /**
     * |a| with the sign of b (a NaN's sign bit counts; integers give the default float). PyTorch:
     * {@code torch.copysign(input, other)}; the gradient of a is {@code result / a} (0 where a is 0), none
     * flows to b.
     */
    public static Tensor copysign(Tensor a, Tensor b) {
        DType t = floatResult(TypePromotion.resultType(a, b));
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        DType bType = b.dtype();
        return Dispatch.apply(COPYSIGN, new Tensor[] {a, b}, () -> perElement(a, b, t, Math::copySign),
                (ctx, g) -> new Tensor[] {copysignGrad(g[0], ctx.input(0), ctx.output(), aShape),
                    ctx.needsInputGrad(1) ? Operands.zeros(Torch.options().dtype(bType).device(g[0].device()), bShape) : null});
    }

    /** copysign with a number: PyTorch: {@code torch.copysign(input, other)} for a Python number (CopysignBackward1). */
    public static Tensor copysign(Tensor a, double b) {
        DType t = floatResult(TypePromotion.resultType(a, Torch.wrap(b)));
        int[] aShape = a.sizes();
        return Dispatch.apply(COPYSIGN_SCALAR, new Tensor[] {a}, () -> perElement(a, Torch.wrap(b), t, Math::copySign),
                (ctx, g) -> new Tensor[] {copysignGrad(g[0], ctx.input(0), ctx.output(), aShape)});
    }

    public static Tensor copysign_(Tensor a, Tensor b) {
        DType t = floatResult(TypePromotion.resultType(a, b));
        Elementwise.checkOutput(a, t, b);
        return Dispatch.inPlace(COPYSIGN, a, new Tensor[] {b}, v -> copysign(v, b),
                () -> CopyOps.copyInto(a, perElement(a, b, t, Math::copySign)));
    }

    // copysign_tensor_self_backward: grad · result / self, 0 where self is 0
    private static Tensor copysignGrad(Tensor g, Tensor self, Tensor result, int[] shape) {
        Tensor ratio = ComparisonOps.where(self.eq(0), Torch.scalarTensor(0, result.dtype()), result.div(self));
        return sumTo(g.mul(ratio), shape);
    }

    private static DType floatResult(DType t) {
        return t.isFloatingPoint() ? t : Torch.getDefaultDtype();
    }

    // f over the broadcast operands in double, rounded once to t
    private static Tensor perElement(Tensor a, Tensor b, DType t, DoubleBinaryOperator f) {
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        Elementwise.checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(t).device(Elementwise.commonDevice(a, b)), shape);
        Operands.backend(out).zipDouble(Operands.broadcast(a.to(t), shape), Operands.broadcast(b.to(t), shape), f,
                Operands.of(out));
        return out;
    }

    // ---------------------------------------------------------------- logaddexp / logaddexp2

    /** {@code log(exp(a) + exp(b))} without overflow. PyTorch: {@code torch.logaddexp(input, other)}. */
    public static Tensor logaddexp(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        checkFloating(t, "logaddexp_cpu");
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(LOGADDEXP, new Tensor[] {a, b}, () -> logaddexpForward(a.to(t), b.to(t), false),
                (ctx, g) -> {
                    Tensor x = ctx.input(0);
                    Tensor y = ctx.input(1);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? sumTo(g[0].div(y.sub(x).exp().add(1)), aShape) : null,
                        ctx.needsInputGrad(1) ? sumTo(g[0].div(x.sub(y).exp().add(1)), bShape) : null};
                });
    }

    /** {@code log2(2^a + 2^b)} without overflow. PyTorch: {@code torch.logaddexp2(input, other)}. */
    public static Tensor logaddexp2(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        checkFloating(t, "logaddexp2_cpu");
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(LOGADDEXP2, new Tensor[] {a, b}, () -> logaddexpForward(a.to(t), b.to(t), true),
                (ctx, g) -> {
                    Tensor x = ctx.input(0);
                    Tensor y = ctx.input(1);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? sumTo(g[0].div(y.sub(x).mul(LN2).exp().add(1)), aShape) : null,
                        ctx.needsInputGrad(1) ? sumTo(g[0].div(x.sub(y).mul(LN2).exp().add(1)), bShape) : null};
                });
    }

    // PyTorch's kernel: a where both are the same infinity, else max + log1p(exp(-|a - b|)) (base 2: exp2, / ln 2)
    private static Tensor logaddexpForward(Tensor a, Tensor b, boolean base2) {
        Tensor m = a.maximum(b);
        Tensor d = a.sub(b).abs().neg();
        Tensor tail = base2 ? d.mul(LN2).exp().log1p().mul(Torch.scalarTensor(1 / LN2, a.dtype()))
                : d.exp().log1p();
        return ComparisonOps.where(a.isinf().logicalAnd(a.eq(b)), a, m.add(tail));
    }

    // ---------------------------------------------------------------- xlogy

    /**
     * {@code x · log(y)}, 0 where x is 0 (unless y is NaN); integers give the default float. PyTorch:
     * {@code torch.xlogy(input, other)}.
     */
    public static Tensor xlogy(Tensor x, Tensor y) {
        DType t = floatResult(TypePromotion.resultType(x, y));
        int[] xShape = x.sizes();
        int[] yShape = y.sizes();
        return Dispatch.apply(XLOGY, new Tensor[] {x, y}, () -> xlogyForward(x, y, t), (ctx, g) -> new Tensor[] {
            ctx.needsInputGrad(0) ? sumTo(g[0].mul(xlogyForward(ctx.input(0).ne(0), ctx.input(1), g[0].dtype())),
                xShape) : null,
            ctx.needsInputGrad(1) ? sumTo(g[0].mul(ctx.input(0)).div(ctx.input(1)), yShape) : null});
    }

    /** xlogy with a number for y (XlogyBackward2). PyTorch: {@code torch.xlogy(input, other)}. */
    public static Tensor xlogy(Tensor x, double y) {
        DType t = floatResult(TypePromotion.resultType(x, Torch.wrap(y)));
        return Dispatch.apply(XLOGY_SCALAR_OTHER, new Tensor[] {x}, () -> xlogyForward(x, Torch.wrap(y), t),
                (ctx, g) -> new Tensor[] {g[0].mul(xlogyForward(ctx.input(0).ne(0), Torch.wrap(y), g[0].dtype()))});
    }

    /** xlogy with a number for x (XlogyBackward1). PyTorch: {@code torch.xlogy(self, other)} with a Python number self. */
    public static Tensor xlogy(double x, Tensor y) {
        DType t = floatResult(TypePromotion.resultType(Torch.wrap(x), y));
        return Dispatch.apply(XLOGY_SCALAR_SELF, new Tensor[] {y}, () -> xlogyForward(Torch.wrap(x), y, t),
                (ctx, g) -> new Tensor[] {g[0].mul(x).div(ctx.input(0))});
    }

    public static Tensor xlogy_(Tensor x, Tensor y) {
        DType t = floatResult(TypePromotion.resultType(x, y));
        Elementwise.checkOutput(x, t, y);
        return Dispatch.inPlace(XLOGY, x, new Tensor[] {y}, v -> xlogy(v, y),
                () -> CopyOps.copyInto(x, xlogyForward(x, y, t)));
    }

    private static Tensor xlogyForward(Tensor x, Tensor y, DType t) {
        Tensor a = x.to(t);
        Tensor b = y.to(t);
        Tensor nan = Torch.scalarTensor(Double.NaN, t);
        Tensor zero = Torch.scalarTensor(0, t);
        return ComparisonOps.where(b.isnan(), nan, ComparisonOps.where(a.eq(0), zero, a.mul(b.log())));
    }
}

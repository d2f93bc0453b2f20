package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;

/**
 * Comparisons (eq, ne, lt, le, gt, ge), logical ops, float tests (isnan, isinf, isfinite),
 * closeness (isclose, allclose, equal) and {@code where}. All but {@code where} return bool tensors
 * (or a Java boolean) and have no gradient. Comparisons promote both operands to their common dtype
 * first, as PyTorch does.
 */
public final class ComparisonOps {
    private ComparisonOps() {
    }

    static final OpDef EQ = OpDef.nonDifferentiable("eq");
    static final OpDef NE = OpDef.nonDifferentiable("ne");
    static final OpDef LT = OpDef.nonDifferentiable("lt");
    static final OpDef LE = OpDef.nonDifferentiable("le");
    static final OpDef GT = OpDef.nonDifferentiable("gt");
    static final OpDef GE = OpDef.nonDifferentiable("ge");
    static final OpDef LOGICAL_AND = OpDef.nonDifferentiable("logical_and");
    static final OpDef LOGICAL_OR = OpDef.nonDifferentiable("logical_or");
    static final OpDef LOGICAL_XOR = OpDef.nonDifferentiable("logical_xor");
    static final OpDef LOGICAL_NOT = OpDef.nonDifferentiable("logical_not");
    static final OpDef ISNAN = OpDef.nonDifferentiable("isnan");
    static final OpDef ISINF = OpDef.nonDifferentiable("isinf");
    static final OpDef ISFINITE = OpDef.nonDifferentiable("isfinite");
    static final OpDef ISCLOSE = OpDef.nonDifferentiable("isclose");
    /** Inputs (condition, input, other), as PyTorch's {@code where(condition, input, other)}; keeps the condition. */
    static final OpDef WHERE = OpDef.withNode("where", "WhereBackward0", Saves.inputs(0));

    private static Tensor compare(OpDef def, BinaryOp op, Tensor a, Tensor b) {
        return Dispatch.apply(def, new Tensor[] {a, b},
                () -> Elementwise.binary(op, a, b, TypePromotion.resultType(a, b)), null);
    }

    public static Tensor eq(Tensor a, Tensor b) {
        return compare(EQ, BinaryOp.EQ, a, b);
    }

    public static Tensor ne(Tensor a, Tensor b) {
        return compare(NE, BinaryOp.NE, a, b);
    }

    public static Tensor lt(Tensor a, Tensor b) {
        return compare(LT, BinaryOp.LT, a, b);
    }

    public static Tensor le(Tensor a, Tensor b) {
        return compare(LE, BinaryOp.LE, a, b);
    }

    public static Tensor gt(Tensor a, Tensor b) {
        return compare(GT, BinaryOp.GT, a, b);
    }

    public static Tensor ge(Tensor a, Tensor b) {
        return compare(GE, BinaryOp.GE, a, b);
    }

    /** Elementwise "both non-zero" of any dtypes. PyTorch: {@code torch.logical_and}. */
    public static Tensor logicalAnd(Tensor a, Tensor b) {
        return compare(LOGICAL_AND, BinaryOp.LOGICAL_AND, a, b);
    }

    public static Tensor logicalOr(Tensor a, Tensor b) {
        return compare(LOGICAL_OR, BinaryOp.LOGICAL_OR, a, b);
    }

    public static Tensor logicalXor(Tensor a, Tensor b) {
        return compare(LOGICAL_XOR, BinaryOp.LOGICAL_XOR, a, b);
    }

    /** True where x is zero (NaN counts as non-zero). PyTorch: {@code torch.logical_not}. */
    public static Tensor logicalNot(Tensor x) {
        return Dispatch.apply(LOGICAL_NOT, new Tensor[] {x},
                () -> Elementwise.binary(BinaryOp.EQ, x, Torch.wrap(0, x.dtype()), x.dtype()), null);
    }

    public static Tensor isnan(Tensor x) {
        return Dispatch.apply(ISNAN, new Tensor[] {x}, () -> Elementwise.test(GenericKernels.FloatTest.NAN, x), null);
    }

    public static Tensor isinf(Tensor x) {
        return Dispatch.apply(ISINF, new Tensor[] {x}, () -> Elementwise.test(GenericKernels.FloatTest.INF, x), null);
    }

    public static Tensor isfinite(Tensor x) {
        return Dispatch.apply(ISFINITE, new Tensor[] {x},
                () -> Elementwise.test(GenericKernels.FloatTest.FINITE, x), null);
    }

    /**
     * PyTorch's {@code torch.isclose}: equal, or both NaN when {@code equalNan}, or a finite
     * |a - b| &lt;= atol + |rtol * b|. Both tensors must have the same dtype.
     */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(TypePromotion.scalarTypeName(a.dtype()) + " did not match "
                    + TypePromotion.scalarTypeName(b.dtype()));
        }
        if (rtol < 0) {
            throw new IllegalArgumentException("rtol must be greater than or equal to zero, but got " + rtol);
        }
        if (atol < 0) {
            throw new IllegalArgumentException("atol must be greater than or equal to zero, but got " + atol);
        }
        return Dispatch.apply(ISCLOSE, new Tensor[] {a, b}, () -> closeness(a, b, rtol, atol, equalNan), null);
    }

    // a bool result: computed without recording, whether or not the inputs require grad
    private static Tensor closeness(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        try (GradMode.Guard g = GradMode.disable()) {
            Tensor close = eq(a, b);
            if (equalNan && a.isFloatingPoint()) {
                close = logicalOr(close, logicalAnd(isnan(a), isnan(b)));
            }
            if (rtol == 0 && atol == 0) {
                return close;
            }
            // bool has no subtraction: PyTorch measures the error of bools in the default float
            Tensor x = a.dtype() == DType.BOOL ? a.to(Torch.getDefaultDtype()) : a;
            Tensor y = b.dtype() == DType.BOOL ? b.to(Torch.getDefaultDtype()) : b;
            Tensor allowed = y.mul(rtol).abs().add(atol);
            Tensor actual = x.sub(y).abs();
            return logicalOr(close, logicalAnd(isfinite(actual), le(actual, allowed)));
        }
    }

    /** True when every element is close (see {@link #isclose}); shapes broadcast. PyTorch: {@code torch.allclose}. */
    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        try (GradMode.Guard g = GradMode.disable()) {
            return allTrue(isclose(a, b, rtol, atol, equalNan));
        }
    }

    /** PyTorch: {@code torch.equal}: same shape and equal values (NaN never equal); dtypes may differ. */
    public static boolean equal(Tensor a, Tensor b) {
        if (!Arrays.equals(a.sizes(), b.sizes())) {
            return false;
        }
        try (GradMode.Guard g = GradMode.disable()) {
            return allTrue(eq(a, b));
        }
    }

    private static boolean allTrue(Tensor mask) {
        for (boolean v : mask.toBoolArray()) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code cond ? a : b}, broadcasting all three; a and b are promoted together (a Java number
     * branch ranks as a literal). Gradients flow to the branch that was chosen.
     */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        int[] sa = a.sizes(), sb = b.sizes();
        return Dispatch.apply(WHERE, new Tensor[] {cond, a, b}, () -> Elementwise.where(cond, a, b), (ctx, g) -> {
            Tensor c = ctx.input(0);
            Tensor zero = Torch.zerosLike(g[0]);
            return new Tensor[] {null,
                ctx.needsInputGrad(1) ? ViewOps.sumTo(where(c, g[0], zero), sa) : null,
                ctx.needsInputGrad(2) ? ViewOps.sumTo(where(c, zero, g[0]), sb) : null};
        });
    }
}

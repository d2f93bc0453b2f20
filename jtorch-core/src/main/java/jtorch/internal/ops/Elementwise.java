package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.UnaryOp;

/**
 * The elementwise engine under every pointwise op: decides the result dtype (PyTorch's promotion),
 * broadcasts, casts operands to the computation dtype, and hands contiguous runs to the kernel
 * provider (float32/float64) or the generic integer path. float16/bfloat16 compute in float32 and
 * round once at the end, as PyTorch's CPU kernels do. No autograd here: the ops around it record.
 */
public final class Elementwise {
    private Elementwise() {
    }

    /**
     * The dtype {@code op} produces for an input of {@code in}: ints go to the default float for exp,
     * sqrt, ...; bool squares to int64 (PyTorch's square is {@code pow(x, 2)}, and bool ** int is int64).
     */
    public static DType unaryResultType(UnaryOp op, DType in) {
        if (op == UnaryOp.SQUARE && in == DType.BOOL) {
            return DType.INT64;
        }
        return in.isFloatingPoint() || op.keepsIntegralDtype() ? in : Torch.getDefaultDtype();
    }

    /** {@code op(x)} in a new tensor of {@link #unaryResultType}; dtype support is checked by the caller. */
    public static Tensor unary(UnaryOp op, Tensor x) {
        DType outType = unaryResultType(op, x.dtype());
        Tensor out = Operands.empty(Torch.options().dtype(outType).device(x.device()), x.sizes());
        unaryInto(op, x, out);
        return out;
    }

    /** Writes {@code op(x)} into {@code out} (same shape; may be x itself). */
    public static void unaryInto(UnaryOp op, Tensor x, Tensor out) {
        DType computeType = unaryResultType(op, x.dtype());
        checkCast(computeType, out.dtype());
        checkSameDevice(out, x);
        if (isHalf(computeType)) {
            Tensor r = unary(op, x.to(DType.FLOAT32));
            CopyOps.copyInto(out, r);
            return;
        }
        Tensor in = x.dtype() == computeType ? x : x.to(computeType);
        if (out.dtype() != computeType) {
            Tensor tmp = unary(op, in);
            CopyOps.copyInto(out, tmp);
            return;
        }
        Operands.backend(out).unary(op, Operands.of(in), Operands.of(out));
    }

    /**
     * PyTorch's TensorIterator device check: operands on two devices fail, except a 0-d CPU tensor (a
     * scalar, which PyTorch lets join any device's op). The message names the non-CPU device first, as
     * PyTorch's does.
     */
    static void checkSameDevice(Tensor a, Tensor b) {
        if (a.device() == b.device() || isCpuScalar(a) || isCpuScalar(b)) {
            return;
        }
        jtorch.Device first = a.device() == jtorch.Device.CPU ? b.device() : a.device();
        jtorch.Device second = first == a.device() ? b.device() : a.device();
        throw new IllegalArgumentException("Expected all tensors to be on the same device, but found at least two "
                + "devices, " + first + " and " + second + "!");
    }

    /** The device of operands that passed {@link #checkSameDevice}: a CPU scalar joins the other's device. */
    static jtorch.Device commonDevice(Tensor a, Tensor b) {
        return a.device() != jtorch.Device.CPU ? a.device() : b.device();
    }

    private static boolean isCpuScalar(Tensor t) {
        return t.device() == jtorch.Device.CPU && t.dim() == 0;
    }

    /** {@code op(a, b)} with broadcasting, computed and returned in {@code computeType}. */
    public static Tensor binary(BinaryOp op, Tensor a, Tensor b, DType computeType) {
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        DType outType = op.producesBool() ? DType.BOOL : computeType;
        checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(outType).device(commonDevice(a, b)), shape);
        binaryInto(op, a, b, out, computeType);
        return out;
    }

    /**
     * Writes {@code op(a, b)} into {@code out}, whose shape must be the broadcast shape (out may be a,
     * for in-place ops). Operands are cast to {@code computeType} first.
     */
    public static void binaryInto(BinaryOp op, Tensor a, Tensor b, Tensor out, DType computeType) {
        int[] shape = out.sizes();
        checkSameDevice(a, b);
        checkSameDevice(out, a);
        checkOutput(out, op.producesBool() ? DType.BOOL : computeType, a, b);
        if (isHalf(computeType) && !op.producesBool()) {
            // PyTorch casts the operands to the half type first (a Python scalar too: x * 0.1 multiplies by
            // bfloat16(0.1)), then computes in float32 and rounds once
            Tensor r = binary(op, castFor(a, computeType, op), castFor(b, computeType, op), DType.FLOAT32);
            CopyOps.copyInto(out, r);
            return;
        }
        Tensor x = castFor(a, computeType, op);
        Tensor y = castFor(b, computeType, op);
        DType expectOut = op.producesBool() ? DType.BOOL : computeType;
        if (out.dtype() != expectOut) {
            Tensor tmp = binary(op, x, y, computeType);
            CopyOps.copyInto(out, tmp);
            return;
        }
        // an operand that partially overlaps the output would be read after being overwritten
        if (x.storage() == out.storage() && !sameGeometry(x, out)) {
            x = x.clone();
        }
        if (y.storage() == out.storage() && !sameGeometry(y, out)) {
            y = y.clone();
        }
        Operands.backend(out).binary(op, Operands.broadcast(x, shape), Operands.broadcast(y, shape), Operands.of(out));
    }

    // Arithmetic and comparisons run in computeType, as PyTorch's do (uint8 == -1 compares 255 == 255,
    // int64 == 16777216.0 compares in float32); logical ops only test for non-zero, which no cast to
    // the common type changes, so they read the operands as they are.
    private static Tensor castFor(Tensor t, DType computeType, BinaryOp op) {
        if (t.dtype() == computeType || isLogical(op)) {
            return t;
        }
        return t.to(computeType);
    }

    private static boolean isLogical(BinaryOp op) {
        return op == BinaryOp.LOGICAL_AND || op == BinaryOp.LOGICAL_OR || op == BinaryOp.LOGICAL_XOR;
    }

    private static boolean sameGeometry(Tensor a, Tensor b) {
        return a.storageOffset() == b.storageOffset() && java.util.Arrays.equals(a.sizes(), b.sizes())
                && java.util.Arrays.equals(a.stride(), b.stride());
    }

    static boolean isHalf(DType d) {
        return d == DType.FLOAT16 || d == DType.BFLOAT16;
    }

    /**
     * The checks PyTorch makes before writing a result of {@code resultType}, broadcast from
     * {@code operands}, into {@code out} (in-place ops): the broadcast shape must be out's own, and the
     * result type must cast to out's dtype.
     */
    static void checkOutput(Tensor out, DType resultType, Tensor... operands) {
        int[] bshape = out.sizes();
        for (Tensor t : operands) {
            bshape = Shapes.broadcast(bshape, t.sizes());
        }
        if (!java.util.Arrays.equals(bshape, out.sizes())) {
            throw new IllegalArgumentException("output with shape " + Shapes.format(out.sizes())
                    + " doesn't match the broadcast shape " + Shapes.format(bshape));
        }
        checkCast(resultType, out.dtype());
    }

    /** PyTorch's in-place/out= check: "result type Float can't be cast to the desired output type Long". */
    static void checkCast(DType result, DType out) {
        if (!TypePromotion.canCast(result, out)) {
            throw new IllegalArgumentException("result type " + TypePromotion.scalarTypeName(result)
                    + " can't be cast to the desired output type " + TypePromotion.scalarTypeName(out));
        }
    }

    /** {@code cond ? a : b} with broadcasting over all three; a and b are promoted together. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("where expected condition to be a boolean tensor, but got a tensor with "
                    + "dtype " + TypePromotion.scalarTypeName(cond.dtype()));
        }
        DType type = TypePromotion.resultType(a, b);
        Tensor x = a.to(type);
        Tensor y = b.to(type);
        int[] shape = Shapes.broadcast(cond.sizes(), a.sizes(), b.sizes());
        checkSameDevice(cond, a);
        checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(type).device(commonDevice(a, b)), shape);
        Operands.backend(out).where(Operands.broadcast(cond, shape), Operands.broadcast(x, shape),
                Operands.broadcast(y, shape), Operands.of(out));
        return out;
    }

    /** isnan / isinf / isfinite. */
    public static Tensor test(GenericKernels.FloatTest t, Tensor x) {
        Tensor out = Operands.empty(Torch.options().dtype(DType.BOOL).device(x.device()), x.sizes());
        Operands.backend(out).test(t, Operands.of(x), Operands.of(out));
        return out;
    }
}

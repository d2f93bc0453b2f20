package jtorch.internal.ops;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Integer elementwise ops: bitwise and, or, xor, not, the shifts, gcd and lcm. Operands promote and broadcast as in
 * PyTorch; values are computed as longs (int64 values a double would round survive) with the arithmetic of
 * PyTorch's C++ kernels — narrower types in 32-bit int, whose shift counts wrap modulo 32 as x86's do (Java's
 * {@code int} shifts mask the same way), int64 in 64 bits — and wrapped to the result's width. No gradients.
 */
public final class IntegerOps {
    static final OpDef BITWISE_AND = OpDef.nonDifferentiable("bitwise_and");
    static final OpDef BITWISE_OR = OpDef.nonDifferentiable("bitwise_or");
    static final OpDef BITWISE_XOR = OpDef.nonDifferentiable("bitwise_xor");
    static final OpDef BITWISE_NOT = OpDef.nonDifferentiable("bitwise_not");
    static final OpDef LEFT_SHIFT = OpDef.nonDifferentiable("bitwise_left_shift");
    static final OpDef RIGHT_SHIFT = OpDef.nonDifferentiable("bitwise_right_shift");
    static final OpDef GCD = OpDef.nonDifferentiable("gcd");
    static final OpDef LCM = OpDef.nonDifferentiable("lcm");

    private IntegerOps() {
    }

    /** One binary integer op: its def, PyTorch's kernel name, whether bool is accepted, its function per dtype. */
    public enum Binary {
        AND(BITWISE_AND, "bitwise_and_cpu", true),
        OR(BITWISE_OR, "bitwise_or_cpu", true),
        XOR(BITWISE_XOR, "bitwise_xor_cpu", true),
        LEFT_SHIFT(IntegerOps.LEFT_SHIFT, "lshift_cpu", false),
        RIGHT_SHIFT(IntegerOps.RIGHT_SHIFT, "rshift_cpu", false),
        GCD(IntegerOps.GCD, "gcd_cpu", false),
        LCM(IntegerOps.LCM, "lcm_cpu", false);

        private final OpDef def;
        private final String kernel;
        private final boolean acceptsBool;

        Binary(OpDef def, String kernel, boolean acceptsBool) {
            this.def = def;
            this.kernel = kernel;
            this.acceptsBool = acceptsBool;
        }

        private LongBinaryOperator function(DType t) {
            boolean wide = t == DType.INT64;
            return switch (this) {
                case AND -> (a, b) -> a & b;
                case OR -> (a, b) -> a | b;
                case XOR -> (a, b) -> a ^ b;
                // the base is cast to its unsigned type, then shifted (narrow types after C's promotion to int)
                case LEFT_SHIFT -> wide ? (a, b) -> a << b : (a, b) -> (int) (a & unsignedMask(t)) << (int) b;
                case RIGHT_SHIFT -> wide ? (a, b) -> a >> b : (a, b) -> (int) a >> (int) b;
                case GCD -> (a, b) -> gcd(a, b, t);
                case LCM -> (a, b) -> {
                    long g = gcd(a, b, t);
                    if (g == 0) {
                        return 0;
                    }
                    // a / g * b overflows as the kernel's type does (int64, or int after promotion)
                    return wide ? Math.abs(a / g * b) : Math.abs((int) (a / g) * (int) b);
                };
            };
        }
    }

    // the bits of t's unsigned counterpart
    private static long unsignedMask(DType t) {
        return switch (t) {
            case INT32 -> 0xFFFFFFFFL;
            case INT16 -> 0xFFFFL;
            default -> 0xFFL;
        };
    }

    // |a| and |b| wrapped to t as C's abs into T does (the most negative value stays negative), then Euclid's loop
    private static long gcd(long a, long b, DType t) {
        long x = narrow(Math.abs(a), t);
        long y = narrow(Math.abs(b), t);
        while (x != 0) {
            long c = x;
            x = y % x;
            y = c;
        }
        return y;
    }

    private static long narrow(long v, DType t) {
        return switch (t) {
            case INT32 -> (int) v;
            case INT16 -> (short) v;
            case INT8 -> (byte) v;
            default -> v;
        };
    }

    private static DType check(Binary op, DType t) {
        if (!(t.isIntegral() || (op.acceptsBool && t == DType.BOOL))) {
            throw PointwiseOps.notImplemented(op.kernel, t);
        }
        return t;
    }

    /**
     * {@code op(a, b)} broadcast, in the promoted integer (or, for the bitwise ops, bool) dtype. PyTorch:
     * {@code torch.bitwise_and/or/xor, bitwise_left_shift/right_shift, gcd, lcm}.
     */
    public static Tensor binary(Binary op, Tensor a, Tensor b) {
        DType t = check(op, TypePromotion.resultType(a, b));
        return Dispatch.apply(op.def, new Tensor[] {a, b}, () -> forward(op, a, b, t), null);
    }

    /** In place into a; the promoted dtype must cast to a's. */
    public static Tensor binary_(Binary op, Tensor a, Tensor b) {
        DType t = check(op, TypePromotion.resultType(a, b));
        Elementwise.checkOutput(a, t, b);
        return Dispatch.inPlace(op.def, a, new Tensor[] {b}, v -> binary(op, v, b),
                () -> CopyOps.copyInto(a, forward(op, a, b, t)));
    }

    private static Tensor forward(Binary op, Tensor a, Tensor b, DType t) {
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        Elementwise.checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(t).device(Elementwise.commonDevice(a, b)), shape);
        Operands.backend(out).zipLong(Operands.broadcast(a.to(t), shape), Operands.broadcast(b.to(t), shape),
                op.function(t), Operands.of(out));
        return out;
    }

    /** Bitwise complement (logical not for bool). PyTorch: {@code torch.bitwise_not(input)}. */
    public static Tensor bitwiseNot(Tensor x) {
        checkNot(x);
        return Dispatch.apply(BITWISE_NOT, new Tensor[] {x}, () -> notForward(x), null);
    }

    public static Tensor bitwiseNot_(Tensor x) {
        checkNot(x);
        return Dispatch.inPlace(BITWISE_NOT, x, new Tensor[0], IntegerOps::bitwiseNot,
                () -> CopyOps.copyInto(x, notForward(x)));
    }

    private static void checkNot(Tensor x) {
        if (x.dtype().isFloatingPoint()) {
            throw PointwiseOps.notImplemented("bitwise_not_cpu", x.dtype());
        }
    }

    private static Tensor notForward(Tensor x) {
        Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
        LongUnaryOperator f = x.dtype() == DType.BOOL ? v -> v ^ 1 : v -> ~v;
        Operands.backend(out).mapLong(Operands.of(x), f, Operands.of(out));
        return out;
    }
}

package jtorch.internal.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * The one generic path for dtypes without specialised loops (integers and bool; float16/bfloat16
 * are computed in float32 by the caller, as PyTorch does). Elements are read through the storage's
 * widening accessors, integers as long, so int64 arithmetic is exact.
 */
public final class GenericKernels {
    private GenericKernels() {
    }

    /** Integer/bool unary ops that keep the dtype (neg, abs, sign, relu, square, rounding no-ops). */
    public static void unaryIntegral(UnaryOp op, Storage x, int xo, int xs, Storage out, int oo, int os, int n) {
        for (int i = 0, xi = xo, oi = oo; i < n; i++, xi += xs, oi += os) {
            long v = x.getLong(xi);
            long r = switch (op) {
                case NEG -> -v;
                case ABS -> Math.abs(v);
                case SIGN -> Long.signum(v);
                case RELU -> Math.max(v, 0);
                case SQUARE -> v * v;
                case FLOOR, CEIL, TRUNC, ROUND -> v;
                case FRAC -> 0;
                default -> throw new IllegalArgumentException("\"" + op.name().toLowerCase() + "\" not implemented for '"
                        + x.dtype() + "'");
            };
            out.setLong(oi, r);
        }
    }

    /** Integer/bool arithmetic in long; results wrap to the output width like C++ integer casts. */
    public static void binaryIntegral(BinaryOp op, Storage a, int ao, int as, Storage b, int bo, int bs,
                                      Storage out, int oo, int os, int n) {
        for (int i = 0, ai = ao, bi = bo, oi = oo; i < n; i++, ai += as, bi += bs, oi += os) {
            long x = a.getLong(ai);
            long y = b.getLong(bi);
            long r = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case MAXIMUM -> Math.max(x, y);
                case MINIMUM -> Math.min(x, y);
                case REMAINDER -> Math.floorMod(x, nonZero(y));
                case FMOD -> x % nonZero(y);
                case FLOOR_DIVIDE -> Math.floorDiv(x, nonZero(y));
                case TRUNC_DIVIDE -> x / nonZero(y);
                case POW -> intPow(x, y);
                default -> throw new IllegalArgumentException("\"" + op.name().toLowerCase()
                        + "\" not implemented for '" + a.dtype() + "'");
            };
            out.setLong(oi, r);
        }
    }

    private static long nonZero(long y) {
        if (y == 0) {
            throw new ArithmeticException("ZeroDivisionError");
        }
        return y;
    }

    // integer pow as PyTorch's powi: a negative exponent leaves 1, ±1 or (truncating 1/base^n) 0;
    // ops refuse a negative Java-number exponent before reaching here, as PyTorch does
    private static long intPow(long base, long exp) {
        if (exp < 0) {
            if (base == 1) {
                return 1;
            }
            if (base == -1) {
                return (exp & 1) == 0 ? 1 : -1;
            }
            return 0;
        }
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) == 1) {
                result *= base;
            }
            base *= base;
            exp >>= 1;
        }
        return result;
    }

    /** Comparisons and logical ops for every dtype, writing bool; floats compare as double (exact). */
    public static void compare(BinaryOp op, Storage a, int ao, int as, Storage b, int bo, int bs,
                               Storage out, int oo, int os, int n) {
        boolean integral = !a.dtype().isFloatingPoint() && !b.dtype().isFloatingPoint();
        byte[] o = (byte[]) out.data();
        for (int i = 0, ai = ao, bi = bo, oi = oo; i < n; i++, ai += as, bi += bs, oi += os) {
            boolean r;
            if (integral) {
                long x = a.getLong(ai);
                long y = b.getLong(bi);
                r = switch (op) {
                    case EQ -> x == y;
                    case NE -> x != y;
                    case LT -> x < y;
                    case LE -> x <= y;
                    case GT -> x > y;
                    case GE -> x >= y;
                    case LOGICAL_AND -> x != 0 && y != 0;
                    case LOGICAL_OR -> x != 0 || y != 0;
                    case LOGICAL_XOR -> (x != 0) != (y != 0);
                    default -> throw new IllegalArgumentException(op + " is not a comparison");
                };
            } else {
                double x = a.getDouble(ai);
                double y = b.getDouble(bi);
                r = switch (op) {
                    case EQ -> x == y;
                    case NE -> x != y;
                    case LT -> x < y;
                    case LE -> x <= y;
                    case GT -> x > y;
                    case GE -> x >= y;
                    case LOGICAL_AND -> x != 0 && y != 0;
                    case LOGICAL_OR -> x != 0 || y != 0;
                    case LOGICAL_XOR -> (x != 0) != (y != 0);
                    default -> throw new IllegalArgumentException(op + " is not a comparison");
                };
            }
            o[oi] = (byte) (r ? 1 : 0);
        }
    }

    /** Elementwise tests on floats (isnan, isinf, isfinite) writing bool. */
    public enum FloatTest { NAN, INF, FINITE }

    public static void test(FloatTest t, Storage x, int xo, int xs, Storage out, int oo, int os, int n) {
        byte[] o = (byte[]) out.data();
        boolean floating = x.dtype().isFloatingPoint();
        for (int i = 0, xi = xo, oi = oo; i < n; i++, xi += xs, oi += os) {
            double v = floating ? x.getDouble(xi) : 0;
            boolean r = switch (t) {
                case NAN -> Double.isNaN(v);
                case INF -> Double.isInfinite(v);
                case FINITE -> Double.isFinite(v);
            };
            o[oi] = (byte) (r ? 1 : 0);
        }
    }

    /** {@code out = cond ? a : b} for any dtype (a, b and out share it). */
    public static void where(Storage cond, int co, int cs, Storage a, int ao, int as, Storage b, int bo, int bs,
                             Storage out, int oo, int os, int n) {
        byte[] c = (byte[]) cond.data();
        boolean asLong = out.dtype() == DType.INT64;
        for (int i = 0, ci = co, ai = ao, bi = bo, oi = oo; i < n; i++, ci += cs, ai += as, bi += bs, oi += os) {
            if (asLong) {
                out.setLong(oi, c[ci] != 0 ? a.getLong(ai) : b.getLong(bi));
            } else {
                out.setDouble(oi, c[ci] != 0 ? a.getDouble(ai) : b.getDouble(bi));
            }
        }
    }
}

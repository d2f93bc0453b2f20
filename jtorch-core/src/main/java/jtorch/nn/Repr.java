package jtorch.nn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code str()} of the values module reprs show, so {@code extraRepr} text matches PyTorch:
 * ints as ints, floats in Python's shortest round-trip form ({@code 0.01}, {@code 1e-05},
 * {@code 1e+20}, {@code 1.0}), booleans as {@code True}/{@code False}, int arrays as tuples.
 */
final class Repr {
    private Repr() {
    }

    /** A Java number standing for a Python literal: integral types print as ints, others as floats. */
    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return Long.toString(n.longValue());
        }
        return floating(n.doubleValue());
    }

    /** Python's {@code repr(float)}. */
    static String floating(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest digits that round-trip, as Python's repr does, except
        // that it never gives fewer than two: try one digit first (5e-324, not 4.9e-324)
        double a = Math.abs(d);
        BigDecimal one = new BigDecimal(a).round(new MathContext(1, RoundingMode.HALF_EVEN));
        BigDecimal b = (one.doubleValue() == a ? one : new BigDecimal(Double.toString(a))).stripTrailingZeros();
        String digits = b.unscaledValue().toString();
        int decpt = digits.length() - b.scale(); // position of the decimal point after the first digit run
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return sign + "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= digits.length()) {
                return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
            }
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** A Python tuple of ints: {@code (2, 5)}, {@code (3,)}, {@code ()}. */
    static String tuple(int[] values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i > 0 ? ", " : "").append(values[i]);
        }
        return sb.append(")").toString();
    }
}

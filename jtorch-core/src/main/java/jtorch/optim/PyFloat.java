package jtorch.optim;

import java.math.BigDecimal;

/** Formats doubles as Python's {@code repr(float)} / {@code str(float)} does, so error messages read as PyTorch's. */
public final class PyFloat {
    private PyFloat() {
    }

    /** Python's {@code repr(x)} for a float: {@code 0.1}, {@code 1e-08}, {@code -1.0}, {@code inf}, {@code nan}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-tripping digits (JDK 19+), as Python's repr does
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp10 = digits.length() - 1 - bd.scale(); // exponent of the first digit
        String sign = x < 0 ? "-" : "";
        if (exp10 < -4 || exp10 >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.format("%s%02d", exp10 < 0 ? "-" : "+", Math.abs(exp10));
            return sign + mant + "e" + e;
        }
        String plain = bd.toPlainString();
        if (!plain.contains(".")) {
            plain = plain + ".0";
        }
        return sign + plain;
    }

    /** A hyperparameter as Python would print it: whole numbers given as Java integers print without ".0". */
    public static String str(Object v) {
        if (v instanceof Double d) {
            return repr(d);
        }
        if (v instanceof Float f) {
            return repr(f);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v == null) {
            return "None";
        }
        return String.valueOf(v);
    }
}

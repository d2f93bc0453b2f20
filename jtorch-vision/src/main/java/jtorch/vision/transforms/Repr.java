package jtorch.vision.transforms;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/** Python-style formatting for the transforms' {@code toString()} (torchvision's {@code __repr__}). */
final class Repr {
    private Repr() {
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, ".0" on integers, exponent beyond 1e16 / below 1e-4. */
    static String f(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = Double.toString(v);
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            String m = s.replace("E", "e");
            int e = m.indexOf('e');
            String mant = m.substring(0, e);
            if (mant.endsWith(".0")) {
                mant = mant.substring(0, mant.length() - 2);
            }
            int exp = Integer.parseInt(m.substring(e + 1));
            return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (s.contains("E")) {
            s = new BigDecimal(s).toPlainString();
            if (!s.contains(".")) {
                s += ".0";
            }
        }
        return s;
    }

    /** A number that is an int in Python when integral and given as one ({@code isInt}). */
    static String n(double v, boolean isInt) {
        return isInt ? String.valueOf((long) v) : f(v);
    }

    static String tuple(int... v) {
        StringJoiner j = new StringJoiner(", ", "(", v.length == 1 ? ",)" : ")");
        for (int x : v) {
            j.add(String.valueOf(x));
        }
        return j.toString();
    }

    static String list(int... v) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int x : v) {
            j.add(String.valueOf(x));
        }
        return j.toString();
    }

    static String tuple(double... v) {
        StringJoiner j = new StringJoiner(", ", "(", v.length == 1 ? ",)" : ")");
        for (double x : v) {
            j.add(f(x));
        }
        return j.toString();
    }

    static String list(double... v) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : v) {
            j.add(f(x));
        }
        return j.toString();
    }

    /** Python's {@code round(x, 4)} then repr. */
    static String round4(double v) {
        return f(new BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue());
    }

    /** The nested listing of Compose / RandomApply / RandomChoice / RandomOrder. */
    static String nested(String name, List<String> header, List<? extends Object> transforms) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (String h : header) {
            sb.append("\n    ").append(h);
        }
        for (Object t : transforms) {
            sb.append("\n    ").append(t);
        }
        return sb.append("\n)").toString();
    }

    static String typeName(Object o) {
        return o == null ? "null" : "<class '" + o.getClass().getName() + "'>";
    }
}

package jtorch.internal.kernels;

/** Scalar functions Java's {@code Math} lacks, with the edge-case behaviour PyTorch's CPU kernels have. */
public final class MathFunctions {
    private static final double LN2 = Math.log(2.0);

    private MathFunctions() {
    }

    public static double log2(double v) {
        // exact for powers of two, which users compare against (log2(8) == 3)
        if (v > 0 && v < Double.POSITIVE_INFINITY) {
            long bits = Double.doubleToRawLongBits(v);
            if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && Math.getExponent(v) >= Double.MIN_EXPONENT) {
                return Math.getExponent(v);
            }
        }
        return Math.log(v) / LN2;
    }

    public static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    /** torch.sign: -1, 0 or 1; NaN gives 0, as PyTorch 1.13's CPU kernel computes {@code (0 < v) - (v < 0)}. */
    public static double sign(double v) {
        return v > 0 ? 1.0 : v < 0 ? -1.0 : 0.0;
    }

    /**
     * C's {@code pow}, which PyTorch's kernels call: unlike {@link Math#pow}, 1 to any power (even
     * NaN) is 1, and -1 to an infinite power is 1.
     */
    public static double pow(double a, double b) {
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            return 1.0;
        }
        return Math.pow(a, b);
    }

    /** Python-style modulus (sign of the divisor), PyTorch's {@code remainder} for floats. */
    public static double remainder(double a, double b) {
        double mod = a % b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            mod += b;
        }
        return mod;
    }

    /** PyTorch's {@code div(rounding_mode='floor')} for floats, the same algorithm as Python's float floordiv. */
    public static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** Python-style integer floor division; division by zero raises like PyTorch's. */
    public static long floorDivide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("ZeroDivisionError");
        }
        return Math.floorDiv(a, b);
    }

    /**
     * Error function, |error| below 1.2e-16 relative: W. J. Cody's rational approximations
     * (the algorithm C libraries use), split at 0.5 and 4.
     */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax < 0.5) {
            double t = x * x;
            double num = (((1.85777706184603153e-1 * t + 3.16112374387056560e0) * t + 1.13864154151050156e2) * t
                    + 3.77485237685302021e2) * t + 3.20937758913846947e3;
            double den = (((t + 2.36012909523441209e1) * t + 2.44024637934444173e2) * t + 1.28261652607737228e3) * t
                    + 2.84423683343917062e3;
            return x * num / den;
        }
        double e = 1.0 - erfcPositive(ax);
        return x < 0 ? -e : e;
    }

    /**
     * Inverse error function: Winitzki's closed-form estimate (relative error up to about 2e-3) refined by
     * three Halley steps, whose cubic convergence reaches double precision. Past |y| = 0.5 the steps solve
     * erfc(x) = 1 - |y| instead, because 1 - |y| is exact there while erf(x) near 1 has lost the digits
     * the tail needs. |y| &gt; 1 gives NaN, y = ±1 gives ±infinity, as in PyTorch.
     */
    public static double erfinv(double y) {
        if (Double.isNaN(y) || Math.abs(y) > 1) {
            return Double.NaN;
        }
        if (Math.abs(y) == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, y);
        }
        if (y == 0) {
            return y;
        }
        double a = 0.147;
        double ln = Math.log((1 - y) * (1 + y));
        double t = 2 / (Math.PI * a) + ln / 2;
        double x = Math.sqrt(Math.sqrt(t * t - ln / a) - t);
        double ay = Math.abs(y);
        boolean tail = ay > 0.5;
        double q = 1 - ay;
        for (int i = 0; i < 3; i++) {
            // Halley on f(x) = erf(x) - |y| (or q - erfc(x), the same function): f'' = -2x f'
            double f = tail ? q - erfcPositive(x) : erf(x) - ay;
            double df = 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
            x -= f / (df * (1 + x * f));
        }
        return Math.copySign(x, y);
    }

    private static double erfcPositive(double ax) {
        return ax < 0.5 ? 1 - erf(ax) : ax < 27 ? expMinusSquare(ax) * erfcxPositive(ax) : 0.0;
    }

    /** The complementary error function {@code 1 - erf(x)}, with full relative precision in its right tail. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x < 0 ? 2 - erfcPositive(-x) : erfcPositive(x);
    }

    /**
     * The scaled complementary error function {@code exp(x²) erfc(x)}: Cody's rational approximations above 0.5
     * without their exp(-x²) factor, so it neither overflows nor underflows for large x; for x below -26.7 exp(x²)
     * overflows and the result is infinite, as in PyTorch.
     */
    public static double erfcx(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            return x < -26.7 ? Double.POSITIVE_INFINITY : 2 / expMinusSquare(-x) - erfcxPositive(-x);
        }
        return x < 0.5 ? (1 - erf(x)) / expMinusSquare(x) : erfcxPositive(x);
    }

    // exp(x²) erfc(x) for x >= 0.5
    private static double erfcxPositive(double ax) {
        return ax < 4.0 ? erfcxMid(ax) : erfcxLarge(ax);
    }

    private static double erfcxMid(double ax) {
        double num = (((((((2.15311535474403846e-8 * ax + 5.64188496988670089e-1) * ax + 8.88314979438837594e0) * ax
                + 6.61191906371416295e1) * ax + 2.98635138197400131e2) * ax + 8.81952221241769090e2) * ax
                + 1.71204761263407058e3) * ax + 2.05107837782607147e3) * ax + 1.23033935479799725e3;
        double den = (((((((ax + 1.57449261107098347e1) * ax + 1.17693950891312499e2) * ax + 5.37181101862009858e2)
                * ax + 1.62138957456669019e3) * ax + 3.29079923573345963e3) * ax + 4.36261909014324716e3) * ax
                + 3.43936767414372164e3) * ax + 1.23033935480374942e3;
        return num / den;
    }

    private static double erfcxLarge(double ax) {
        double z = 1.0 / (ax * ax);
        double num = ((((1.63153871373020978e-2 * z + 3.05326634961232344e-1) * z + 3.60344899949804439e-1) * z
                + 1.25781726111229246e-1) * z + 1.60837851487422766e-2) * z + 6.58749161529837803e-4;
        double den = ((((z + 2.56852019228982242e0) * z + 1.87295284992346725e0) * z + 5.27905102951428412e-1) * z
                + 6.05183413124413191e-2) * z + 2.33520497626869185e-3;
        double r = z * num / den;
        return (1.0 / Math.sqrt(Math.PI) - r) / ax;
    }

    // exp(-x*x) with x*x split in two to keep the cancellation error out (Cody's trick)
    private static double expMinusSquare(double x) {
        double hi = Math.floor(x * 16.0) / 16.0;
        double del = (x - hi) * (x + hi);
        return Math.exp(-hi * hi) * Math.exp(-del);
    }
}

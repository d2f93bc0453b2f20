package jtorch.internal.kernels;

/**
 * The special functions of {@code torch.special} in double precision, with the edge cases (poles, NaN, infinities,
 * domain errors) PyTorch 1.13's CPU kernels give. Where PyTorch's own kernel is a truncated expansion (trigamma) the
 * same expansion is used, so the numbers agree with PyTorch's rather than with the exact function.
 */
public final class SpecialFunctions {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double MACHEP = 0x1p-53;
    // Bernoulli numbers B2, B4, ..., B24
    private static final double[] BERNOULLI = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730,
        7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330, 854513.0 / 138, -236364091.0 / 2730};
    // (2k)! / B_2k, the Euler-Maclaurin denominators of the Hurwitz zeta function
    private static final double[] ZETA_EM = new double[BERNOULLI.length];

    static {
        double fact = 1;
        for (int k = 0; k < BERNOULLI.length; k++) {
            fact *= (2 * k + 1) * (2 * k + 2);
            ZETA_EM[k] = fact / BERNOULLI[k];
        }
    }

    private SpecialFunctions() {
    }

    // ---------------------------------------------------------------- gamma family

    /**
     * log|Γ(x)|, as C's {@code lgamma}: +inf at 0, the negative integers and ±inf. Stirling's series after shifting
     * x above 15, reflection below 0.5.
     */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x) || (x <= 0 && x == Math.rint(x))) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) {
            // Γ(x) Γ(1 - x) = π / sin(πx)
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        double shift = 0;
        double prod = 1;
        while (x < 15) {
            prod *= x;
            x += 1;
            if (prod > 1e300) {
                shift += Math.log(prod);
                prod = 1;
            }
        }
        shift += Math.log(prod);
        double z = 1 / (x * x);
        double series = 0;
        for (int k = BERNOULLI.length - 1; k >= 0; k--) {
            series = series * z + BERNOULLI[k] / ((2 * k + 1) * (2 * k + 2));
        }
        return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + series / x - shift;
    }

    // sin(πx) with the argument reduced exactly first, so large x keep their precision
    private static double sinPi(double x) {
        double r = x - 2 * Math.rint(x / 2);
        return Math.sin(Math.PI * r);
    }

    /**
     * ψ(x) = Γ'(x)/Γ(x), PyTorch's algorithm: ±inf at ±0 (sign opposite to zero's), NaN at negative integers,
     * reflection for x &lt; 0, recurrence up to 10 and the asymptotic series.
     */
    public static double digamma(double x) {
        if (x == 0) {
            return Math.copySign(Double.POSITIVE_INFINITY, -x);
        }
        if (x < 0) {
            if (x == Math.rint(x)) {
                return Double.NaN;
            }
            double frac = x - MathFunctions.trunc(x);
            return digamma(1 - x) - Math.PI / Math.tan(Math.PI * frac);
        }
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double result = 0;
        while (x < 10) {
            result -= 1 / x;
            x += 1;
        }
        double y = 0;
        if (x < 1e17) {
            double z = 1 / (x * x);
            double series = 0;
            for (int k = 6; k >= 0; k--) {
                series = series * z + BERNOULLI[k] / (2 * k + 2);
            }
            y = z * series;
        }
        return result + Math.log(x) - 0.5 / x - y;
    }

    /** ψ'(x) with PyTorch's expansion: six recurrence steps and four asymptotic terms (about 1e-9 absolute). */
    public static double trigamma(double x) {
        double sign = 1;
        double result = 0;
        if (x < 0.5) {
            sign = -1;
            double s = Math.sin(Math.PI * x);
            result -= Math.PI * Math.PI / (s * s);
            x = 1 - x;
        }
        for (int i = 0; i < 6; i++) {
            result += 1 / (x * x);
            x += 1;
        }
        double ixx = 1 / (x * x);
        result += (1 + 1 / (2 * x) + ixx * (1.0 / 6 - ixx * (1.0 / 30 - ixx * (1.0 / 42)))) / x;
        return sign * result;
    }

    /** ψ⁽ⁿ⁾(x): digamma and trigamma for n = 0, 1, else {@code (-1)^(n+1) n! ζ(n + 1, x)}, as PyTorch computes. */
    public static double polygamma(int n, double x) {
        return switch (n) {
            case 0 -> digamma(x);
            case 1 -> trigamma(x);
            default -> (n % 2 == 1 ? 1.0 : -1.0) * Math.exp(lgamma(n + 1.0)) * zeta(n + 1, x);
        };
    }

    /**
     * The Hurwitz zeta function {@code Σ (k + q)^-x}: inf at x = 1, NaN for x &lt; 1; inf at q a non-positive
     * integer, NaN for other q &lt;= 0 unless x is an integer. Direct sum then Euler-Maclaurin, as Cephes.
     */
    public static double zeta(double x, double q) {
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (q <= 0) {
            if (q == Math.floor(q)) {
                return Double.POSITIVE_INFINITY;
            }
            if (x != Math.floor(x)) {
                return Double.NaN;
            }
        }
        double s = Math.pow(q, -x);
        double a = q;
        double b = 0;
        int i = 0;
        while (i < 9 || a <= 9) {
            i++;
            a += 1;
            b = Math.pow(a, -x);
            s += b;
            if (-MACHEP * s < b && b < MACHEP * s) {
                return s;
            }
        }
        double w = a;
        s += b * w / (x - 1);
        s -= 0.5 * b;
        double c = 1;
        double k = 0;
        for (double den : ZETA_EM) {
            c *= x + k;
            b /= w;
            double t = c * b / den;
            s += t;
            if (Math.abs(t / s) < MACHEP) {
                return s;
            }
            k += 1;
            c *= x + k;
            b /= w;
            k += 1;
        }
        return s;
    }

    // ---------------------------------------------------------------- incomplete gamma

    /** The regularized lower incomplete gamma function P(a, x), with PyTorch's edge cases. */
    public static double gammainc(double a, double x) {
        if (a < 0 || x < 0 || Double.isNaN(a) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (a == 0) {
            return x > 0 ? 1 : Double.NaN;
        }
        if (x == 0) {
            return 0;
        }
        if (Double.isInfinite(a)) {
            return Double.isInfinite(x) ? Double.NaN : 0;
        }
        if (Double.isInfinite(x)) {
            return 1;
        }
        return x > 1 && x > a ? 1 - gammaincContinuedFraction(a, x) : gammaincSeries(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x), with PyTorch's edge cases. */
    public static double gammaincc(double a, double x) {
        if (a < 0 || x < 0 || Double.isNaN(a) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (a == 0) {
            return x > 0 ? 0 : Double.NaN;
        }
        if (x == 0) {
            return 1;
        }
        if (Double.isInfinite(a)) {
            return Double.isInfinite(x) ? Double.NaN : 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return x > 1 && x > a ? gammaincContinuedFraction(a, x) : 1 - gammaincSeries(a, x);
    }

    // x^a e^-x / Γ(a), the factor both expansions share
    private static double gammaincPrefactor(double a, double x) {
        return Math.exp(a * Math.log(x) - x - lgamma(a));
    }

    // P(a, x) = x^a e^-x / Γ(a + 1) Σ x^n / ((a + 1) ... (a + n))
    private static double gammaincSeries(double a, double x) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n < 100000; n++) {
            term *= x / (a + n);
            sum += term;
            if (term <= sum * MACHEP) {
                break;
            }
        }
        return gammaincPrefactor(a, x) / a * sum;
    }

    // Q(a, x) = x^a e^-x / Γ(a) · 1/(x + 1 - a - 1(1 - a)/(x + 3 - a - 2(2 - a)/(x + 5 - a - ...))), modified Lentz
    private static double gammaincContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 100000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < MACHEP) {
                break;
            }
        }
        return gammaincPrefactor(a, x) * h;
    }

    // ---------------------------------------------------------------- modified Bessel functions

    /** I0(x), the modified Bessel function of the first kind of order 0. */
    public static double i0(double x) {
        return besselI(0, x, false);
    }

    /** exp(-|x|) I0(x). */
    public static double i0e(double x) {
        return besselI(0, x, true);
    }

    /** I1(x), the modified Bessel function of the first kind of order 1 (odd). */
    public static double i1(double x) {
        return besselI(1, x, false);
    }

    /** exp(-|x|) I1(x). */
    public static double i1e(double x) {
        return besselI(1, x, true);
    }

    // I_nu(x) for nu = 0, 1: the power series (positive terms) up to |x| = 30, Hankel's expansion beyond
    private static double besselI(int nu, double x, boolean scaled) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax <= 30) {
            double q = ax * ax / 4;
            double term = nu == 0 ? 1 : ax / 2;
            double sum = term;
            for (int k = 1; term > sum * MACHEP; k++) {
                term *= q / (k * (double) (k + nu));
                sum += term;
            }
            r = scaled ? sum * Math.exp(-ax) : sum;
        } else {
            // e^x / sqrt(2πx) Σ (-1)^k Π_j (4ν² - (2j-1)²) / (k! (8x)^k)
            double mu = 4.0 * nu * nu;
            double term = 1;
            double sum = 1;
            for (int k = 1; k < 200; k++) {
                double next = -term * (mu - (2 * k - 1) * (2 * k - 1)) / (k * 8 * ax);
                if (Math.abs(next) >= Math.abs(term)) {
                    break;
                }
                term = next;
                sum += term;
                if (Math.abs(term) <= Math.abs(sum) * MACHEP) {
                    break;
                }
            }
            double scaledValue = sum / Math.sqrt(2 * Math.PI * ax);
            // e^x overflows past 709.78 and so does the result, as PyTorch's exp(x) · series does
            r = scaled ? scaledValue : Math.exp(ax) * scaledValue;
        }
        return nu == 1 && x < 0 ? -r : r;
    }

    // ---------------------------------------------------------------- normal distribution

    /**
     * The inverse of the standard normal CDF: Acklam's rational estimate refined by a Halley step on
     * {@code erfc}, so its tails keep their relative precision; -inf at 0, inf at 1, NaN outside [0, 1].
     */
    public static double ndtri(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double x;
        double pLow = 0.02425;
        if (p < pLow) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = tailEstimate(q);
        } else if (p <= 1 - pLow) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                    + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                    / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                    + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            x = -tailEstimate(q);
        }
        // Halley on f(x) = Φ(x) - p, written 0.5 erfc(-x/√2) - p below 0 and (1 - p) - 0.5 erfc(x/√2) above
        for (int i = 0; i < 2; i++) {
            double e = x < 0 ? 0.5 * MathFunctions.erfc(-x / Math.sqrt(2)) - p
                    : (1 - p) - 0.5 * MathFunctions.erfc(x / Math.sqrt(2));
            double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
            x -= u / (1 + x * u / 2);
        }
        return x;
    }

    private static double tailEstimate(double q) {
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }

    /** log Φ(x), PyTorch's formula: {@code log(erfcx(-x/√2) / 2) - x²/2} below -1, else {@code log1p(-erfc(x/√2) / 2)}. */
    public static double logNdtr(double x) {
        double t = x * Math.sqrt(0.5);
        if (x < -1) {
            return Math.log(MathFunctions.erfcx(-t) / 2) - t * t;
        }
        return Math.log1p(-MathFunctions.erfc(t) / 2);
    }

    /** -x log x: 0 at 0, -inf for negative x, NaN for NaN. */
    public static double entr(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 0) {
            return -x * Math.log(x);
        }
        return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }

    /** x log1p(y): NaN where y is NaN, else 0 where x is 0. */
    public static double xlog1py(double x, double y) {
        if (Double.isNaN(y)) {
            return y;
        }
        return x == 0 ? 0 : x * Math.log1p(y);
    }

    // ---------------------------------------------------------------- orthogonal polynomials

    /** The four kinds of Chebyshev polynomials: their degree-1 member and their values at y = ±1. */
    public enum Chebyshev {
        T, U, V, W;

        private double first(double y) {
            return switch (this) {
                case T -> y;
                case U -> y + y;
                case V -> y + y - 1;
                case W -> y + y + 1;
            };
        }

        // at y = 1 and y = -1 (the latter times (-1)^n)
        private double atOne(long n) {
            return switch (this) {
                case T, V -> 1;
                case U -> n + 1;
                case W -> 2 * n + 1;
            };
        }

        private double atMinusOne(long n) {
            double m = switch (this) {
                case T, W -> 1;
                case U -> n + 1;
                case V -> 2 * n + 1;
            };
            return n % 2 == 0 ? m : -m;
        }

        // the closed form in θ = acos(y), 0 < θ < π, where no denominator vanishes
        private double trigonometric(double theta, long n) {
            return switch (this) {
                case T -> Math.cos(n * theta);
                case U -> Math.sin((n + 1) * theta) / Math.sin(theta);
                case V -> Math.cos((n + 0.5) * theta) / Math.cos(theta / 2);
                case W -> Math.sin((n + 0.5) * theta) / Math.sin(theta / 2);
            };
        }
    }

    /**
     * The Chebyshev polynomial of a kind at y (the shifted polynomials pass y = 2x - 1), degree n truncated from a
     * double as PyTorch casts it: 0 for n &lt; 0, the endpoint values at y = ±1, PyTorch's closed trigonometric form
     * inside (-1, 1) above degree {@code trigFrom}, else the three-term recurrence {@code r = 2y q - p}.
     */
    public static double chebyshev(Chebyshev kind, double y, double degree, int trigFrom) {
        long n = (long) degree;
        if (n < 0) {
            return 0;
        }
        if (y == 1) {
            return kind.atOne(n);
        }
        if (y == -1) {
            return kind.atMinusOne(n);
        }
        if (n > trigFrom && Math.abs(y) < 1) {
            return kind.trigonometric(Math.acos(y), n);
        }
        if (n == 0) {
            return 1;
        }
        double p = 1;
        double q = kind.first(y);
        for (long k = 2; k <= n; k++) {
            double r = (y + y) * q - p;
            p = q;
            q = r;
        }
        return q;
    }

    /** The physicists' Hermite polynomial H_n(x): {@code H_{k+1} = 2x H_k - 2k H_{k-1}}; 0 for n &lt; 0. */
    public static double hermiteH(double x, double degree) {
        return hermite(x, (long) degree, 2);
    }

    /** The probabilists' Hermite polynomial He_n(x): {@code He_{k+1} = x He_k - k He_{k-1}}; 0 for n &lt; 0. */
    public static double hermiteHe(double x, double degree) {
        return hermite(x, (long) degree, 1);
    }

    // scale 2: H, scale 1: He
    private static double hermite(double x, long n, int scale) {
        if (n < 0) {
            return 0;
        }
        if (n == 0) {
            return 1;
        }
        double p = 1;
        double q = scale * x;
        for (long k = 1; k < n; k++) {
            double r = scale * x * q - scale * k * p;
            p = q;
            q = r;
        }
        return q;
    }

    /** The Laguerre polynomial L_n(x): {@code (k+1) L_{k+1} = (2k + 1 - x) L_k - k L_{k-1}}; 1 at x = 0. */
    public static double laguerre(double x, double degree) {
        long n = (long) degree;
        if (n < 0) {
            return 0;
        }
        if (x == 0 || n == 0) {
            return 1;
        }
        double p = 1;
        double q = 1 - x;
        for (long k = 1; k < n; k++) {
            double r = ((k + k) + (1 - x)) * q - k * p;
            p = q;
            q = r / (k + 1);
        }
        return q;
    }

    /** The Legendre polynomial P_n(x): {@code (k+1) P_{k+1} = (2k+1) x P_k - k P_{k-1}}; ±1 at x = ±1. */
    public static double legendre(double x, double degree) {
        long n = (long) degree;
        if (n < 0) {
            return 0;
        }
        if (Math.abs(x) == 1) {
            return x > 0 || n % 2 == 0 ? 1 : -1;
        }
        if (n == 0) {
            return 1;
        }
        double p = 1;
        double q = x;
        for (long k = 1; k < n; k++) {
            double r = ((k + k + 1) * x * q - k * p) / (k + 1);
            p = q;
            q = r;
        }
        return q;
    }

    /** sin(x)/x, by its Taylor polynomial below 0.5 as PyTorch computes it; 0 at ±inf. */
    public static double sphericalBesselJ0(double x) {
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (Math.abs(x) < 0.5) {
            double x2 = x * x;
            return 1 + x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880
                    + x2 * (-1.0 / 39916800 + x2 * (1.0 / 6227020800.0))))));
        }
        return Math.sin(x) / x;
    }

    // ---------------------------------------------------------------- Bessel functions J, Y, K

    private static final double EULER_GAMMA = 0.57721566490153286061;

    /** J0(x), the Bessel function of the first kind of order 0 (even). */
    public static double besselJ0(double x) {
        return besselJY(Math.abs(x), 0, false);
    }

    /** J1(x), the Bessel function of the first kind of order 1 (odd). */
    public static double besselJ1(double x) {
        double r = besselJY(Math.abs(x), 1, false);
        return x < 0 ? -r : r;
    }

    /** Y0(x), the Bessel function of the second kind of order 0: -inf at 0, NaN for x &lt; 0. */
    public static double besselY0(double x) {
        return besselY(x, 0);
    }

    /** Y1(x), the Bessel function of the second kind of order 1: -inf at 0, NaN for x &lt; 0. */
    public static double besselY1(double x) {
        return besselY(x, 1);
    }

    private static double besselY(double x, int nu) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        return besselJY(x, nu, true);
    }

    /**
     * J_nu or Y_nu (nu = 0, 1) at x &gt;= 0. Up to 25: Miller's downward recurrence from a high order, normalized by
     * {@code J0 + 2 Σ J_2k = 1}, with Y0 from Neumann's series {@code (2/π)[(ln(x/2) + γ) J0 - 2 Σ (-1)^k J_2k / k]}
     * and Y1 = -Y0' term by term. Beyond: Hankel's asymptotic expansion in the phase {@code x - (2nu + 1)π/4}.
     */
    private static double besselJY(double x, int nu, boolean second) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 25) {
            return besselHankel(x, nu, second);
        }
        if (x < 1) {
            return besselSeries(x, nu, second);
        }
        int top = 2 * (int) ((x + 30 + 12 * Math.cbrt(x)) / 2);
        double next = 0;
        double cur = 1e-300;
        // unnormalized sums: J0 + 2ΣJ_2k, Σ(-1)^k J_2k / k, Σ(-1)^k (J_2k-1 - J_2k+1) / k
        double norm = 0;
        double y0Sum = 0;
        double y1Sum = 0;
        double j0 = 0;
        double j1 = 0;
        for (int n = top; n >= 1; n--) {
            // cur = f_n, next = f_(n+1); f_(n-1) = (2n / x) f_n - f_(n+1)
            double prev = 2 * n / x * cur - next;
            if (n % 2 == 1) {
                // n - 1 = 2k is even: f_(n-1) is J_2k's term, f_n and f_(n-2) its odd neighbours
                int k = (n - 1) / 2;
                if (k >= 1) {
                    double sign = k % 2 == 0 ? 1 : -1;
                    norm += 2 * prev;
                    y0Sum += sign * prev / k;
                }
            } else {
                // n - 1 odd: J_(2k-1) - J_(2k+1) for 2k = n with f_(n-1) - f_(n+1)
                int k = n / 2;
                double sign = k % 2 == 0 ? 1 : -1;
                y1Sum += sign * (prev - next) / k;
            }
            if (n == 1) {
                j0 = prev;
                j1 = cur;
            }
            next = cur;
            cur = prev;
            if (Math.abs(cur) > 1e250) {
                next *= 1e-250;
                cur *= 1e-250;
                norm *= 1e-250;
                y0Sum *= 1e-250;
                y1Sum *= 1e-250;
            }
        }
        norm += j0;
        double jv0 = j0 / norm;
        double jv1 = j1 / norm;
        if (!second) {
            return nu == 0 ? jv0 : jv1;
        }
        double log = Math.log(x / 2) + EULER_GAMMA;
        if (nu == 0) {
            return 2 / Math.PI * (log * jv0 - 2 * y0Sum / norm);
        }
        return 2 / Math.PI * (log * jv1 - jv0 / x + y1Sum / norm);
    }

    // the power series below 1 (where Miller's 2n/x would overflow for tiny x): J from its definition, Y from
    // Y0 = (2/π)[(ln(x/2) + γ) J0 + Σ (-1)^(k+1) H_k q^k / k!²] and
    // Y1 = -2/(πx) + (2/π) ln(x/2) J1 - (x/2π) Σ (ψ(k+1) + ψ(k+2)) (-q)^k / (k!(k+1)!), q = x²/4
    private static double besselSeries(double x, int nu, boolean second) {
        double q = x * x / 4;
        double j = 0;
        double y = 0;
        double term = 1;
        double harmonic = 0;
        for (int k = 0; k < 40; k++) {
            if (k > 0) {
                term *= -q / ((double) k * (nu == 0 ? k : k + 1));
                harmonic += 1.0 / k;
            }
            j += term;
            y += nu == 0 ? -harmonic * term : (2 * harmonic + 1.0 / (k + 1) - 2 * EULER_GAMMA) * term;
        }
        if (nu == 0) {
            return second ? 2 / Math.PI * ((Math.log(x / 2) + EULER_GAMMA) * j + y) : j;
        }
        double j1 = x / 2 * j;
        if (!second) {
            return j1;
        }
        return -2 / (Math.PI * x) + 2 / Math.PI * Math.log(x / 2) * j1 - x / (2 * Math.PI) * y;
    }

    // sqrt(2/(πx)) (P cos χ - Q sin χ) for J, (P sin χ + Q cos χ) for Y, χ = x - (2nu + 1)π/4
    private static double besselHankel(double x, int nu, boolean second) {
        if (Double.isInfinite(x)) {
            // PyTorch's kernels take cos and sin of the infinite phase
            return Double.NaN;
        }
        double mu = 4.0 * nu * nu;
        double p = 1;
        double q = 0;
        double term = 1;
        for (int k = 1; k < 200; k++) {
            double next = term * (mu - (2 * k - 1) * (2.0 * k - 1)) / (k * 8 * x);
            if (Math.abs(next) >= Math.abs(term) || next == 0) {
                break;
            }
            term = next;
            // terms k = 1, 2, 3, ... go to Q, P, Q, ... with signs +, -, -, +, +, ...
            switch (k % 4) {
                case 1 -> q += term;
                case 2 -> p -= term;
                case 3 -> q -= term;
                default -> p += term;
            }
        }
        double chi = x - (nu == 0 ? Math.PI / 4 : 3 * Math.PI / 4);
        double amp = Math.sqrt(2 / (Math.PI * x));
        return second ? amp * (p * Math.sin(chi) + q * Math.cos(chi)) : amp * (p * Math.cos(chi) - q * Math.sin(chi));
    }

    /** K0(x), the modified Bessel function of the second kind of order 0: inf at 0, NaN below. */
    public static double besselK0(double x) {
        return besselK(x, 0, false);
    }

    /** K1(x): inf at 0, NaN below. */
    public static double besselK1(double x) {
        return besselK(x, 1, false);
    }

    /** exp(x) K0(x). */
    public static double besselK0e(double x) {
        return besselK(x, 0, true);
    }

    /** exp(x) K1(x). */
    public static double besselK1e(double x) {
        return besselK(x, 1, true);
    }

    /**
     * K_nu(x) = ∫_0^∞ exp(-x cosh t) cosh(nu t) dt by the trapezoidal rule, which converges exponentially for this
     * integrand (analytic in a strip, decaying double-exponentially); scaled by e^x when asked, with
     * {@code cosh t - 1 = 2 sinh²(t/2)} so that no cancellation enters.
     */
    private static double besselK(double x, int nu, boolean scaled) {
        if (Double.isNaN(x) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (x < 1e-100) {
            // the leading terms, exact to double precision this close to 0 (and no overflow in cosh below)
            return nu == 0 ? -Math.log(x / 2) - EULER_GAMMA : 1 / x;
        }
        double scaledValue = besselKScaled(x, nu);
        return scaled ? scaledValue : Math.exp(-x) * scaledValue;
    }

    // e^x K_nu(x) for x > 0 (not tiny), the trapezoid of the integral above
    private static double besselKScaled(double x, double nu) {
        // the integrand's peak at t = 0 narrows as 1/sqrt(x): the step keeps the trapezoid's error near 1e-17
        double h = Math.min(0.125, 0.7 / Math.sqrt(x));
        double sum = 0;
        for (int k = 0; ; k++) {
            double s = Math.sinh(k * h / 2);
            double decay = x * 2 * s * s;
            double f = Math.exp(-decay) * (nu == 0 ? 1 : Math.cosh(nu * k * h));
            sum += k == 0 ? f / 2 : f;
            if (decay > 40 && f <= sum * 1e-18) {
                break;
            }
        }
        return sum * h;
    }

    // ---------------------------------------------------------------- Airy Ai

    // Ai(0) and -Ai'(0) as double-doubles (high part, low part), from 40-digit values
    private static final double AI0_HI = 0.3550280538878172;
    private static final double AI0_LO = 2.05233632436212e-17;
    private static final double DAI0_HI = 0.2588194037928068;
    private static final double DAI0_LO = -2.522243111610832e-17;

    /**
     * Ai(x), the Airy function of the first kind, as PyTorch's {@code torch.special.airy_ai}: NaN at ±inf and 0 past
     * 103.892 (PyTorch's cut-off). Three regimes: for x in [-10, 1] the Maclaurin series {@code Ai(0) f(x) + Ai'(0)
     * g(x)} summed in double-double arithmetic (its terms grow like e^(2/3 |x|^1.5) against Ai's size, ~9 digits lost
     * at -10 out of ~32); above 1 {@code sqrt(x / 3) K_1/3(ζ) / π} with ζ = 2/3 x^1.5 (K by its integral); below -10
     * the oscillating asymptotic expansion (its error ~e^(-2ζ) &lt; 1e-18 there).
     */
    public static double airyAi(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (x > 103.892) {
            return 0;
        }
        if (x > 1) {
            double zeta = 2.0 / 3.0 * x * Math.sqrt(x);
            return Math.sqrt(x / 3) / Math.PI * Math.exp(-zeta) * besselKScaled(zeta, 1.0 / 3.0);
        }
        if (x >= -10) {
            return airyAiSeries(x);
        }
        return airyAiOscillating(-x);
    }

    // Maclaurin series in double-double: f = Σ 3^k (1/3)_k x^3k / (3k)!, g = Σ 3^k (2/3)_k x^(3k+1) / (3k+1)!,
    // each term the previous times x^3 / ((3k + 2)(3k + 3)) or x^3 / ((3k + 3)(3k + 4))
    private static double airyAiSeries(double x) {
        double[] x3 = ddMul(twoProd(x, x), x, 0);
        double[] f = {1, 0};
        double[] term = {1, 0};
        double[] g = {x, 0};
        double[] gTerm = {x, 0};
        for (int k = 0; k < 200; k++) {
            term = ddDiv(ddMul(term, x3[0], x3[1]), (3.0 * k + 2) * (3.0 * k + 3));
            gTerm = ddDiv(ddMul(gTerm, x3[0], x3[1]), (3.0 * k + 3) * (3.0 * k + 4));
            f = ddAdd(f, term);
            g = ddAdd(g, gTerm);
            if (Math.abs(term[0]) <= 1e-34 * Math.abs(f[0]) && Math.abs(gTerm[0]) <= 1e-34 * Math.abs(g[0]) + 1e-300) {
                break;
            }
        }
        double[] ai = ddAdd(ddMul(f, AI0_HI, AI0_LO), ddMul(g, -DAI0_HI, -DAI0_LO));
        return ai[0] + ai[1];
    }

    // Ai(-z) ~ (cos(ζ - π/4) Σ (-1)^k u_2k ζ^-2k + sin(ζ - π/4) Σ (-1)^k u_2k+1 ζ^-(2k+1)) / (sqrt(π) z^1/4),
    // u_k = u_k-1 (6k - 5)(6k - 3)(6k - 1) / (216 k (2k - 1)), summed while the terms shrink
    private static double airyAiOscillating(double z) {
        double zeta = 2.0 / 3.0 * z * Math.sqrt(z);
        double p = 1;
        double q = 0;
        double u = 1;
        double power = 1;
        double last = Double.POSITIVE_INFINITY;
        for (int k = 1; k < 100; k++) {
            u *= (6.0 * k - 5) * (6.0 * k - 3) * (6.0 * k - 1) / (216.0 * k * (2.0 * k - 1));
            power /= zeta;
            double t = u * power;
            if (t >= last || t < 1e-18) {
                break;
            }
            last = t;
            // k odd: the sine series' term (-1)^((k-1)/2) u_k ζ^-k; k even: the cosine series' (-1)^(k/2) u_k ζ^-k
            double sign = (k / 2) % 2 == 0 ? 1 : -1;
            if (k % 2 == 1) {
                q += sign * t;
            } else {
                p += sign * t;
            }
        }
        double sin = Math.sin(zeta);
        double cos = Math.cos(zeta);
        // cos(ζ - π/4) = (cos ζ + sin ζ) / √2, sin(ζ - π/4) = (sin ζ - cos ζ) / √2
        return ((cos + sin) * p + (sin - cos) * q) / Math.sqrt(2 * Math.PI * Math.sqrt(z));
    }

    // double-double helpers: a value is hi + lo with |lo| <= ulp(hi) / 2
    private static double[] twoProd(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    private static double[] quickTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    private static double[] ddAdd(double[] a, double[] b) {
        double s = a[0] + b[0];
        double v = s - a[0];
        double e = (a[0] - (s - v)) + (b[0] - v) + a[1] + b[1];
        return quickTwoSum(s, e);
    }

    private static double[] ddMul(double[] a, double bHi, double bLo) {
        double[] p = twoProd(a[0], bHi);
        return quickTwoSum(p[0], p[1] + a[0] * bLo + a[1] * bHi);
    }

    private static double[] ddDiv(double[] a, double d) {
        double q = a[0] / d;
        double[] p = twoProd(q, d);
        double r = (a[0] - p[0] - p[1] + a[1]) / d;
        return quickTwoSum(q, r);
    }
}

package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Elementwise one-input ops beyond the kernels: logit (with eps), nan_to_num, round to a number of decimals, each
 * following PyTorch 1.13's kernel formula and dtype support, and erfc, computed in double; each with
 * derivatives.yaml's gradient.
 */
public final class UnaryMathOps {
    static final OpDef LOGIT = OpDef.of("logit", Saves.inputs(0));
    static final OpDef NAN_TO_NUM = OpDef.of("nan_to_num", Saves.inputs(0));
    static final OpDef ROUND_DECIMALS = OpDef.of("round", 1, Saves.NOTHING);
    static final OpDef ERFC = OpDef.of("erfc", Saves.inputs(0));

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private UnaryMathOps() {
    }

    // ---------------------------------------------------------------- logit

    /**
     * {@code log(x / (1 - x))}, x first clamped to [eps, 1 - eps] when eps is given (null: no clamp); integers
     * give the default float. PyTorch: {@code torch.logit(input, eps=None)}; the gradient is
     * {@code 1 / (x (1 - x))}, 0 outside the clamp range (NaN outside [0, 1] without eps).
     */
    public static Tensor logit(Tensor x, Double eps) {
        DType t = checkLogit(x);
        return Dispatch.apply(LOGIT, new Tensor[] {x}, () -> logitForward(x.to(t), eps), (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor d = g[0].div(v.mul(v.rsub(1)));
            if (eps == null) {
                Tensor outside = v.lt(0).logicalOr(v.gt(1));
                return new Tensor[] {ComparisonOps.where(outside, Torch.scalarTensor(Double.NaN, d.dtype()), d)};
            }
            Tensor outside = v.lt(eps).logicalOr(v.gt(1 - eps));
            return new Tensor[] {PointwiseOps.passWhere(outside.logicalNot(), d)};
        });
    }

    public static Tensor logit_(Tensor x, Double eps) {
        DType t = checkLogit(x);
        Elementwise.checkCast(t, x.dtype());
        return Dispatch.inPlace(LOGIT, x, new Tensor[0], v -> logit(v, eps),
                () -> CopyOps.copyInto(x, logitForward(x.to(t), eps)));
    }

    private static DType checkLogit(Tensor x) {
        if (x.dtype() == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("logit_cpu", x.dtype());
        }
        return x.dtype().isFloatingPoint() ? x.dtype() : Torch.getDefaultDtype();
    }

    private static Tensor logitForward(Tensor x, Double eps) {
        Tensor v = eps == null || eps < 0 ? x : x.clamp(eps.doubleValue(), 1 - eps);
        return v.div(v.rsub(1)).log();
    }

    // ---------------------------------------------------------------- nan_to_num

    /**
     * NaN, +inf and -inf replaced by {@code nan}, {@code posinf} and {@code neginf} (null: the dtype's largest and
     * lowest finite values); integer and bool tensors come back as copies. PyTorch:
     * {@code torch.nan_to_num(input, nan=0.0, posinf=None, neginf=None)}; the gradient passes where x is finite.
     */
    public static Tensor nanToNum(Tensor x, double nan, Double posinf, Double neginf) {
        return Dispatch.apply(NAN_TO_NUM, new Tensor[] {x}, () -> nanToNumForward(x, nan, posinf, neginf),
                (ctx, g) -> new Tensor[] {g[0].mul(ctx.input(0).isfinite())});
    }

    public static Tensor nanToNum_(Tensor x, double nan, Double posinf, Double neginf) {
        return Dispatch.inPlace(NAN_TO_NUM, x, new Tensor[0], v -> nanToNum(v, nan, posinf, neginf),
                () -> CopyOps.copyInto(x, nanToNumForward(x, nan, posinf, neginf)));
    }

    private static Tensor nanToNumForward(Tensor x, double nan, Double posinf, Double neginf) {
        if (!x.dtype().isFloatingPoint()) {
            return x.clone();
        }
        DType d = x.dtype();
        double hi = posinf != null ? posinf : largestFinite(d);
        double lo = neginf != null ? neginf : -largestFinite(d);
        Tensor r = ComparisonOps.where(x.isnan(), Torch.scalarTensor(nan, d), x);
        r = ComparisonOps.where(r.eq(Double.POSITIVE_INFINITY), Torch.scalarTensor(hi, d), r);
        return ComparisonOps.where(r.eq(Double.NEGATIVE_INFINITY), Torch.scalarTensor(lo, d), r);
    }

    // torch.finfo(d).max
    private static double largestFinite(DType d) {
        return switch (d) {
            case FLOAT64 -> Double.MAX_VALUE;
            case FLOAT16 -> 65504.0;
            case BFLOAT16 -> 0x1.fep127;
            default -> Float.MAX_VALUE;
        };
    }

    // ---------------------------------------------------------------- round(decimals)

    /**
     * Rounds half to even at {@code decimals} decimal places (negative: to tens, hundreds, ...), computed as
     * PyTorch's kernel does in the tensor's dtype: {@code nearbyint(x · 10^d) / 10^d}. PyTorch:
     * {@code torch.round(input, decimals=d)}; floating dtypes other than float16 only.
     */
    public static Tensor round(Tensor x, int decimals) {
        checkRound(x);
        return Dispatch.apply(ROUND_DECIMALS, new Tensor[] {x}, () -> roundForward(x, decimals),
                (ctx, g) -> new Tensor[] {Torch.zerosLike(g[0])});
    }

    public static Tensor round_(Tensor x, int decimals) {
        checkRound(x);
        return Dispatch.inPlace(ROUND_DECIMALS, x, new Tensor[0], v -> round(v, decimals),
                () -> CopyOps.copyInto(x, roundForward(x, decimals)));
    }

    private static void checkRound(Tensor x) {
        DType d = x.dtype();
        if (d != DType.FLOAT32 && d != DType.FLOAT64 && d != DType.BFLOAT16) {
            throw PointwiseOps.notImplemented("round_cpu", d);
        }
    }

    private static Tensor roundForward(Tensor x, int decimals) {
        Tensor tenPow = Torch.scalarTensor(Math.pow(10, Math.abs(decimals)), x.dtype());
        return decimals < 0 ? x.div(tenPow).round().mul(tenPow) : x.mul(tenPow).round().div(tenPow);
    }

    // ---------------------------------------------------------------- erfc

    /**
     * The complementary error function {@code 1 - erf(x)}, computed in double so that its tail keeps full relative
     * precision (an erf series below 2, a continued fraction above) and rounded once; integers give the default
     * float, float16 and bfloat16 are computed as floats. PyTorch: {@code torch.erfc}; gradient
     * {@code -2/sqrt(pi) exp(-x²)}.
     */
    public static Tensor erfc(Tensor x) {
        DType t = x.dtype().isFloatingPoint() ? x.dtype() : Torch.getDefaultDtype();
        return Dispatch.apply(ERFC, new Tensor[] {x}, () -> erfcForward(x, t),
                (ctx, g) -> new Tensor[] {g[0].mul(ctx.input(0).square().neg().exp().mul(-TWO_OVER_SQRT_PI))});
    }

    public static Tensor erfc_(Tensor x) {
        DType t = x.dtype().isFloatingPoint() ? x.dtype() : Torch.getDefaultDtype();
        Elementwise.checkCast(t, x.dtype());
        return Dispatch.inPlace(ERFC, x, new Tensor[0], UnaryMathOps::erfc, () -> CopyOps.copyInto(x, erfcForward(x, t)));
    }

    private static Tensor erfcForward(Tensor x, DType t) {
        // half types round through float, as their other elementwise ops compute
        DType compute = Elementwise.isHalf(t) ? DType.FLOAT32 : t;
        Tensor in = x.to(compute);
        Tensor r = Operands.empty(Torch.options().dtype(compute).device(x.device()), x.sizes());
        Operands.backend(r).mapDouble(Operands.of(in), UnaryMathOps::erfc, Operands.of(r));
        return r.to(t);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
    }

    // erf(x) = 2/sqrt(pi) exp(-x²) Σ x (2x²)^n / (2n+1)!!: positive terms, no cancellation
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; term > sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    // erfc(x) = exp(-x²)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), by the modified Lentz method
    private static double erfcContinuedFraction(double x) {
        if (Double.isInfinite(x)) {
            return 0;
        }
        double tiny = 1e-300;
        double f = x;
        double c = f;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? 1 / tiny : 1 / d;
            c = x + a / c;
            if (c == 0) {
                c = tiny;
            }
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}

package jtorch.internal.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Elementwise math, comparisons and type promotion against PyTorch fixtures (tools/golden/pointwise.py),
 * in three memory layouts. A Python int argument calls the Java {@code long} overload, a Python float
 * the {@code double} one, so the fixtures pin how Java literals promote.
 */
class PointwiseFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // in-place ops work on the input itself (so strided inputs are written through), or on a clone
    // when it requires grad, since PyTorch refuses in-place ops on leaves that require grad
    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static void unary(String name, Function<Tensor, Tensor> f, Function<Tensor, Tensor> inPlace) {
        OPS.put(name, a -> f.apply(a.t(0)));
        if (inPlace != null) {
            OPS.put(name + "_", a -> inPlace.apply(target(a.t(0))));
        }
    }

    private static Number bound(Args a, String k) {
        return (Number) a.kwScalar(k);
    }

    private static Number alpha(Args a) {
        Object v = a.kwScalar("alpha");
        return v == null ? (Number) 1L : (Number) v;
    }

    /**
     * An op with Tensor, long and double overloads for its second operand: a Python int argument takes
     * the long one, a Python float the double one.
     */
    private static void overloads(String name, BiFunction<Tensor, Tensor, Tensor> t, BiFunction<Tensor, Long, Tensor> l,
                                  BiFunction<Tensor, Double, Tensor> d) {
        OPS.put(name, a -> {
            if (a.isTensor(1)) {
                return t.apply(a.t(0), a.t(1));
            }
            Object v = a.scalar(1);
            return v instanceof Long x ? l.apply(a.t(0), x) : d.apply(a.t(0), (Double) v);
        });
    }

    static {
        OPS.put("fill_", a -> a.t(0).clone().fill_(a.d(1)));
        unary("neg", Tensor::neg, Tensor::neg_);
        unary("abs", Tensor::abs, Tensor::abs_);
        unary("sqrt", Tensor::sqrt, Tensor::sqrt_);
        unary("rsqrt", Tensor::rsqrt, Tensor::rsqrt_);
        unary("exp", Tensor::exp, Tensor::exp_);
        unary("expm1", Tensor::expm1, Tensor::expm1_);
        unary("log", Tensor::log, Tensor::log_);
        unary("log1p", Tensor::log1p, Tensor::log1p_);
        unary("log2", Tensor::log2, Tensor::log2_);
        unary("log10", Tensor::log10, Tensor::log10_);
        unary("sin", Tensor::sin, Tensor::sin_);
        unary("cos", Tensor::cos, Tensor::cos_);
        unary("tan", Tensor::tan, Tensor::tan_);
        unary("tanh", Tensor::tanh, Tensor::tanh_);
        unary("sigmoid", Tensor::sigmoid, Tensor::sigmoid_);
        unary("relu", Tensor::relu, Tensor::relu_);
        unary("sign", Tensor::sign, Tensor::sign_);
        unary("floor", Tensor::floor, Tensor::floor_);
        unary("ceil", Tensor::ceil, Tensor::ceil_);
        unary("trunc", Tensor::trunc, Tensor::trunc_);
        unary("frac", Tensor::frac, Tensor::frac_);
        unary("round", Tensor::round, Tensor::round_);
        unary("reciprocal", Tensor::reciprocal, Tensor::reciprocal_);
        unary("square", Tensor::square, Tensor::square_);
        unary("erf", Tensor::erf, Tensor::erf_);
        unary("erfinv", Tensor::erfinv, Tensor::erfinv_);
        unary("logicalNot", Tensor::logicalNot, null);
        unary("isnan", Tensor::isnan, null);
        unary("isinf", Tensor::isinf, null);
        unary("isfinite", Tensor::isfinite, null);

        OPS.put("add", a -> {
            Number alpha = alpha(a);
            if (!a.isTensor(1)) {
                return a.scalar(1) instanceof Long l ? a.t(0).add(l) : a.t(0).add((Double) a.scalar(1));
            }
            return alpha instanceof Long l ? a.t(0).add(a.t(1), (long) l) : a.t(0).add(a.t(1), alpha.doubleValue());
        });
        OPS.put("sub", a -> {
            Number alpha = alpha(a);
            if (!a.isTensor(1)) {
                return a.scalar(1) instanceof Long l ? a.t(0).sub(l) : a.t(0).sub((Double) a.scalar(1));
            }
            return alpha instanceof Long l ? a.t(0).sub(a.t(1), (long) l) : a.t(0).sub(a.t(1), alpha.doubleValue());
        });
        OPS.put("add_", a -> {
            Tensor s = target(a.t(0));
            Number alpha = alpha(a);
            if (!a.isTensor(1)) {
                return a.scalar(1) instanceof Long l ? s.add_(l) : s.add_((Double) a.scalar(1));
            }
            return alpha instanceof Long l ? s.add_(a.t(1), (long) l) : s.add_(a.t(1), alpha.doubleValue());
        });
        OPS.put("sub_", a -> {
            Tensor s = target(a.t(0));
            Number alpha = alpha(a);
            if (!a.isTensor(1)) {
                return a.scalar(1) instanceof Long l ? s.sub_(l) : s.sub_((Double) a.scalar(1));
            }
            return alpha instanceof Long l ? s.sub_(a.t(1), (long) l) : s.sub_(a.t(1), alpha.doubleValue());
        });
        OPS.put("rsub", a -> a.scalar(1) instanceof Long l ? a.t(0).rsub(l) : a.t(0).rsub((Double) a.scalar(1)));
        overloads("mul", Tensor::mul, Tensor::mul, Tensor::mul);
        overloads("mul_", (s, o) -> target(s).mul_(o), (s, o) -> target(s).mul_(o), (s, o) -> target(s).mul_(o));
        OPS.put("div", a -> {
            String mode = a.kwString("rounding_mode", null);
            if (!a.passed("rounding_mode")) {
                return a.isTensor(1) ? a.t(0).div(a.t(1))
                        : a.scalar(1) instanceof Long l ? a.t(0).div(l) : a.t(0).div((Double) a.scalar(1));
            }
            if (a.isTensor(1)) {
                return a.t(0).div(a.t(1), mode);
            }
            return a.scalar(1) instanceof Long l ? a.t(0).div(l, mode) : a.t(0).div((Double) a.scalar(1), mode);
        });
        OPS.put("div_", a -> {
            String mode = a.kwString("rounding_mode", null);
            Tensor s = target(a.t(0));
            if (a.isTensor(1)) {
                return a.passed("rounding_mode") ? s.div_(a.t(1), mode) : s.div_(a.t(1));
            }
            if (mode != null) {
                return s.div_((Long) a.scalar(1), mode);
            }
            return a.scalar(1) instanceof Long l ? s.div_(l) : s.div_((Double) a.scalar(1));
        });
        overloads("floorDivide", Tensor::floorDivide, Tensor::floorDivide, Tensor::floorDivide);
        overloads("pow", Tensor::pow, Tensor::pow, Tensor::pow);
        OPS.put("pow_number_base", a -> Torch.pow(a.d(0), a.t(1)));
        overloads("pow_", (s, o) -> target(s).pow_(o), (s, o) -> target(s).pow_(o), (s, o) -> target(s).pow_(o));
        overloads("remainder", Tensor::remainder, Tensor::remainder, Tensor::remainder);
        overloads("remainder_", (s, o) -> target(s).remainder_(o), (s, o) -> target(s).remainder_(o),
                (s, o) -> target(s).remainder_(o));
        overloads("fmod", Tensor::fmod, Tensor::fmod, Tensor::fmod);
        overloads("fmod_", (s, o) -> target(s).fmod_(o), (s, o) -> target(s).fmod_(o), (s, o) -> target(s).fmod_(o));
        OPS.put("maximum", a -> a.t(0).maximum(a.t(1)));
        OPS.put("minimum", a -> a.t(0).minimum(a.t(1)));
        OPS.put("atan2", a -> a.t(0).atan2(a.t(1)));

        OPS.put("clamp", a -> a.t(0).clamp(bound(a, "min"), bound(a, "max")));
        OPS.put("clamp_", a -> target(a.t(0)).clamp_(bound(a, "min"), bound(a, "max")));
        OPS.put("clampMin", a -> a.scalar(1) instanceof Long l ? a.t(0).clampMin(l) : a.t(0).clampMin((Double) a.scalar(1)));
        OPS.put("clampMax", a -> a.scalar(1) instanceof Long l ? a.t(0).clampMax(l) : a.t(0).clampMax((Double) a.scalar(1)));
        OPS.put("clampMin_", a -> a.scalar(1) instanceof Long l ? target(a.t(0)).clampMin_(l)
                : target(a.t(0)).clampMin_((Double) a.scalar(1)));
        OPS.put("clampMax_", a -> a.scalar(1) instanceof Long l ? target(a.t(0)).clampMax_(l)
                : target(a.t(0)).clampMax_((Double) a.scalar(1)));

        overloads("eq", Tensor::eq, Tensor::eq, Tensor::eq);
        overloads("ne", Tensor::ne, Tensor::ne, Tensor::ne);
        overloads("lt", Tensor::lt, Tensor::lt, Tensor::lt);
        overloads("le", Tensor::le, Tensor::le, Tensor::le);
        overloads("gt", Tensor::gt, Tensor::gt, Tensor::gt);
        overloads("ge", Tensor::ge, Tensor::ge, Tensor::ge);
        OPS.put("logicalAnd", a -> a.t(0).logicalAnd(a.t(1)));
        OPS.put("logicalOr", a -> a.t(0).logicalOr(a.t(1)));
        OPS.put("logicalXor", a -> a.t(0).logicalXor(a.t(1)));
        OPS.put("isclose", a -> a.t(0).isclose(a.t(1), a.kwDouble("rtol", 1e-5), a.kwDouble("atol", 1e-8),
                a.kwBool("equal_nan", false)));
        OPS.put("allclose", a -> a.t(0).allclose(a.t(1), a.kwDouble("rtol", 1e-5), a.kwDouble("atol", 1e-8),
                a.kwBool("equal_nan", false)));
        OPS.put("equal", a -> a.t(0).equal(a.t(1)));
        OPS.put("where", a -> {
            if (!a.isTensor(1)) {
                return a.scalar(1) instanceof Long l ? Torch.where(a.t(0), (long) l, a.t(2))
                        : Torch.where(a.t(0), (double) (Double) a.scalar(1), a.t(2));
            }
            if (!a.isTensor(2)) {
                return a.scalar(2) instanceof Long l ? Torch.where(a.t(0), a.t(1), (long) l)
                        : Torch.where(a.t(0), a.t(1), (double) (Double) a.scalar(2));
            }
            return Torch.where(a.t(0), a.t(1), a.t(2));
        });
    }

    private static Tensor leaf(double low, double high, int... shape) {
        return Torch.rand(Torch.options().dtype(DType.FLOAT64), shape).mul(high - low).add(low).requiresGrad_(true);
    }

    private static void gradgrad(Function<List<Tensor>, Tensor> fn, Tensor... inputs) {
        GradCheck.gradgradcheck(fn, List.of(inputs));
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(11);
        List<Function<Tensor, Tensor>> smooth = List.of(Tensor::neg, Tensor::exp, Tensor::expm1, Tensor::sin,
                Tensor::cos, Tensor::tan, Tensor::tanh, Tensor::sigmoid, Tensor::square, Tensor::erf, Tensor::abs,
                Tensor::relu, Tensor::frac);
        for (Function<Tensor, Tensor> f : smooth) {
            gradgrad(in -> f.apply(in.get(0)), leaf(-1, 1, 2, 3));
        }
        List<Function<Tensor, Tensor>> positive = List.of(Tensor::sqrt, Tensor::rsqrt, Tensor::log, Tensor::log1p,
                Tensor::log2, Tensor::log10, Tensor::reciprocal);
        for (Function<Tensor, Tensor> f : positive) {
            gradgrad(in -> f.apply(in.get(0)), leaf(0.5, 2, 2, 3));
        }
        gradgrad(in -> in.get(0).add(in.get(1), 2.5).mul(in.get(1)), leaf(-1, 1, 2, 3), leaf(-1, 1, 3));
        gradgrad(in -> in.get(0).sub(in.get(1)).mul(in.get(0)), leaf(-1, 1, 2, 3), leaf(-1, 1, 2, 1));
        gradgrad(in -> in.get(0).div(in.get(1)), leaf(-1, 1, 2, 3), leaf(0.5, 2, 3));
        gradgrad(in -> in.get(0).pow(in.get(1)), leaf(0.5, 2, 2, 3), leaf(-1, 1, 3));
        gradgrad(in -> in.get(0).pow(2.5), leaf(0.5, 2, 2, 3));
        gradgrad(in -> in.get(0).atan2(in.get(1)), leaf(-1, 1, 2, 3), leaf(0.5, 1, 3));
        gradgrad(in -> in.get(0).remainder(in.get(1)).mul(in.get(0)), leaf(0.1, 0.9, 4), leaf(1.5, 2, 4));
        gradgrad(in -> in.get(0).maximum(in.get(1)).square(), leaf(-1, 1, 2, 3), leaf(-1, 1, 3));
        gradgrad(in -> in.get(0).clamp(-0.5, 0.5).square(), leaf(-1, 1, 2, 3));
        gradgrad(in -> Torch.where(in.get(0).gt(0), in.get(0).square(), in.get(1).exp()), leaf(-1, 1, 2, 3),
                leaf(-1, 1, 3));
        gradgrad(in -> in.get(0).t().unsqueeze(0).expand(2, 3, 2).narrow(2, 1, 1).square(), leaf(-1, 1, 2, 3));
        gradgrad(in -> in.get(0).permute(1, 0).reshape(6).slice(0, 1, null, 2).select(0, 1).exp(), leaf(-1, 1, 2, 3));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("pointwise");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

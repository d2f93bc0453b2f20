package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import jtorch.special.Special;
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
 * The integer, numeric and special pointwise ops and the in-place comparison/logical/alias forms of issue 21 against
 * PyTorch fixtures (tools/golden/pointwise_special.py), in three memory layouts, with gradients, float64 gradcheck
 * and second derivatives.
 */
class PointwiseSpecialFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static boolean isLong(Args a, int i) {
        return a.scalar(i) instanceof Long;
    }

    // an op of a tensor and a tensor or a Python int, with its in-place form
    private static void integer(String name, BiFunction<Tensor, Tensor, Tensor> f, BiFunction<Tensor, Long, Tensor> scalar,
                                BiFunction<Tensor, Tensor, Tensor> inPlace) {
        OPS.put(name, a -> a.isTensor(1) ? f.apply(a.t(0), a.t(1)) : scalar.apply(a.t(0), a.l(1)));
        OPS.put(name + "_", a -> inPlace.apply(target(a.t(0)), a.t(1)));
    }

    private static void unary(String name, Function<Tensor, Tensor> f) {
        OPS.put(name, a -> f.apply(a.t(0)));
    }

    private static void binary(String name, BiFunction<Tensor, Tensor, Tensor> f) {
        OPS.put(name, a -> f.apply(a.t(0), a.t(1)));
    }

    // in-place comparisons with a tensor, a Python float or a Python int
    private interface Compare {
        Tensor tensor(Tensor self, Tensor other);

        Tensor number(Tensor self, double other);

        Tensor integer(Tensor self, long other);
    }

    private static void compare(String name, Compare c) {
        OPS.put(name + "_", a -> !a.isTensor(1) ? (isLong(a, 1) ? c.integer(target(a.t(0)), a.l(1))
                : c.number(target(a.t(0)), a.d(1))) : c.tensor(target(a.t(0)), a.t(1)));
    }

    static {
        integer("bitwiseAnd", Tensor::bitwiseAnd, Tensor::bitwiseAnd, Tensor::bitwiseAnd_);
        integer("bitwiseOr", Tensor::bitwiseOr, Tensor::bitwiseOr, Tensor::bitwiseOr_);
        integer("bitwiseXor", Tensor::bitwiseXor, Tensor::bitwiseXor, Tensor::bitwiseXor_);
        integer("bitwiseLeftShift", Torch::bitwiseLeftShift, Torch::bitwiseLeftShift, Tensor::bitwiseLeftShift_);
        integer("bitwiseRightShift", Torch::bitwiseRightShift, Torch::bitwiseRightShift, Tensor::bitwiseRightShift_);
        OPS.put("bitwiseLeftShift", a -> !a.isTensor(0) ? Torch.bitwiseLeftShift(a.l(0), a.t(1))
                : a.isTensor(1) ? Torch.bitwiseLeftShift(a.t(0), a.t(1)) : Torch.bitwiseLeftShift(a.t(0), a.l(1)));
        OPS.put("bitwiseRightShift", a -> !a.isTensor(0) ? Torch.bitwiseRightShift(a.l(0), a.t(1))
                : a.isTensor(1) ? Torch.bitwiseRightShift(a.t(0), a.t(1)) : Torch.bitwiseRightShift(a.t(0), a.l(1)));
        binary("gcd", Torch::gcd);
        binary("lcm", Torch::lcm);
        OPS.put("gcd_", a -> Torch.gcd_(a.t(0), a.t(1)));
        OPS.put("lcm_", a -> Torch.lcm_(a.t(0), a.t(1)));
        unary("bitwiseNot", Torch::bitwiseNot);
        OPS.put("bitwiseNot_", a -> a.t(0).bitwiseNot_());

        unary("deg2rad", Torch::deg2rad);
        unary("rad2deg", Torch::rad2deg);
        unary("exp2", Torch::exp2);
        OPS.put("deg2rad_", a -> Torch.deg2rad_(target(a.t(0))));
        OPS.put("rad2deg_", a -> Torch.rad2deg_(target(a.t(0))));
        OPS.put("exp2_", a -> Torch.exp2_(target(a.t(0))));
        OPS.put("floatPower", a -> !a.isTensor(0) ? Torch.floatPower(a.d(0), a.t(1))
                : a.isTensor(1) ? Torch.floatPower(a.t(0), a.t(1)) : Torch.floatPower(a.t(0), a.d(1)));
        OPS.put("floatPower_", a -> a.isTensor(1) ? target(a.t(0)).floatPower_(a.t(1))
                : target(a.t(0)).floatPower_(a.d(1)));
        binary("fmax", Torch::fmax);
        binary("fmin", Torch::fmin);
        OPS.put("frexp", a -> Torch.frexp(a.t(0)));
        binary("ldexp", Torch::ldexp);
        OPS.put("ldexp_", a -> Torch.ldexp_(target(a.t(0)), a.t(1)));
        binary("heaviside", Torch::heaviside);
        OPS.put("heaviside_", a -> target(a.t(0)).heaviside_(a.t(1)));
        binary("nextafter", Torch::nextafter);
        OPS.put("nextafter_", a -> target(a.t(0)).nextafter_(a.t(1)));
        unary("signbit", Torch::signbit);
        unary("isposinf", Torch::isposinf);
        unary("isneginf", Torch::isneginf);
        unary("isreal", Torch::isreal);
        unary("sgn", Torch::sgn);
        OPS.put("sgn_", a -> target(a.t(0)).sgn_());
        unary("positive", Torch::positive);
        OPS.put("isin", a -> {
            if (!a.isTensor(0)) {
                return Torch.isin(a.d(0), a.t(1));
            }
            if (!a.isTensor(1)) {
                return isLong(a, 1) ? Torch.isin(a.t(0), a.l(1)) : Torch.isin(a.t(0), a.d(1));
            }
            return a.passed("invert") || a.passed("assume_unique")
                    ? Torch.isin(a.t(0), a.t(1), Torch.isinOptions().invert(a.kwBool("invert", false))
                            .assumeUnique(a.kwBool("assume_unique", false)))
                    : Torch.isin(a.t(0), a.t(1));
        });

        unary("lgamma", Torch::lgamma);
        unary("digamma", Torch::digamma);
        OPS.put("lgamma_", a -> target(a.t(0)).lgamma_());
        OPS.put("digamma_", a -> target(a.t(0)).digamma_());
        OPS.put("polygamma", a -> Torch.polygamma(a.i(0), a.t(1)));
        OPS.put("polygamma_", a -> target(a.t(0)).polygamma_(a.i(1)));
        OPS.put("mvlgamma", a -> Torch.mvlgamma(a.t(0), a.i(1)));
        OPS.put("mvlgamma_", a -> target(a.t(0)).mvlgamma_(a.i(1)));
        unary("i0", Torch::i0);
        OPS.put("i0_", a -> Torch.i0_(target(a.t(0))));
        binary("igamma", Torch::igamma);
        binary("igammac", Torch::igammac);
        OPS.put("igamma_", a -> target(a.t(0)).igamma_(a.t(1)));
        OPS.put("igammac_", a -> target(a.t(0)).igammac_(a.t(1)));
        unary("sinc", Torch::sinc);
        OPS.put("sinc_", a -> Torch.sinc_(target(a.t(0))));

        unary("special.gammaln", Special::gammaln);
        unary("special.digamma", Special::digamma);
        unary("special.psi", Special::psi);
        OPS.put("special.polygamma", a -> Special.polygamma(a.i(0), a.t(1)));
        OPS.put("special.multigammaln", a -> Special.multigammaln(a.t(0), a.i(1)));
        unary("special.i0", Special::i0);
        unary("special.i0e", Special::i0e);
        unary("special.i1", Special::i1);
        unary("special.i1e", Special::i1e);
        binary("special.gammainc", Special::gammainc);
        binary("special.gammaincc", Special::gammaincc);
        unary("special.sinc", Special::sinc);
        unary("special.erfcx", Special::erfcx);
        unary("special.ndtr", Special::ndtr);
        unary("special.ndtri", Special::ndtri);
        unary("special.logNdtr", Special::logNdtr);
        unary("special.entr", Special::entr);
        binary("special.xlog1py", Special::xlog1py);
        binary("special.zeta", Special::zeta);
        unary("special.expit", Special::expit);
        OPS.put("special.logit", a -> a.size() == 2 ? Special.logit(a.t(0), a.d(1)) : Special.logit(a.t(0)));
        binary("special.xlogy", Special::xlogy);
        unary("special.erf", Special::erf);
        unary("special.erfc", Special::erfc);
        unary("special.erfinv", Special::erfinv);
        OPS.put("special.round", a -> a.has("decimals") ? Special.round(a.t(0), a.kwInt("decimals", 0))
                : Special.round(a.t(0)));
        OPS.put("special.softmax", a -> Special.softmax(a.t(0), a.i(1)));
        OPS.put("special.logSoftmax", a -> Special.logSoftmax(a.t(0), a.i(1)));
        OPS.put("special.logsumexp", a -> Special.logsumexp(a.t(0), a.i(1)));
        unary("special.exp2", Special::exp2);
        unary("special.expm1", Special::expm1);
        unary("special.log1p", Special::log1p);

        polynomial("chebyshevPolynomialT", Special::chebyshevPolynomialT, Special::chebyshevPolynomialT,
                Special::chebyshevPolynomialT);
        polynomial("chebyshevPolynomialU", Special::chebyshevPolynomialU, Special::chebyshevPolynomialU,
                Special::chebyshevPolynomialU);
        polynomial("chebyshevPolynomialV", Special::chebyshevPolynomialV, Special::chebyshevPolynomialV,
                Special::chebyshevPolynomialV);
        polynomial("chebyshevPolynomialW", Special::chebyshevPolynomialW, Special::chebyshevPolynomialW,
                Special::chebyshevPolynomialW);
        polynomial("shiftedChebyshevPolynomialT", Special::shiftedChebyshevPolynomialT,
                Special::shiftedChebyshevPolynomialT, Special::shiftedChebyshevPolynomialT);
        polynomial("shiftedChebyshevPolynomialU", Special::shiftedChebyshevPolynomialU,
                Special::shiftedChebyshevPolynomialU, Special::shiftedChebyshevPolynomialU);
        polynomial("shiftedChebyshevPolynomialV", Special::shiftedChebyshevPolynomialV,
                Special::shiftedChebyshevPolynomialV, Special::shiftedChebyshevPolynomialV);
        polynomial("shiftedChebyshevPolynomialW", Special::shiftedChebyshevPolynomialW,
                Special::shiftedChebyshevPolynomialW, Special::shiftedChebyshevPolynomialW);
        polynomial("hermitePolynomialH", Special::hermitePolynomialH, Special::hermitePolynomialH,
                Special::hermitePolynomialH);
        polynomial("hermitePolynomialHe", Special::hermitePolynomialHe, Special::hermitePolynomialHe,
                Special::hermitePolynomialHe);
        polynomial("laguerrePolynomialL", Special::laguerrePolynomialL, Special::laguerrePolynomialL,
                Special::laguerrePolynomialL);
        polynomial("legendrePolynomialP", Special::legendrePolynomialP, Special::legendrePolynomialP,
                Special::legendrePolynomialP);
        unary("special.modifiedBesselI0", Special::modifiedBesselI0);
        unary("special.modifiedBesselI1", Special::modifiedBesselI1);
        unary("special.sphericalBesselJ0", Special::sphericalBesselJ0);
        unary("special.besselJ0", Special::besselJ0);
        unary("special.besselJ1", Special::besselJ1);
        unary("special.besselY0", Special::besselY0);
        unary("special.besselY1", Special::besselY1);
        unary("special.modifiedBesselK0", Special::modifiedBesselK0);
        unary("special.modifiedBesselK1", Special::modifiedBesselK1);
        unary("special.scaledModifiedBesselK0", Special::scaledModifiedBesselK0);
        unary("special.scaledModifiedBesselK1", Special::scaledModifiedBesselK1);

        compare("eq", cmp(Tensor::eq_, Tensor::eq_, Tensor::eq_));
        compare("ne", cmp(Tensor::ne_, Tensor::ne_, Tensor::ne_));
        compare("lt", cmp(Tensor::lt_, Tensor::lt_, Tensor::lt_));
        compare("le", cmp(Tensor::le_, Tensor::le_, Tensor::le_));
        compare("gt", cmp(Tensor::gt_, Tensor::gt_, Tensor::gt_));
        compare("ge", cmp(Tensor::ge_, Tensor::ge_, Tensor::ge_));
        compare("greater", cmp(Tensor::greater_, Tensor::greater_, Tensor::greater_));
        compare("greaterEqual", cmp(Tensor::greaterEqual_, Tensor::greaterEqual_, Tensor::greaterEqual_));
        compare("less", cmp(Tensor::less_, Tensor::less_, Tensor::less_));
        compare("lessEqual", cmp(Tensor::lessEqual_, Tensor::lessEqual_, Tensor::lessEqual_));
        compare("notEqual", cmp(Tensor::notEqual_, Tensor::notEqual_, Tensor::notEqual_));
        OPS.put("logicalAnd_", a -> a.t(0).logicalAnd_(a.t(1)));
        OPS.put("logicalOr_", a -> a.t(0).logicalOr_(a.t(1)));
        OPS.put("logicalXor_", a -> a.t(0).logicalXor_(a.t(1)));
        OPS.put("logicalNot_", a -> a.t(0).logicalNot_());
        OPS.put("lerp_", a -> a.isTensor(2) ? target(a.t(0)).lerp_(a.t(1), a.t(2)) : target(a.t(0)).lerp_(a.t(1), a.d(2)));
        OPS.put("divide_", a -> a.has("rounding_mode") ? target(a.t(0)).divide_(a.t(1), a.kwString("rounding_mode", null))
                : a.isTensor(1) ? target(a.t(0)).divide_(a.t(1)) : target(a.t(0)).divide_(a.d(1)));
        OPS.put("multiply_", a -> a.isTensor(1) ? target(a.t(0)).multiply_(a.t(1)) : target(a.t(0)).multiply_(a.d(1)));
        OPS.put("subtract_", a -> a.has("alpha") ? target(a.t(0)).subtract_(a.t(1), a.kwDouble("alpha", 1))
                : a.isTensor(1) ? target(a.t(0)).subtract_(a.t(1)) : target(a.t(0)).subtract_(a.d(1)));
        OPS.put("trueDivide_", a -> a.isTensor(1) ? target(a.t(0)).trueDivide_(a.t(1))
                : target(a.t(0)).trueDivide_(a.d(1)));
        OPS.put("floorDivide_", a -> a.isTensor(1) ? target(a.t(0)).floorDivide_(a.t(1))
                : target(a.t(0)).floorDivide_(a.l(1)));
        OPS.put("atan2_", a -> target(a.t(0)).atan2_(a.t(1)));
        OPS.put("arctan2_", a -> target(a.t(0)).arctan2_(a.t(1)));
        OPS.put("cumsum_", a -> target(a.t(0)).cumsum_(a.i(1)));
        OPS.put("cumprod_", a -> target(a.t(0)).cumprod_(a.i(1)));
    }

    private interface ScalarX {
        Tensor apply(double x, Tensor n);
    }

    // a polynomial of (tensor, tensor), (tensor, number degree) or (number, tensor)
    private static void polynomial(String name, BiFunction<Tensor, Tensor, Tensor> f, BiFunction<Tensor, Double, Tensor> n,
                                   ScalarX x) {
        OPS.put("special." + name, a -> !a.isTensor(0) ? x.apply(a.d(0), a.t(1))
                : a.isTensor(1) ? f.apply(a.t(0), a.t(1)) : n.apply(a.t(0), a.d(1)));
    }

    private static Compare cmp(BiFunction<Tensor, Tensor, Tensor> t, BiFunction<Tensor, Double, Tensor> d,
                               BiFunction<Tensor, Long, Tensor> l) {
        return new Compare() {
            @Override
            public Tensor tensor(Tensor self, Tensor other) {
                return t.apply(self, other);
            }

            @Override
            public Tensor number(Tensor self, double other) {
                return d.apply(self, other);
            }

            @Override
            public Tensor integer(Tensor self, long other) {
                return l.apply(self, other);
            }
        };
    }

    private static Tensor leaf(double low, double high, int... shape) {
        return Torch.rand(Torch.options().dtype(DType.FLOAT64), shape).mul(high - low).add(low).requiresGrad_(true);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(21);
        Tensor pos = leaf(0.5, 6, 2, 3);
        Tensor any = leaf(-3, 3, 2, 3);
        Tensor prob = leaf(0.05, 0.95, 2, 3);
        for (Function<Tensor, Tensor> f : List.<Function<Tensor, Tensor>>of(Tensor::lgamma, Tensor::digamma,
                x -> x.polygamma(2), x -> x.mvlgamma(2), Special::entr)) {
            GradCheck.gradgradcheck(in -> f.apply(in.get(0)), List.of(pos));
        }
        for (Function<Tensor, Tensor> f : List.<Function<Tensor, Tensor>>of(Tensor::i0, Special::i0e, Special::i1,
                Special::i1e, Tensor::sinc, Special::erfcx, Special::logNdtr, Tensor::exp2, Tensor::deg2rad,
                x -> x.frexp().mantissa())) {
            GradCheck.gradgradcheck(in -> f.apply(in.get(0)), List.of(any));
        }
        GradCheck.gradgradcheck(in -> Special.ndtri(in.get(0)), List.of(prob));
        GradCheck.gradgradcheck(in -> in.get(0).fmax(in.get(1)), List.of(any, pos));
        GradCheck.gradgradcheck(in -> Special.xlog1py(in.get(0), in.get(1)), List.of(any, pos));
        Tensor a = Torch.rand(Torch.options().dtype(DType.FLOAT64), 2, 3).add(1);
        GradCheck.gradgradcheck(in -> a.igamma(in.get(0)), List.of(pos));
        GradCheck.gradgradcheck(in -> a.igammac(in.get(0)), List.of(pos));
        GradCheck.gradgradcheck(in -> Special.zeta(a.add(1), in.get(0)), List.of(pos));
    }

    /** PyTorch 1.13 has no derivative for igamma's and zeta's first argument, heaviside or nextafter. */
    @Test
    void missingDerivativesFailAsInPyTorch() {
        Tensor x = Torch.full(new int[] {3}, 1.5).requiresGrad_(true);
        Map<String, Function<Tensor, Tensor>> ops = Map.of(
                "the derivative for 'igamma: input' is not implemented.", v -> v.igamma(Torch.ones(3)),
                "the derivative for 'igammac: input' is not implemented.", v -> v.igammac(Torch.ones(3)),
                "the derivative for 'zeta' is not implemented.", v -> Special.zeta(v, Torch.ones(3)),
                "derivative for aten::heaviside is not implemented", v -> v.heaviside(Torch.ones(3)),
                "the derivative for 'nextafter' is not implemented.", v -> v.nextafter(Torch.ones(3)));
        ops.forEach((message, f) -> {
            Tensor y = f.apply(x);
            assertEquals(message,
                    assertThrows(UnsupportedOperationException.class, () -> y.sum().backward()).getMessage());
        });
        assertEquals("NotImplemented", x.heaviside(Torch.ones(3)).gradFn().name());
        assertEquals("NextafterBackward0", x.nextafter(Torch.ones(3)).gradFn().name());
    }

    /** Big tensors split into runs over several threads: the integer and double loops give every element. */
    @Test
    void largeStridedInputs() {
        Torch.manualSeed(5);
        Tensor a = Torch.randint(-1000, 1000, 300, 200).t();
        Tensor b = Torch.randint(1, 50, 300);
        long[] got = a.gcd(b).contiguous().toLongArray();
        long[] av = a.contiguous().toLongArray();
        long[] bv = b.toLongArray();
        for (int i = 0; i < got.length; i++) {
            assertEquals(java.math.BigInteger.valueOf(av[i]).gcd(java.math.BigInteger.valueOf(bv[i % 300])).longValue(),
                    got[i]);
        }
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("pointwise_special");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The elementwise ops issue 21 adds against PyTorch fixtures (tools/golden/pointwise_more.py), in three memory
 * layouts, with gradients, float64 gradcheck and second derivatives.
 */
class PointwiseMoreFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static void unary(String name, Function<Tensor, Tensor> f, Function<Tensor, Tensor> inPlace) {
        OPS.put(name, a -> f.apply(a.t(0)));
        OPS.put(name + "_", a -> inPlace.apply(target(a.t(0))));
    }

    static {
        unary("asin", Tensor::asin, Tensor::asin_);
        unary("acos", Tensor::acos, Tensor::acos_);
        unary("atan", Tensor::atan, Tensor::atan_);
        unary("sinh", Tensor::sinh, Tensor::sinh_);
        unary("cosh", Tensor::cosh, Tensor::cosh_);
        unary("asinh", Tensor::asinh, Tensor::asinh_);
        unary("acosh", Tensor::acosh, Tensor::acosh_);
        unary("atanh", Tensor::atanh, Tensor::atanh_);
        unary("erfc", Tensor::erfc, Tensor::erfc_);
        unary("arcsin", Torch::arcsin, Torch::arcsin_);
        unary("arccos", Torch::arccos, Torch::arccos_);
        unary("arctan", Torch::arctan, Torch::arctan_);
        unary("arcsinh", Torch::arcsinh, Torch::arcsinh_);
        unary("arccosh", Torch::arccosh, Torch::arccosh_);
        unary("arctanh", Torch::arctanh, Torch::arctanh_);
        OPS.put("arctan2", a -> Torch.arctan2(a.t(0), a.t(1)));
        OPS.put("lerp", a -> a.isTensor(2) ? Torch.lerp(a.t(0), a.t(1), a.t(2)) : Torch.lerp(a.t(0), a.t(1), a.d(2)));
        OPS.put("addcmul", a -> Torch.addcmul(a.t(0), a.t(1), a.t(2), a.kwDouble("value", 1)));
        OPS.put("addcdiv", a -> Torch.addcdiv(a.t(0), a.t(1), a.t(2), a.kwDouble("value", 1)));
        OPS.put("addcmul_", a -> target(a.t(0)).addcmul_(a.t(1), a.t(2), a.kwDouble("value", 1)));
        OPS.put("addcdiv_", a -> target(a.t(0)).addcdiv_(a.t(1), a.t(2), a.kwDouble("value", 1)));
        OPS.put("hypot", a -> Torch.hypot(a.t(0), a.t(1)));
        OPS.put("hypot_", a -> target(a.t(0)).hypot_(a.t(1)));
        OPS.put("logaddexp", a -> Torch.logaddexp(a.t(0), a.t(1)));
        OPS.put("logaddexp2", a -> Torch.logaddexp2(a.t(0), a.t(1)));
        OPS.put("xlogy", a -> !a.isTensor(0) ? Torch.xlogy(a.d(0), a.t(1))
                : a.isTensor(1) ? Torch.xlogy(a.t(0), a.t(1)) : Torch.xlogy(a.t(0), a.d(1)));
        OPS.put("xlogy_", a -> target(a.t(0)).xlogy_(a.t(1)));
        OPS.put("copysign", a -> a.isTensor(1) ? Torch.copysign(a.t(0), a.t(1)) : Torch.copysign(a.t(0), a.d(1)));
        OPS.put("copysign_", a -> target(a.t(0)).copysign_(a.t(1)));
        OPS.put("logit", a -> a.has("eps") ? Torch.logit(a.t(0), a.kwDouble("eps", 0)) : Torch.logit(a.t(0)));
        OPS.put("logit_", a -> target(a.t(0)).logit_(a.has("eps") ? a.kwDouble("eps", 0) : null));
        OPS.put("nanToNum", a -> a.passed("nan") ? Torch.nanToNum(a.t(0), a.kwDouble("nan", 0), posinf(a), neginf(a))
                : Torch.nanToNum(a.t(0)));
        OPS.put("nanToNum_", a -> target(a.t(0)).nanToNum_(a.kwDouble("nan", 0), posinf(a), neginf(a)));
        OPS.put("round", a -> Torch.round(a.t(0), a.kwInt("decimals", 0)));
        OPS.put("round_", a -> target(a.t(0)).round_(a.kwInt("decimals", 0)));
    }

    private static Double posinf(OpFixtures.Args a) {
        return a.has("posinf") ? a.kwDouble("posinf", 0) : null;
    }

    private static Double neginf(OpFixtures.Args a) {
        return a.has("neginf") ? a.kwDouble("neginf", 0) : null;
    }

    private static Tensor leaf(double low, double high, int... shape) {
        return Torch.rand(Torch.options().dtype(DType.FLOAT64), shape).mul(high - low).add(low).requiresGrad_(true);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(12);
        for (Function<Tensor, Tensor> f : List.<Function<Tensor, Tensor>>of(Tensor::asin, Tensor::acos, Tensor::atan,
                Tensor::sinh, Tensor::cosh, Tensor::asinh, Tensor::atanh)) {
            GradCheck.gradgradcheck(in -> f.apply(in.get(0)), List.of(leaf(-0.8, 0.8, 2, 3)));
        }
        GradCheck.gradgradcheck(in -> in.get(0).acosh(), List.of(leaf(1.2, 3, 2, 3)));
        Tensor a = leaf(0.2, 0.8, 2, 3);
        Tensor b = leaf(0.5, 2, 3);
        Tensor w = leaf(0, 1, 2, 3);
        GradCheck.gradgradcheck(in -> in.get(0).lerp(in.get(1), in.get(2)), List.of(a, b, w));
        GradCheck.gradgradcheck(in -> in.get(0).addcmul(in.get(1), in.get(2), 0.5), List.of(a, b, w));
        GradCheck.gradgradcheck(in -> in.get(0).addcdiv(in.get(1), in.get(2).add(1), 0.5), List.of(a, b, w));
        GradCheck.gradgradcheck(in -> in.get(0).hypot(in.get(1)), List.of(a, b));
        GradCheck.gradgradcheck(in -> in.get(0).logaddexp(in.get(1)), List.of(a, b));
        GradCheck.gradgradcheck(in -> in.get(0).logaddexp2(in.get(1)), List.of(a, b));
        GradCheck.gradgradcheck(in -> in.get(0).xlogy(in.get(1)), List.of(a, b));
        GradCheck.gradgradcheck(in -> in.get(0).logit(), List.of(a));
        GradCheck.gradgradcheck(in -> in.get(0).erfc(), List.of(b));
    }

    /** PyTorch 1.13 records asinh_, acosh_ and atanh_ with nodes that have no derivative. */
    @Test
    void inPlaceInverseHyperbolicsHaveNoDerivative() {
        Map<String, Function<Tensor, Tensor>> ops = Map.of("asinh", Tensor::asinh_, "acosh", Tensor::acosh_, "atanh",
                Tensor::atanh_);
        ops.forEach((name, f) -> {
            Tensor x = Torch.full(new int[] {3}, 0.5).requiresGrad_(true);
            Tensor y = f.apply(x.clone());
            assertEquals(Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Backward1", y.gradFn().name());
            assertEquals("the derivative for 'inplace version of " + name + "' is not implemented.",
                    assertThrows(UnsupportedOperationException.class, () -> y.sum().backward()).getMessage());
        });
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("pointwise_more");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

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
        unary("arcsin", Torch::arcsin, Torch::arcsin_);
        unary("arccos", Torch::arccos, Torch::arccos_);
        unary("arctan", Torch::arctan, Torch::arctan_);
        unary("arcsinh", Torch::arcsinh, Torch::arcsinh_);
        unary("arccosh", Torch::arccosh, Torch::arccosh_);
        unary("arctanh", Torch::arctanh, Torch::arctanh_);
        OPS.put("arctan2", a -> Torch.arctan2(a.t(0), a.t(1)));
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

package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * _standard_gamma with its reparameterised gradient (StandardGammaBackward0), _standard_gamma_grad and _dirichlet_grad
 * against PyTorch fixtures (tools/golden/distributions.py), and _standard_gamma_grad against the derivative it
 * approximates.
 */
class DistributionGradsFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    static {
        OPS.put("standardGamma", a -> {
            Torch.manualSeed(5);
            return Torch.standardGamma(a.t(0));
        });
        OPS.put("standardGammaGrad", a -> Torch.standardGammaGrad(a.t(0), a.t(1)));
        OPS.put("dirichletGrad", a -> Torch.dirichletGrad(a.t(0), a.t(1), a.t(2)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("distribution_grads");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    /**
     * The reparameterised gradient is {@code -(dP(alpha, x)/dalpha) / pdf(x)}, P the regularized lower incomplete
     * gamma function: central differences of igamma in float64 agree with PyTorch's approximations to their
     * accuracy (a few parts in a thousand for the rational fit) in every branch.
     */
    @Test
    void approximatesTheImplicitDerivative() {
        double[] alphas = {0.3, 1, 2, 5, 5, 9, 9, 30, 0.5};
        double[] xs = {0.1, 0.5, 1.5, 0.9, 8, 9.2, 15, 20, 5};
        Tensor alpha = Torch.fromArray(alphas);
        Tensor x = Torch.fromArray(xs);
        Tensor got = Torch.standardGammaGrad(alpha, x);
        double h = 1e-6;
        Tensor dP = Torch.igamma(alpha.add(h), x).sub(Torch.igamma(alpha.sub(h), x)).div(2 * h);
        Tensor pdf = alpha.sub(1L).mul(x.log()).sub(x).sub(alpha.lgamma()).exp();
        Tensor want = dP.neg().div(pdf);
        assertEquals(DType.FLOAT64, got.dtype());
        for (int i = 0; i < alphas.length; i++) {
            double g = got.select(0, i).item();
            double w = want.select(0, i).item();
            assertEquals(w, g, 5e-3 * Math.abs(w), "alpha " + alphas[i] + ", x " + xs[i]);
        }
    }
}

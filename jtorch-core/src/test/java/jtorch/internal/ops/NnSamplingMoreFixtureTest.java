package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.functional.FractionalMaxPoolFuncOptions;
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
 * F.grid_sample and F.fractional_max_pool2d/3d against PyTorch fixtures (tools/golden/nn_sampling_more.py), in
 * three memory layouts, with gradients, float64 gradcheck, second derivatives of fractional max pooling and
 * PyTorch's error messages; the fractional pools' own draws (seeded/ cases) give PyTorch's windows.
 */
class NnSamplingMoreFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static FractionalMaxPoolFuncOptions fmpOptions(Args a) {
        FractionalMaxPoolFuncOptions o = F.fractionalMaxPoolOptions();
        if (a.has("output_size")) {
            o.outputSize(a.kwInts("output_size"));
        }
        if (a.has("output_ratio")) {
            o.outputRatio(a.kwDoubles("output_ratio"));
        }
        return o;
    }

    static {
        OPS.put("grid_sample", a -> {
            var o = F.gridSampleOptions().mode(a.kwString("mode", "bilinear"))
                    .paddingMode(a.kwString("padding_mode", "zeros"));
            if (a.has("align_corners")) {
                o.alignCorners(a.kwBool("align_corners", false));
            }
            return F.gridSample(a.t(0), a.t(1), o);
        });
        OPS.put("fractional_max_pool2d", a -> F.fractionalMaxPool2d(a.t(0), a.ints(2),
                fmpOptions(a).randomSamples(a.t(1))));
        OPS.put("fractional_max_pool2d_with_indices", a -> F.fractionalMaxPool2dWithIndices(a.t(0), a.ints(2),
                fmpOptions(a).randomSamples(a.t(1))));
        OPS.put("fractional_max_pool3d", a -> F.fractionalMaxPool3d(a.t(0), a.ints(2),
                fmpOptions(a).randomSamples(a.t(1))));
        OPS.put("fractional_max_pool3d_with_indices", a -> F.fractionalMaxPool3dWithIndices(a.t(0), a.ints(2),
                fmpOptions(a).randomSamples(a.t(1))));
        OPS.put("seeded/fractional_max_pool2d", a -> {
            Torch.manualSeed(7);
            return F.fractionalMaxPool2dWithIndices(a.t(0), a.ints(1), fmpOptions(a));
        });
        OPS.put("seeded/fractional_max_pool3d", a -> {
            Torch.manualSeed(7);
            return F.fractionalMaxPool3dWithIndices(a.t(0), a.ints(1), fmpOptions(a));
        });
        OPS.put("grad_of/fractional_max_pool2d", a -> gradOf(a, 2));
        OPS.put("grad_of/fractional_max_pool3d", a -> gradOf(a, 3));
    }

    // the gradient of a fresh leaf copy of the input, with create_graph
    private static Tensor gradOf(Args a, int spatial) {
        Tensor x = a.t(0).detach().requiresGrad_(true);
        var o = F.fractionalMaxPoolOptions().outputSize(a.ints(4)).randomSamples(a.t(1));
        // gradcheck evaluates the function under no-grad
        try (var enabled = Torch.enableGrad()) {
            Tensor y = spatial == 2 ? F.fractionalMaxPool2d(x, a.ints(3), o) : F.fractionalMaxPool3d(x, a.ints(3), o);
            return Torch.autograd().grad(List.of(y), List.of(x), List.of(a.t(2)), null, true, false).get(0);
        }
    }

    /** As in PyTorch, the sampler's gradient has no derivative of its own. */
    @Test
    void gridSampleDoubleBackwardIsNotImplemented() {
        Torch.manualSeed(3);
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), 1, 1, 3, 3).requiresGrad_(true);
        Tensor g = Torch.rand(Torch.options().dtype(DType.FLOAT64), 1, 2, 2, 2).requiresGrad_(true);
        Tensor y = F.gridSample(x, g, F.gridSampleOptions().alignCorners(false));
        List<Tensor> grads = Torch.autograd().grad(List.of(y.sum()), List.of(x, g), null, null, true, false);
        assertEquals("NotImplemented", grads.get(1).gradFn().name());
        var e = assertThrows(UnsupportedOperationException.class, () -> grads.get(1).sum().backward());
        assertEquals("derivative for aten::grid_sampler_2d_backward is not implemented", e.getMessage());
    }

    /** A samples tensor of another shape is refused (PyTorch reads it unchecked, past its end when smaller). */
    @Test
    void samplesOfTheWrongShapeAreRefused() {
        Tensor x = Torch.randn(2, 3, 7, 6);
        var e = assertThrows(IllegalArgumentException.class, () -> F.fractionalMaxPool2d(x, 2,
                F.fractionalMaxPoolOptions().outputSize(3).randomSamples(Torch.rand(1, 3, 2))));
        assertEquals("fractional_max_pool2d(): expected _random_samples of shape [2, 3, 2] for input of shape "
                + "[2, 3, 7, 6], but got [1, 3, 2]", e.getMessage());
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_sampling_more");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

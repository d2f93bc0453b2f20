package jtorch.internal.ops;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convolution, pooling, normalisation, interpolation and padding against PyTorch fixtures
 * (tools/golden/nn_conv.py), through the {@code F} forms, in three memory layouts, with gradients,
 * float64 gradcheck and (the grad_of/ cases) second derivatives.
 */
class NnConvFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("conv2d", a -> F.conv2d(a.t(0), a.t(1), opt(a, 2), ints(a, "stride", 1), ints(a, "padding", 0),
                    ints(a, "dilation", 1), a.kwInt("groups", 1))),
            entry("conv2d_mode", a -> F.conv2d(a.t(0), a.t(1), opt(a, 2), ints(a, "stride", 1), a.s(3),
                    ints(a, "dilation", 1), a.kwInt("groups", 1))),
            entry("conv1d", a -> F.conv1d(a.t(0), a.t(1), opt(a, 2), a.kwInt("stride", 1), a.kwInt("padding", 0),
                    a.kwInt("dilation", 1), a.kwInt("groups", 1))),
            entry("conv1d_mode", a -> F.conv1d(a.t(0), a.t(1), opt(a, 2), a.kwInt("stride", 1), a.s(3),
                    a.kwInt("dilation", 1), a.kwInt("groups", 1))),
            entry("conv_transpose2d", NnConvFixtureTest::convTranspose2d),
            entry("conv_transpose1d", a -> F.convTranspose1d(a.t(0), a.t(1), opt(a, 2), a.kwInt("stride", 1),
                    a.kwInt("padding", 0), a.kwInt("output_padding", 0), a.kwInt("groups", 1),
                    a.kwInt("dilation", 1))),
            entry("grad_of/conv2d_input", a -> gradOf(a, 0, false)),
            entry("grad_of/conv2d_weight", a -> gradOf(a, 1, false)),
            entry("grad_of/conv_transpose2d_input", a -> gradOf(a, 0, true)),
            entry("grad_of/conv_transpose2d_weight", a -> gradOf(a, 1, true)),
            entry("max_pool2d", a -> F.maxPool2d(a.t(0), a.kwInts("kernel_size"), ints(a, "stride"),
                    ints(a, "padding", 0), ints(a, "dilation", 1), a.kwBool("ceil_mode", false))),
            entry("max_pool2d_with_indices", a -> F.maxPool2dWithIndices(a.t(0), a.kwInts("kernel_size"),
                    ints(a, "stride"), ints(a, "padding", 0), ints(a, "dilation", 1), a.kwBool("ceil_mode", false))),
            entry("max_pool1d", a -> F.maxPool1d(a.t(0), a.kwInt("kernel_size", 0), maxPool1dOptions(a))),
            entry("max_pool1d_with_indices", a -> F.maxPool1dWithIndices(a.t(0), a.kwInt("kernel_size", 0),
                    maxPool1dOptions(a))),
            entry("avg_pool2d", a -> {
                var o = F.avgPoolOptions().padding(ints(a, "padding", 0)).ceilMode(a.kwBool("ceil_mode", false))
                        .countIncludePad(a.kwBool("count_include_pad", true));
                if (ints(a, "stride").length > 0) {
                    o.stride(ints(a, "stride"));
                }
                if (a.has("divisor_override")) {
                    o.divisorOverride(a.kwInt("divisor_override", 0));
                }
                return F.avgPool2d(a.t(0), a.kwInts("kernel_size"), o);
            }),
            entry("avg_pool1d", a -> F.avgPool1d(a.t(0), a.kwInt("kernel_size", 0), avgPool1dOptions(a))),
            entry("adaptive_avg_pool2d", a -> F.adaptiveAvgPool2d(a.t(0), a.ints(1))),
            entry("adaptive_max_pool2d", a -> F.adaptiveMaxPool2d(a.t(0), a.ints(1))),
            entry("adaptive_max_pool2d_with_indices", a -> F.adaptiveMaxPool2dWithIndices(a.t(0), a.ints(1))),
            entry("max_unpool2d", a -> F.maxUnpool2d(a.t(0), a.t(1), a.kwInts("kernel_size"),
                    Nn3dSamplingFixtureTest.unpoolOptions(a))),
            entry("batch_norm", a -> {
                Tensor rm = opt(a, 1);
                Tensor rv = opt(a, 2);
                Tensor y = F.batchNorm(a.t(0), rm, rv, opt(a, 3), opt(a, 4), a.kwBool("training", false),
                        a.kwDouble("momentum", 0.1), a.kwDouble("eps", 1e-5));
                Tensor empty = Torch.zeros(0);
                return List.of(y, rm == null ? empty : rm, rv == null ? empty : rv);
            }),
            entry("layer_norm", a -> F.layerNorm(a.t(0), a.ints(1), opt(a, 2), opt(a, 3), a.kwDouble("eps", 1e-5))),
            entry("group_norm", a -> F.groupNorm(a.t(0), a.i(1), opt(a, 2), opt(a, 3), a.kwDouble("eps", 1e-5))),
            entry("interpolate", a -> F.interpolate(a.t(0), Nn3dSamplingFixtureTest.interpolateOptions(a))),
            entry("pad", a -> F.pad(a.t(0), a.ints(1), a.kwString("mode", "constant"), a.kwDouble("value", 0))));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_conv");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static Tensor opt(Args a, int i) {
        return a.isTensor(i) ? a.t(i) : null;
    }

    private static int[] ints(Args a, String k, int def) {
        return a.has(k) ? a.kwInts(k) : new int[] {def};
    }

    // an absent stride is the empty list PyTorch's pooling functions read as "the kernel size"
    private static int[] ints(Args a, String k) {
        return a.has(k) ? a.kwInts(k) : new int[0];
    }

    private static jtorch.nn.functional.MaxPoolFuncOptions maxPool1dOptions(Args a) {
        var o = F.maxPoolOptions().padding(a.kwInt("padding", 0)).dilation(a.kwInt("dilation", 1))
                .ceilMode(a.kwBool("ceil_mode", false));
        return a.has("stride") ? o.stride(a.kwInt("stride", 0)) : o;
    }

    private static jtorch.nn.functional.AvgPoolFuncOptions avgPool1dOptions(Args a) {
        var o = F.avgPoolOptions().padding(a.kwInt("padding", 0)).ceilMode(a.kwBool("ceil_mode", false))
                .countIncludePad(a.kwBool("count_include_pad", true));
        return a.has("stride") ? o.stride(a.kwInt("stride", 0)) : o;
    }

    private static Tensor convTranspose2d(Args a) {
        return F.convTranspose2d(a.t(0), a.t(1), opt(a, 2), ints(a, "stride", 1), ints(a, "padding", 0),
                ints(a, "output_padding", 0), a.kwInt("groups", 1), ints(a, "dilation", 1));
    }

    // the first-order gradient of a convolution built with create_graph, so its gradients are second derivatives
    private static Tensor gradOf(Args a, int which, boolean transposed) {
        Tensor x = a.t(0);
        Tensor w = a.t(1);
        for (Tensor t : new Tensor[] {x, w}) {
            if (!t.requiresGrad()) {
                t.requiresGrad_(true); // the output check builds plain inputs; differentiating needs leaves
            }
        }
        try (var enabled = Torch.enableGrad()) {
            Tensor y = transposed
                    ? F.convTranspose2d(x, w, null, ints(a, "stride", 1), ints(a, "padding", 0),
                            ints(a, "output_padding", 0), a.kwInt("groups", 1), ints(a, "dilation", 1))
                    : F.conv2d(x, w, null, ints(a, "stride", 1), ints(a, "padding", 0), ints(a, "dilation", 1),
                            a.kwInt("groups", 1));
            return Torch.autograd().grad(List.of(y), List.of(x, w), List.of(a.t(2)), true, true, false).get(which);
        }
    }
}

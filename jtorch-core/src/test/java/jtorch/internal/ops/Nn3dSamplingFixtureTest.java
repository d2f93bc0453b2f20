package jtorch.internal.ops;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.AvgPoolFuncOptions;
import jtorch.nn.functional.F;
import jtorch.nn.functional.MaxPoolFuncOptions;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21's 3-d convolution and pooling, unpooling, alpha dropout, exponential_/gumbel_softmax and affine_grid
 * against PyTorch fixtures (tools/golden/nn_3d_sampling.py), through the {@code F} and {@code Torch} forms, in
 * three memory layouts, with gradients, float64 gradcheck and (the grad_of/ cases) second derivatives.
 */
class Nn3dSamplingFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("conv3d", a -> F.conv3d(a.t(0), a.t(1), F.convOptions().bias(opt(a, 2)).stride(ints(a, "stride", 1))
                    .padding(ints(a, "padding", 0)).dilation(ints(a, "dilation", 1)).groups(a.kwInt("groups", 1)))),
            entry("conv3d_mode", a -> F.conv3d(a.t(0), a.t(1), F.convOptions().bias(opt(a, 2))
                    .stride(ints(a, "stride", 1)).padding(a.s(3)).dilation(ints(a, "dilation", 1))
                    .groups(a.kwInt("groups", 1)))),
            entry("conv_transpose3d", a -> F.convTranspose3d(a.t(0), a.t(1), F.convTransposeOptions().bias(opt(a, 2))
                    .stride(ints(a, "stride", 1)).padding(ints(a, "padding", 0))
                    .outputPadding(ints(a, "output_padding", 0)).groups(a.kwInt("groups", 1))
                    .dilation(ints(a, "dilation", 1)))),
            entry("grad_of/conv3d_input", a -> gradOf(a, 0, false)),
            entry("grad_of/conv3d_weight", a -> gradOf(a, 1, false)),
            entry("grad_of/conv_transpose3d_input", a -> gradOf(a, 0, true)),
            entry("grad_of/conv_transpose3d_weight", a -> gradOf(a, 1, true)),
            entry("max_pool3d", a -> F.maxPool3d(a.t(0), a.kwInts("kernel_size"), maxPoolOptions(a))),
            entry("max_pool3d_with_indices", a -> F.maxPool3dWithIndices(a.t(0), a.kwInts("kernel_size"),
                    maxPoolOptions(a))),
            entry("avg_pool3d", a -> F.avgPool3d(a.t(0), a.kwInts("kernel_size"), avgPoolOptions(a))),
            entry("adaptive_avg_pool3d", a -> F.adaptiveAvgPool3d(a.t(0), ints(a, 1))),
            entry("adaptive_max_pool3d", a -> F.adaptiveMaxPool3d(a.t(0), ints(a, 1))),
            entry("adaptive_max_pool3d_with_indices", a -> F.adaptiveMaxPool3dWithIndices(a.t(0), ints(a, 1))),
            entry("torch.conv1d", a -> Torch.conv1d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4), a.ints(5), a.i(6))),
            entry("torch.conv1d_mode", a -> Torch.conv1d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.s(4), a.ints(5),
                    a.i(6))),
            entry("torch.conv2d", a -> Torch.conv2d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4), a.ints(5), a.i(6))),
            entry("torch.conv3d", a -> Torch.conv3d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4), a.ints(5), a.i(6))),
            entry("torch.conv3d_mode", a -> Torch.conv3d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.s(4), a.ints(5),
                    a.i(6))),
            entry("torch.conv_transpose1d", a -> Torch.convTranspose1d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4),
                    a.ints(5), a.i(6), a.ints(7))),
            entry("torch.conv_transpose2d", a -> Torch.convTranspose2d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4),
                    a.ints(5), a.i(6), a.ints(7))),
            entry("torch.conv_transpose3d", a -> Torch.convTranspose3d(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4),
                    a.ints(5), a.i(6), a.ints(7))),
            entry("torch.convolution", a -> Torch.convolution(a.t(0), a.t(1), opt(a, 2), a.ints(3), a.ints(4),
                    a.ints(5), a.b(6), a.ints(7), a.i(8))),
            entry("torch.max_pool1d", a -> a.size() == 2 ? Torch.maxPool1d(a.t(0), a.i(1))
                    : Torch.maxPool1d(a.t(0), a.i(1), a.i(2), a.i(3), a.i(4), a.b(5))),
            entry("torch.max_pool1d_with_indices", a -> Torch.maxPool1dWithIndices(a.t(0), a.i(1), a.i(2), a.i(3),
                    a.i(4), a.b(5))),
            entry("torch.max_pool2d", a -> Torch.maxPool2d(a.t(0), a.ints(1), a.ints(2), a.ints(3), a.ints(4),
                    a.b(5))),
            entry("torch.max_pool3d", a -> a.size() == 2 ? Torch.maxPool3d(a.t(0), a.ints(1))
                    : Torch.maxPool3d(a.t(0), a.ints(1), a.ints(2), a.ints(3), a.ints(4), a.b(5))),
            entry("torch.avg_pool1d", a -> a.size() == 2 ? Torch.avgPool1d(a.t(0), a.i(1))
                    : Torch.avgPool1d(a.t(0), a.i(1), a.i(2), a.i(3), a.b(4), a.b(5))),
            entry("torch.adaptive_avg_pool1d", a -> Torch.adaptiveAvgPool1d(a.t(0), a.i(1))),
            entry("torch.adaptive_max_pool1d", a -> Torch.adaptiveMaxPool1d(a.t(0), a.i(1))),
            entry("max_unpool3d", a -> F.maxUnpool3d(a.t(0), a.t(1), a.kwInts("kernel_size"), unpoolOptions(a))),
            entry("max_unpool1d", a -> F.maxUnpool1d(a.t(0), a.t(1), a.kwInt("kernel_size", 0), unpoolOptions(a))),
            entry("alpha_dropout", a -> seeded(() -> F.alphaDropout(a.t(0), a.d(1), a.b(2)))),
            entry("alpha_dropout_inplace", a -> seeded(() -> F.alphaDropout(target(a.t(0)), a.d(1), a.b(2), true))),
            entry("feature_alpha_dropout", a -> seeded(() -> F.featureAlphaDropout(a.t(0), a.d(1), a.b(2)))),
            entry("feature_alpha_dropout_inplace", a -> seeded(() -> F.featureAlphaDropout(target(a.t(0)), a.d(1),
                    a.b(2), true))),
            entry("torch.alpha_dropout", a -> seeded(() -> Torch.alphaDropout(a.t(0), a.d(1), a.b(2)))),
            entry("torch.feature_alpha_dropout", a -> seeded(() -> Torch.featureAlphaDropout(a.t(0), a.d(1),
                    a.b(2)))),
            entry("adaptive_avg_pool2d_none", a -> F.adaptiveAvgPool2d(a.t(0), sizes(a))),
            entry("adaptive_max_pool2d_none", a -> F.adaptiveMaxPool2d(a.t(0), sizes(a))),
            entry("adaptive_max_pool2d_with_indices_none", a -> F.adaptiveMaxPool2dWithIndices(a.t(0), sizes(a))),
            entry("adaptive_avg_pool3d_none", a -> F.adaptiveAvgPool3d(a.t(0), sizes(a))),
            entry("adaptive_max_pool3d_none", a -> F.adaptiveMaxPool3d(a.t(0), sizes(a))),
            entry("adaptive_max_pool3d_with_indices_none", a -> F.adaptiveMaxPool3dWithIndices(a.t(0), sizes(a))),
            entry("exponential_", a -> seeded(() -> Torch.empty(Torch.options().dtype(a.t(0).dtype()), a.t(0).sizes())
                    .exponential_(a.d(1)))),
            entry("gumbel_softmax", a -> seeded(() -> F.gumbelSoftmax(a.t(0), F.gumbelSoftmaxOptions()
                    .tau(a.kwDouble("tau", 1)).hard(a.kwBool("hard", false)).dim(a.kwInt("dim", -1))))),
            entry("interpolate", a -> F.interpolate(a.t(0), interpolateOptions(a))),
            entry("affine_grid", a -> F.affineGrid(a.t(0), a.ints(1), a.b(2))),
            entry("grad_of/max_pool3d", a -> poolGradOf(a, x -> F.maxPool3d(x, a.kwInts("kernel_size"),
                    maxPoolOptions(a)))),
            entry("grad_of/avg_pool3d", a -> poolGradOf(a, x -> F.avgPool3d(x, a.kwInts("kernel_size"),
                    avgPoolOptions(a)))),
            entry("grad_of/adaptive_avg_pool3d", a -> poolGradOf(a, x -> F.adaptiveAvgPool3d(x,
                    a.kwInts("output_size")))));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_3d_sampling");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    // the fixture's random ops re-seed PyTorch's default generator with 7 before drawing
    // max_unpool's keywords as the fixture gives them (absent: PyTorch's defaults)
    static jtorch.nn.functional.MaxUnpoolFuncOptions unpoolOptions(Args a) {
        var o = F.maxUnpoolOptions();
        if (a.has("stride")) {
            o.stride(a.kwInts("stride"));
        }
        if (a.has("padding")) {
            o.padding(a.kwInts("padding"));
        }
        if (a.kwInts("output_size") != null) {
            o.outputSize(a.kwInts("output_size"));
        }
        return o;
    }

    // interpolate's keywords as the fixture gives them (absent: PyTorch's defaults)
    static jtorch.nn.functional.InterpolateFuncOptions interpolateOptions(Args a) {
        var o = F.interpolateOptions().mode(a.kwString("mode", "nearest"));
        if (a.kwInts("size") != null) {
            o.size(a.kwInts("size"));
        }
        if (a.kwDoubles("scale_factor") != null) {
            o.scaleFactor(a.kwDoubles("scale_factor"));
        }
        if (a.has("align_corners")) {
            o.alignCorners(a.kwBool("align_corners", false));
        }
        if (a.has("recompute_scale_factor")) {
            o.recomputeScaleFactor(a.kwBool("recompute_scale_factor", false));
        }
        return o;
    }

    private static Tensor seeded(Supplier<Tensor> op) {
        Torch.manualSeed(7);
        return op.get();
    }

    // an in-place op's target: a clone when the input is a leaf that requires grad
    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    // an output-size list with None entries as null
    private static Integer[] sizes(Args a) {
        var list = a.raw(1).getAsJsonArray();
        Integer[] out = new Integer[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).isJsonNull() ? null : list.get(i).getAsInt();
        }
        return out;
    }

    private static Tensor opt(Args a, int i) {
        return a.isTensor(i) ? a.t(i) : null;
    }

    // an int or a list argument
    private static int[] ints(Args a, int i) {
        return a.raw(i).isJsonArray() ? a.ints(i) : new int[] {a.i(i)};
    }

    private static MaxPoolFuncOptions maxPoolOptions(Args a) {
        MaxPoolFuncOptions o = F.maxPoolOptions().padding(ints(a, "padding", 0)).dilation(ints(a, "dilation", 1))
                .ceilMode(a.kwBool("ceil_mode", false));
        return a.has("stride") ? o.stride(a.kwInts("stride")) : o;
    }

    private static AvgPoolFuncOptions avgPoolOptions(Args a) {
        AvgPoolFuncOptions o = F.avgPoolOptions().padding(ints(a, "padding", 0)).ceilMode(a.kwBool("ceil_mode", false))
                .countIncludePad(a.kwBool("count_include_pad", true));
        o = a.has("divisor_override") ? o.divisorOverride(a.kwInt("divisor_override", 0)) : o;
        return a.has("stride") ? o.stride(a.kwInts("stride")) : o;
    }

    // the first-order gradient of a pooling built with create_graph, so its gradients are second derivatives
    private static Tensor poolGradOf(Args a, UnaryOperator<Tensor> pool) {
        Tensor x = a.t(0);
        if (!x.requiresGrad()) {
            x.requiresGrad_(true);
        }
        try (var enabled = Torch.enableGrad()) {
            return Torch.autograd().grad(List.of(pool.apply(x)), List.of(x), List.of(a.t(1)), true, true, false).get(0);
        }
    }

    private static int[] ints(Args a, String k, int def) {
        return a.has(k) ? a.kwInts(k) : new int[] {def};
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
                    ? F.convTranspose3d(x, w, F.convTransposeOptions().stride(ints(a, "stride", 1))
                            .padding(ints(a, "padding", 0)).outputPadding(ints(a, "output_padding", 0)))
                    : F.conv3d(x, w, F.convOptions().stride(ints(a, "stride", 1)).padding(ints(a, "padding", 0)));
            return Torch.autograd().grad(List.of(y), List.of(x, w), List.of(a.t(2)), true, true, false).get(which);
        }
    }
}

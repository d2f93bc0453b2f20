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
 * Issue 21's 3-d convolution and pooling against PyTorch fixtures (tools/golden/nn_3d_sampling.py), through the
 * {@code F} forms, in three memory layouts, with gradients, float64 gradcheck and (the grad_of/ cases) second
 * derivatives.
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
            entry("grad_of/conv_transpose3d_weight", a -> gradOf(a, 1, true)));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_3d_sampling");
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

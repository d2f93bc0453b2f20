package jtorch.internal.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.functional.MultiHeadAttentionForwardFuncOptions;
import jtorch.nn.functional.MultiHeadAttentionOutput;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * F.scaled_dot_product_attention (PyTorch 2.0's semantics) and F.multi_head_attention_forward against PyTorch
 * fixtures (tools/golden/nn_transformer_utils.py), in three memory layouts, with gradients, float64 gradcheck,
 * seeded dropout, special values, empty inputs and PyTorch's messages for misuse.
 */
class AttentionFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // a positional Optional tensor: PyTorch's None is a JSON null
    private static Tensor opt(Args a, int i) {
        return a.isTensor(i) ? a.t(i) : null;
    }

    private static void seed(Args a) {
        if (a.has("seed")) {
            Torch.manualSeed(a.kwInt("seed", 0));
        }
    }

    static {
        OPS.put("sdpa", a -> {
            var o = F.scaledDotProductAttentionOptions().attnMask(opt(a, 3))
                    .dropoutP(a.kwDouble("dropout_p", 0)).isCausal(a.kwBool("is_causal", false));
            Tensor q = a.t(0);
            Tensor k = a.t(1);
            Tensor v = a.t(2);
            if (a.has("seed")) {
                // PyTorch's formula reseeds right before its dropout; the scores draw nothing before it
                seed(a);
            }
            return F.scaledDotProductAttention(q, k, v, o);
        });
        OPS.put("mha", a -> {
            MultiHeadAttentionForwardFuncOptions o = F.multiHeadAttentionForwardOptions()
                    .training(a.kwBool("training", true)).needWeights(a.kwBool("need_weights", true))
                    .averageAttnWeights(a.kwBool("average_attn_weights", true))
                    .keyPaddingMask(opt(a, 13)).attnMask(opt(a, 14)).staticK(opt(a, 15)).staticV(opt(a, 16));
            if (opt(a, 17) != null) {
                o.useSeparateProjWeight(true).qProjWeight(opt(a, 17)).kProjWeight(opt(a, 18)).vProjWeight(opt(a, 19));
            }
            seed(a);
            MultiHeadAttentionOutput r = F.multiHeadAttentionForward(a.t(0), a.t(1), a.t(2), a.i(3), a.i(4),
                    opt(a, 5), opt(a, 6), opt(a, 7), opt(a, 8), a.b(9), a.d(10), a.t(11), opt(a, 12), o);
            return r.attnOutputWeights() == null ? r.attnOutput() : List.of(r.attnOutput(), r.attnOutputWeights());
        });
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_attention");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

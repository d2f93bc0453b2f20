package jtorch.nn.functional;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers family's functional ops (activations, linear, bilinear, dropout, embedding, one_hot,
 * normalize, cosine_similarity, pairwise_distance) against PyTorch (tools/golden/nn_functional.py), in
 * three memory layouts, with gradients and float64 gradcheck. Dropout cases seed the default generator
 * right before the call, as the script does, so the masks must be PyTorch's.
 */
class NnFunctionalFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static Tensor opt(Args a, int i) {
        return a.size() > i ? a.t(i) : null;
    }

    static {
        OPS.put("leakyRelu", a -> F.leakyRelu(a.t(0), a.kwDouble("negative_slope", 0.01)));
        OPS.put("leakyRelu_", a -> F.leakyRelu(target(a.t(0)), a.kwDouble("negative_slope", 0.01), true));
        OPS.put("elu", a -> F.elu(a.t(0), a.kwDouble("alpha", 1.0)));
        OPS.put("elu_", a -> F.elu(target(a.t(0)), a.kwDouble("alpha", 1.0), true));
        OPS.put("gelu", a -> F.gelu(a.t(0), a.kwString("approximate", "none")));
        OPS.put("silu", a -> F.silu(a.t(0)));
        OPS.put("silu_", a -> F.silu(target(a.t(0)), true));
        OPS.put("softplus", a -> F.softplus(a.t(0), a.kwDouble("beta", 1), a.kwDouble("threshold", 20)));
        OPS.put("hardtanh", a -> F.hardtanh(a.t(0), a.kwDouble("min_val", -1), a.kwDouble("max_val", 1)));
        OPS.put("hardtanh_", a -> F.hardtanh(target(a.t(0)), a.kwDouble("min_val", -1), a.kwDouble("max_val", 1),
                true));
        OPS.put("relu_", a -> F.relu(target(a.t(0)), true));
        OPS.put("prelu", a -> F.prelu(a.t(0), a.t(1)));
        OPS.put("linear", a -> F.linear(a.t(0), a.t(1), opt(a, 2)));
        OPS.put("bilinear", a -> F.bilinear(a.t(0), a.t(1), a.t(2), opt(a, 3)));
        OPS.put("dropout", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout(a.t(0), a.d(2), a.b(3));
        });
        OPS.put("dropout_", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout(target(a.t(0)), a.d(2), a.b(3), true);
        });
        OPS.put("dropout2d", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout2d(a.t(0), a.d(2), a.b(3));
        });
        OPS.put("dropout2d_", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout2d(target(a.t(0)), a.d(2), a.b(3), true);
        });
        OPS.put("embedding", a -> {
            var o = F.embeddingOptions().scaleGradByFreq(a.kwBool("scale_grad_by_freq", false));
            return F.embedding(a.t(0), a.t(1), a.has("padding_idx") ? o.paddingIdx(a.kwInt("padding_idx", 0)) : o);
        });
        OPS.put("oneHot", a -> a.size() > 1 ? F.oneHot(a.t(0), a.i(1)) : F.oneHot(a.t(0)));
        OPS.put("normalize", a -> F.normalize(a.t(0), a.kwDouble("p", 2), a.kwInt("dim", 1), a.kwDouble("eps", 1e-12)));
        OPS.put("cosineSimilarity", a -> F.cosineSimilarity(a.t(0), a.t(1), a.kwInt("dim", 1), a.kwDouble("eps", 1e-8)));
        OPS.put("pairwiseDistance", a -> F.pairwiseDistance(a.t(0), a.t(1), a.kwDouble("p", 2), a.kwDouble("eps", 1e-6),
                a.kwBool("keepdim", false)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_functional");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}

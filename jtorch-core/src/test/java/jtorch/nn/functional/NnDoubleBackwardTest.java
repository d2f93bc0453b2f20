package jtorch.nn.functional;

import java.util.List;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import org.junit.jupiter.api.Test;

/**
 * The backward formulas of the layers family are written with differentiable ops, so their second
 * derivatives check out against finite differences too (float64 gradgradcheck).
 */
class NnDoubleBackwardTest {
    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    private static void gradgrad(Function<List<Tensor>, Tensor> fn, Tensor... inputs) {
        GradCheck.gradgradcheck(fn, List.of(inputs));
    }

    @Test
    void activations() {
        Torch.manualSeed(3);
        List<Function<Tensor, Tensor>> fns = List.of(x -> F.leakyRelu(x, 0.2), x -> F.elu(x, 0.7), F::gelu,
                x -> F.gelu(x, "tanh"), F::silu, x -> F.softplus(x, 2, 1), x -> F.hardtanh(x, -0.5, 0.5), F::relu,
                F::sigmoid, F::tanh);
        for (Function<Tensor, Tensor> f : fns) {
            gradgrad(in -> f.apply(in.get(0)), leaf(3, 4));
        }
        gradgrad(in -> F.prelu(in.get(0), in.get(1)), leaf(2, 3, 4), leaf(3));
        gradgrad(in -> F.prelu(in.get(0), in.get(1)), leaf(5), leaf(1));
    }

    @Test
    void linearLayers() {
        Torch.manualSeed(4);
        gradgrad(in -> F.linear(in.get(0), in.get(1), in.get(2)), leaf(3, 4), leaf(2, 4), leaf(2));
        gradgrad(in -> F.linear(in.get(0), in.get(1), in.get(2)), leaf(2, 3, 4), leaf(2, 4), leaf(2));
        gradgrad(in -> F.linear(in.get(0), in.get(1)), leaf(4), leaf(2, 4));
        gradgrad(in -> F.bilinear(in.get(0), in.get(1), in.get(2), in.get(3)), leaf(3, 2), leaf(3, 3), leaf(2, 2, 3),
                leaf(2));
    }

    @Test
    void embeddingDropoutAndDistances() {
        Torch.manualSeed(5);
        Tensor idx = Torch.tensor(new long[] {1, 3, 3, 0});
        gradgrad(in -> F.embedding(idx, in.get(0), F.embeddingOptions().paddingIdx(3).scaleGradByFreq(true)), leaf(5, 2));
        gradgrad(in -> {
            Torch.manualSeed(9);
            return F.dropout(in.get(0), 0.3, true);
        }, leaf(4, 5));
        gradgrad(in -> F.normalize(in.get(0)), leaf(3, 4));
        gradgrad(in -> F.pairwiseDistance(in.get(0), in.get(1)), leaf(3, 4), leaf(3, 4));
    }
}

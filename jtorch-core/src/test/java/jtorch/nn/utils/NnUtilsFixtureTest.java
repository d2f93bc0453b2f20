package jtorch.nn.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * F.embedding's max_norm, F.embedding_bag (every mode and option), torch.nn.utils' parameters_to_vector / vector_to_parameters and rnn's pad_sequence, pack_padded_sequence,
 * pad_packed_sequence and pack_sequence against PyTorch fixtures (tools/golden/nn_transformer_utils.py), in three
 * memory layouts, with gradients through the packing, float64 gradcheck and PyTorch's messages.
 */
class NnUtilsFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static long[] lengths(Args a, int i) {
        return java.util.Arrays.stream(a.ints(i)).asLongStream().toArray();
    }

    private static List<Tensor> parts(PackedSequence p) {
        return p.sortedIndices() == null ? List.of(p.data(), p.batchSizes())
                : List.of(p.data(), p.batchSizes(), p.sortedIndices(), p.unsortedIndices());
    }

    private static Rnn.PackOptions pack(Args a) {
        return Rnn.packOptions().batchFirst(a.kwBool("batch_first", false))
                .enforceSorted(a.kwBool("enforce_sorted", true));
    }

    private static Tensor opt(Args a, int i) {
        return a.isTensor(i) ? a.t(i) : null;
    }

    static {
        // F.embedding / F.embedding_bag, and the weight afterwards (max_norm renormalises it in place)
        OPS.put("embedding", a -> {
            var o = F.embeddingOptions().scaleGradByFreq(a.kwBool("scale_grad_by_freq", false))
                    .normType(a.kwDouble("norm_type", 2));
            if (a.has("max_norm")) {
                o.maxNorm(a.kwDouble("max_norm", 0));
            }
            if (a.has("padding_idx")) {
                o.paddingIdx(a.kwInt("padding_idx", 0));
            }
            return List.of(F.embedding(a.t(0), a.t(1), o), a.t(1).detach().clone());
        });
        OPS.put("embeddingBag", a -> {
            var o = F.embeddingBagOptions().offsets(opt(a, 2)).perSampleWeights(opt(a, 3))
                    .mode(a.kwString("mode", "mean")).scaleGradByFreq(a.kwBool("scale_grad_by_freq", false))
                    .includeLastOffset(a.kwBool("include_last_offset", false));
            if (a.has("max_norm")) {
                o.maxNorm(a.kwDouble("max_norm", 0));
            }
            if (a.has("padding_idx")) {
                o.paddingIdx(a.kwInt("padding_idx", 0));
            }
            return List.of(F.embeddingBag(a.t(0), a.t(1), o), a.t(1).detach().clone());
        });
        OPS.put("parametersToVector", a -> ConvertParameters.parametersToVector(a.ts(0)));
        OPS.put("parametersToVector_t", a -> ConvertParameters.parametersToVector(a.ts(0).stream().map(Tensor::t)
                .toList()));
        OPS.put("vectorToParameters", a -> {
            List<Tensor> targets = new ArrayList<>();
            a.ts(1).forEach(t -> targets.add(t.clone()));
            ConvertParameters.vectorToParameters(a.t(0), targets);
            return targets;
        });
        OPS.put("padSequence", a -> Rnn.padSequence(a.ts(0), Rnn.padSequenceOptions()
                .batchFirst(a.kwBool("batch_first", false)).paddingValue(a.kwDouble("padding_value", 0))));
        OPS.put("packPaddedSequence", a -> parts(Rnn.packPaddedSequence(a.t(0), lengths(a, 1), pack(a))));
        OPS.put("padPackedSequence", a -> {
            var o = Rnn.padPackedOptions().batchFirst(a.kwBool("out_batch_first", false))
                    .paddingValue(a.kwDouble("padding_value", 0));
            if (a.has("total_length")) {
                o.totalLength(a.kwInt("total_length", 0));
            }
            Rnn.Padded p = Rnn.padPackedSequence(Rnn.packPaddedSequence(a.t(0), lengths(a, 1), pack(a)), o);
            return List.of(p.output(), p.lengths());
        });
        OPS.put("packSequence", a -> parts(Rnn.packSequence(a.ts(0), a.kwBool("enforce_sorted", true))));
    }

    static Stream<Arguments> cases() {
        // parameters are contiguous; other layouts cannot be viewed flat (the transposed case checks the message)
        return OpFixtures.arguments("nn_utils", (c, l) -> !c.op().startsWith("parametersToVector")
                || l == Layout.CONTIGUOUS);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    /** PyTorch reads past the input for a length above its time steps; jtorch refuses with a clear message. */
    @Test
    void lengthBeyondTheInputFails() {
        Tensor x = Torch.randn(4, 3, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> Rnn.packPaddedSequence(x, new long[] {5, 3, 2}));
        assertEquals("pack_padded_sequence: a length of 5 exceeds the input's 4 time steps", e.getMessage());
    }
}

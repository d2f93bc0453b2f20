package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
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
 * The torch.* facade names of issue 21 (ATen forms of nn functions, concat, fill, logspace, windows, trapezoid)
 * against PyTorch fixtures (tools/golden/torch_aliases.py) in three layouts, with gradients and float64 gradcheck;
 * and the dtype facts (promote_types, can_cast, result_type, is_signed, element_size) against PyTorch's table.
 */
class TorchAliasesFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor opt(Args a, int i) {
        return a.isTensor(i) ? a.t(i) : null;
    }

    private static TensorOptions dtype(Args a) {
        String d = a.kwString("dtype", null);
        return d == null ? Torch.options() : Torch.options().dtype(DType.fromName(d));
    }

    private static Torch.TrapezoidOptions trapezoidOptions(Args a) {
        Torch.TrapezoidOptions o = Torch.trapezoidOptions().dim(a.kwInt("dim", -1));
        if (a.size() > 1) {
            return o.x(a.t(1));
        }
        return a.has("dx") ? o.dx(a.kwDouble("dx", 1.0)) : o;
    }

    static {
        OPS.put("layerNorm", a -> a.size() == 2 ? Torch.layerNorm(a.t(0), a.ints(1))
                : Torch.layerNorm(a.t(0), a.ints(1), a.t(2), a.t(3), a.d(4)));
        OPS.put("groupNorm", a -> Torch.groupNorm(a.t(0), a.i(1), a.t(2), a.t(3), a.d(4)));
        OPS.put("batchNorm", a -> Torch.batchNorm(a.t(0), opt(a, 1), opt(a, 2), opt(a, 3), opt(a, 4), a.b(5), a.d(6),
                a.d(7), a.b(8)));
        OPS.put("instanceNorm", a -> Torch.instanceNorm(a.t(0), opt(a, 1), opt(a, 2), opt(a, 3), opt(a, 4), a.b(5),
                a.d(6), a.d(7), a.b(8)));
        OPS.put("embedding", a -> a.size() == 2 ? Torch.embedding(a.t(0), a.t(1))
                : Torch.embedding(a.t(0), a.t(1), a.i(2), a.b(3)));
        OPS.put("bilinear", a -> Torch.bilinear(a.t(0), a.t(1), a.t(2), a.t(3)));
        OPS.put("prelu", a -> Torch.prelu(a.t(0), a.t(1)));
        OPS.put("pixelShuffle", a -> Torch.pixelShuffle(a.t(0), a.i(1)));
        OPS.put("pixelUnshuffle", a -> Torch.pixelUnshuffle(a.t(0), a.i(1)));
        OPS.put("channelShuffle", a -> Torch.channelShuffle(a.t(0), a.i(1)));
        OPS.put("cosineSimilarity", a -> a.size() == 2 ? Torch.cosineSimilarity(a.t(0), a.t(1))
                : Torch.cosineSimilarity(a.t(0), a.t(1), a.i(2), a.d(3)));
        OPS.put("pairwiseDistance", a -> Torch.pairwiseDistance(a.t(0), a.t(1), a.d(2), a.d(3), a.b(4)));
        OPS.put("klDiv", a -> Torch.klDiv(a.t(0), a.t(1), a.i(2), a.kwBool("log_target", false)));
        OPS.put("binaryCrossEntropyWithLogits", a -> Torch.binaryCrossEntropyWithLogits(a.t(0), a.t(1), a.t(2),
                a.t(3), a.i(4)));
        OPS.put("cosineEmbeddingLoss", a -> Torch.cosineEmbeddingLoss(a.t(0), a.t(1), a.t(2), a.d(3), a.i(4)));
        OPS.put("hingeEmbeddingLoss", a -> Torch.hingeEmbeddingLoss(a.t(0), a.t(1), a.d(2), a.i(3)));
        OPS.put("marginRankingLoss", a -> Torch.marginRankingLoss(a.t(0), a.t(1), a.t(2), a.d(3), a.i(4)));
        OPS.put("tripletMarginLoss", a -> Torch.tripletMarginLoss(a.t(0), a.t(1), a.t(2), a.d(3), a.d(4), a.d(5),
                a.b(6), a.i(7)));
        OPS.put("poissonNllLoss", a -> Torch.poissonNllLoss(a.t(0), a.t(1), a.b(2), a.b(3), a.d(4), a.i(5)));
        OPS.put("logSoftmax", a -> Torch.logSoftmax(a.t(0), a.i(1)));
        OPS.put("tensor.logSoftmax", a -> a.t(0).logSoftmax(a.i(1)));
        OPS.put("constantPadNd", a -> a.size() == 2 ? Torch.constantPadNd(a.t(0), a.ints(1))
                : Torch.constantPadNd(a.t(0), a.ints(1), a.d(2)));
        OPS.put("concat", a -> Torch.concat(a.ts(0), a.i(1)));
        OPS.put("concatenate", a -> Torch.concatenate(a.ts(0), a.i(1)));
        OPS.put("fill", a -> Torch.fill(a.t(0), a.d(1)));
        OPS.put("logspace", a -> Torch.logspace(dtype(a), a.d(0), a.d(1), a.i(2), a.size() > 3 ? a.d(3) : 10.0));
        OPS.put("bartlett_window", a -> Torch.bartlettWindow(dtype(a), a.i(0), a.size() < 2 || a.b(1)));
        OPS.put("blackman_window", a -> Torch.blackmanWindow(dtype(a), a.i(0), a.size() < 2 || a.b(1)));
        OPS.put("hann_window", a -> Torch.hannWindow(dtype(a), a.i(0), a.size() < 2 || a.b(1)));
        OPS.put("hamming_window", a -> Torch.hammingWindow(dtype(a), a.i(0), a.size() < 2 || a.b(1),
                a.size() > 2 ? a.d(2) : 0.54, a.size() > 3 ? a.d(3) : 0.46));
        OPS.put("kaiser_window", a -> Torch.kaiserWindow(dtype(a), a.i(0), a.size() < 2 || a.b(1),
                a.size() > 2 ? a.d(2) : 12.0));
        OPS.put("gradient", a -> {
            Torch.GradientOptions o = Torch.gradientOptions().edgeOrder(a.kwInt("edge_order", 1));
            if (a.has("spacing")) {
                o = o.spacing(a.kwDoubles("spacing"));
            }
            if (a.has("dim")) {
                o = o.dim(a.kwInts("dim"));
            }
            return Torch.gradient(a.t(0), o);
        });
        OPS.put("gradientAt", a -> Torch.gradient(a.t(0), Torch.gradientOptions().spacing(List.of(a.t(1))).dim(0)
                .edgeOrder(a.kwInt("edge_order", 1))));
        OPS.put("normal", a -> !a.isTensor(0) ? Torch.normal(a.d(0), a.t(1))
                : a.isTensor(1) ? Torch.normal(a.t(0), a.t(1)) : Torch.normal(a.t(0), a.d(1)));
        OPS.put("bernoulli", a -> Torch.bernoulli(a.t(0)));
        OPS.put("poisson", a -> Torch.poisson(a.t(0)));
        OPS.put("trapezoid", a -> Torch.trapezoid(a.t(0), trapezoidOptions(a)));
        OPS.put("trapz", a -> Torch.trapz(a.t(0), trapezoidOptions(a)));
        OPS.put("cumulativeTrapezoid", a -> Torch.cumulativeTrapezoid(a.t(0), trapezoidOptions(a)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("torch_aliases");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static JsonObject meta() throws Exception {
        try (var in = TorchAliasesFixtureTest.class.getResourceAsStream("/fixtures/torch_aliases_meta.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    @Test
    void dtypeFactsMatchPyTorch() throws Exception {
        JsonObject m = meta();
        for (var e : m.getAsJsonObject("promote_types").entrySet()) {
            String[] ab = e.getKey().split(",");
            assertEquals(DType.fromName(e.getValue().getAsString()),
                    Torch.promoteTypes(DType.fromName(ab[0]), DType.fromName(ab[1])), "promote_types " + e.getKey());
        }
        for (var e : m.getAsJsonObject("can_cast").entrySet()) {
            String[] ab = e.getKey().split(",");
            assertEquals(e.getValue().getAsBoolean(), Torch.canCast(DType.fromName(ab[0]), DType.fromName(ab[1])),
                    "can_cast " + e.getKey());
        }
        for (var e : m.getAsJsonObject("is_signed").entrySet()) {
            Tensor t = Torch.empty(Torch.options().dtype(DType.fromName(e.getKey())), 0);
            assertEquals(e.getValue().getAsBoolean(), Torch.isSigned(t), "is_signed " + e.getKey());
            assertEquals(m.getAsJsonObject("element_size").get(e.getKey()).getAsInt(), t.elementSize(),
                    "element_size " + e.getKey());
        }
        for (JsonElement e : m.getAsJsonArray("result_type")) {
            JsonObject r = e.getAsJsonObject();
            DType d = DType.fromName(r.get("dtype").getAsString());
            Tensor t = r.get("dim").getAsInt() == 0 ? Torch.zeros(Torch.options().dtype(d))
                    : Torch.zeros(Torch.options().dtype(d), 2);
            var s = r.get("scalar").getAsJsonPrimitive();
            DType got = s.isBoolean() ? Torch.resultType(t, Torch.tensor(s.getAsBoolean()))
                    : s.getAsString().contains(".") ? Torch.resultType(t, s.getAsDouble())
                    : Torch.resultType(t, s.getAsLong());
            assertEquals(DType.fromName(r.get("out").getAsString()), got, "result_type " + r);
        }
    }
}

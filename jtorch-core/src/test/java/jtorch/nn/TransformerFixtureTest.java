package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.MultiHeadAttentionOutput;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MultiheadAttention, TransformerEncoderLayer/DecoderLayer, TransformerEncoder/Decoder, Transformer, EmbeddingBag
 * Embedding's max_norm, AdaptiveLogSoftmaxWithLoss and RNN/LSTM/GRU on packed sequences against
 * PyTorch 1.13 (tools/golden/nn_transformer_utils.py): from the same seed the repr and the initial parameters
 * (state-dict names, order, values) equal PyTorch's; outputs and the gradients w.r.t. the inputs and every
 * parameter match in eval and in seeded train mode (dropout draws in PyTorch's order), with inputs in three
 * memory layouts; misuse fails with PyTorch's messages.
 */
class TransformerFixtureTest {
    static final double[] F32_TOL = {1e-4, 1e-5};

    record Case(String name, JsonObject json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws Exception {
        try (var in = TransformerFixtureTest.class.getResourceAsStream("/fixtures/nn_transformer.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("cases");
            List<Arguments> out = new ArrayList<>();
            for (JsonElement e : all) {
                JsonObject j = e.getAsJsonObject();
                Case c = new Case(j.get("name").getAsString(), j);
                for (Layout l : j.has("out") ? Layout.values() : new Layout[] {Layout.CONTIGUOUS}) {
                    out.add(Arguments.of(c, l));
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        JsonObject j = c.json();
        String module = j.get("module").getAsString();
        JsonObject cfg = j.getAsJsonObject("config");
        Torch.manualSeed(j.get("seed").getAsLong());
        if (j.has("ctor_error")) {
            var e = assertThrows(IllegalArgumentException.class, () -> build(module, cfg));
            assertEquals(j.get("ctor_error").getAsString(), e.getMessage());
            return;
        }
        Module m = build(module, cfg);
        assertEquals(j.get("repr").getAsString(), m.toString(), "repr");
        assertInitialParameters(j.getAsJsonArray("params"), m);
        if (!j.has("inputs")) {
            return;
        }
        boolean f64 = j.get("dtype").getAsString().equals("float64");
        if (f64) {
            m.to(DType.FLOAT64);
        }
        m.train(j.get("train").getAsBoolean());
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (JsonElement e : j.getAsJsonArray("inputs")) {
            String name = e.getAsJsonArray().get(0).getAsString();
            Tensor t = OpFixtures.tensor(e.getAsJsonArray().get(1).getAsJsonObject(), layout);
            inputs.put(name, t.isFloatingPoint() && !name.endsWith("mask") ? t.detach().requiresGrad_(true) : t);
        }
        JsonObject kwargs = j.getAsJsonObject("kwargs");
        if (j.has("error")) {
            var e = assertThrows(IllegalArgumentException.class, () -> run(module, m, inputs, kwargs));
            assertEquals(j.get("error").getAsString(), e.getMessage());
            return;
        }
        if (j.has("forward_seed")) {
            Torch.manualSeed(j.get("forward_seed").getAsLong());
        }
        List<Tensor> outs = run(module, m, inputs, kwargs);
        double[] tol = f64 ? null : F32_TOL;
        JsonArray expected = j.getAsJsonArray("out");
        JsonArray gradOut = j.getAsJsonArray("grad_out");
        assertEquals(expected.size(), outs.size(), "number of outputs");
        Tensor loss = null;
        for (int i = 0; i < outs.size(); i++) {
            String name = expected.get(i).getAsJsonArray().get(0).getAsString();
            OpFixtures.assertTensor(name, expected.get(i).getAsJsonArray().get(1).getAsJsonObject(), outs.get(i), tol);
            Tensor go = OpFixtures.tensor(gradOut.get(i).getAsJsonArray().get(1).getAsJsonObject(), Layout.CONTIGUOUS);
            if (outs.get(i).requiresGrad()) {
                Tensor term = outs.get(i).mul(go).sum();
                loss = loss == null ? term : loss.add(term);
            }
        }
        assertEquals(loss == null, j.getAsJsonArray("grads").isEmpty(), "differentiable outputs");
        if (loss == null) {
            return;
        }
        loss.backward();
        Map<String, Parameter> params = m.namedParameters();
        for (JsonElement e : j.getAsJsonArray("grads")) {
            String name = e.getAsJsonArray().get(0).getAsString();
            JsonElement want = e.getAsJsonArray().get(1);
            Tensor leaf = inputs.containsKey(name) ? inputs.get(name) : params.get(name);
            Tensor got = leaf.grad();
            if (want.isJsonNull()) {
                if (got != null && got.abs().sum().item() != 0) {
                    fail("grad of " + name + ": PyTorch has none, jtorch has " + got);
                }
                continue;
            }
            if (got == null) {
                fail("no gradient reached " + name);
            }
            OpFixtures.assertTensor("grad of " + name, want.getAsJsonObject(), got, tol);
        }
    }

    /** Same names, order and (float32, so exactly) values as PyTorch's freshly initialised module. */
    private static void assertInitialParameters(JsonArray expected, Module m) {
        List<Map.Entry<String, Parameter>> params = new ArrayList<>(m.namedParameters().entrySet());
        List<String> names = new ArrayList<>();
        expected.forEach(e -> names.add(e.getAsJsonArray().get(0).getAsString()));
        assertEquals(names, params.stream().map(Map.Entry::getKey).toList(), "parameter names and order");
        assertEquals(names, List.copyOf(m.stateDict().keySet()), "state-dict keys");
        for (int i = 0; i < expected.size(); i++) {
            JsonObject spec = expected.get(i).getAsJsonArray().get(1).getAsJsonObject();
            Tensor p = params.get(i).getValue();
            assertEquals(DType.FLOAT32, p.dtype());
            assertEquals(spec.getAsJsonArray("shape").toString(), java.util.Arrays.toString(p.sizes()).replace(" ", ""),
                    names.get(i));
            JsonArray data = spec.getAsJsonArray("data");
            float[] got = p.toFloatArray();
            for (int k = 0; k < got.length; k++) {
                assertEquals((float) data.get(k).getAsDouble(), got[k], 0f, names.get(i) + " element " + k);
            }
        }
    }

    private static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = a.get(k).getAsInt();
        }
        return out;
    }

    private static int i(JsonObject cfg, String k, int def) {
        return cfg.has(k) ? cfg.get(k).getAsInt() : def;
    }

    private static <O extends TransformerLayerOptions<O>> O layer(O o, JsonObject cfg) {
        if (cfg.has("dim_feedforward")) {
            o.dimFeedforward(cfg.get("dim_feedforward").getAsInt());
        }
        if (cfg.has("dropout")) {
            o.dropout(cfg.get("dropout").getAsDouble());
        }
        if (cfg.has("activation")) {
            o.activation(cfg.get("activation").getAsString());
        }
        if (cfg.has("layer_norm_eps")) {
            o.layerNormEps(cfg.get("layer_norm_eps").getAsDouble());
        }
        if (cfg.has("batch_first")) {
            o.batchFirst(cfg.get("batch_first").getAsBoolean());
        }
        if (cfg.has("norm_first")) {
            o.normFirst(cfg.get("norm_first").getAsBoolean());
        }
        return o;
    }

    static Module build(String module, JsonObject cfg) {
        return switch (module) {
            case "MultiheadAttention" -> {
                var o = MultiheadAttention.options(cfg.get("embed_dim").getAsInt(), cfg.get("num_heads").getAsInt());
                if (cfg.has("dropout")) {
                    o.dropout(cfg.get("dropout").getAsDouble());
                }
                if (cfg.has("bias")) {
                    o.bias(cfg.get("bias").getAsBoolean());
                }
                if (cfg.has("add_bias_kv")) {
                    o.addBiasKv(cfg.get("add_bias_kv").getAsBoolean());
                }
                if (cfg.has("add_zero_attn")) {
                    o.addZeroAttn(cfg.get("add_zero_attn").getAsBoolean());
                }
                if (cfg.has("kdim")) {
                    o.kdim(cfg.get("kdim").getAsInt());
                }
                if (cfg.has("vdim")) {
                    o.vdim(cfg.get("vdim").getAsInt());
                }
                if (cfg.has("batch_first")) {
                    o.batchFirst(cfg.get("batch_first").getAsBoolean());
                }
                yield new MultiheadAttention(o);
            }
            case "TransformerEncoderLayer" -> new TransformerEncoderLayer(layer(TransformerEncoderLayer.options(
                    cfg.get("d_model").getAsInt(), cfg.get("nhead").getAsInt()), cfg));
            case "TransformerDecoderLayer" -> new TransformerDecoderLayer(layer(TransformerDecoderLayer.options(
                    cfg.get("d_model").getAsInt(), cfg.get("nhead").getAsInt()), cfg));
            case "TransformerEncoder", "TransformerDecoder" -> {
                JsonObject l = cfg.getAsJsonObject("layer");
                int d = l.get("d_model").getAsInt();
                boolean encoder = module.equals("TransformerEncoder");
                Module first = build(encoder ? "TransformerEncoderLayer" : "TransformerDecoderLayer", l);
                LayerNorm norm = cfg.get("norm").getAsBoolean() ? new LayerNorm(d) : null;
                int n = cfg.get("num_layers").getAsInt();
                yield encoder ? new TransformerEncoder((TransformerEncoderLayer) first, n, norm)
                        : new TransformerDecoder((TransformerDecoderLayer) first, n, norm);
            }
            case "Transformer" -> new Transformer(layer(Transformer.options(), cfg).dModel(i(cfg, "d_model", 512))
                    .nhead(i(cfg, "nhead", 8)).numEncoderLayers(i(cfg, "num_encoder_layers", 6))
                    .numDecoderLayers(i(cfg, "num_decoder_layers", 6)));
            case "EmbeddingBag" -> {
                var o = EmbeddingBag.options(cfg.get("num_embeddings").getAsInt(), cfg.get("embedding_dim").getAsInt());
                if (cfg.has("mode")) {
                    o.mode(cfg.get("mode").getAsString());
                }
                if (cfg.has("padding_idx")) {
                    o.paddingIdx(cfg.get("padding_idx").getAsInt());
                }
                if (cfg.has("max_norm")) {
                    o.maxNorm(cfg.get("max_norm").getAsDouble());
                }
                if (cfg.has("norm_type")) {
                    o.normType(cfg.get("norm_type").getAsDouble());
                }
                if (cfg.has("include_last_offset")) {
                    o.includeLastOffset(cfg.get("include_last_offset").getAsBoolean());
                }
                if (cfg.has("scale_grad_by_freq")) {
                    o.scaleGradByFreq(cfg.get("scale_grad_by_freq").getAsBoolean());
                }
                yield new EmbeddingBag(o);
            }
            case "RNN", "LSTM", "GRU" -> RecurrentFixtureTest.build(module, cfg);
            case "AdaptiveLogSoftmaxWithLoss" -> {
                var o = AdaptiveLogSoftmaxWithLoss.options(cfg.get("in_features").getAsInt(),
                        cfg.get("n_classes").getAsInt(), ints(cfg.getAsJsonArray("cutoffs")));
                if (cfg.has("div_value")) {
                    o.divValue(cfg.get("div_value").getAsDouble());
                }
                if (cfg.has("head_bias")) {
                    o.headBias(cfg.get("head_bias").getAsBoolean());
                }
                yield new AdaptiveLogSoftmaxWithLoss(o);
            }
            case "Embedding" -> {
                var o = Embedding.options(cfg.get("num_embeddings").getAsInt(), cfg.get("embedding_dim").getAsInt());
                if (cfg.has("padding_idx")) {
                    o.paddingIdx(cfg.get("padding_idx").getAsInt());
                }
                if (cfg.has("max_norm")) {
                    o.maxNorm(cfg.get("max_norm").getAsDouble());
                }
                if (cfg.has("norm_type")) {
                    o.normType(cfg.get("norm_type").getAsDouble());
                }
                if (cfg.has("scale_grad_by_freq")) {
                    o.scaleGradByFreq(cfg.get("scale_grad_by_freq").getAsBoolean());
                }
                yield new Embedding(o);
            }
            default -> throw new IllegalArgumentException(module);
        };
    }

    /** Runs forward with the fixture's keywords; the outputs in the fixture's order. */
    static List<Tensor> run(String module, Module m, Map<String, Tensor> x, JsonObject kw) {
        switch (module) {
            case "MultiheadAttention" -> {
                Tensor q = x.get("query");
                Tensor k = x.getOrDefault("key", q);
                Tensor v = x.getOrDefault("value", k);
                var o = MultiheadAttention.forwardOptions().keyPaddingMask(x.get("key_padding_mask"))
                        .attnMask(x.get("attn_mask"));
                if (kw.has("need_weights")) {
                    o.needWeights(kw.get("need_weights").getAsBoolean());
                }
                if (kw.has("average_attn_weights")) {
                    o.averageAttnWeights(kw.get("average_attn_weights").getAsBoolean());
                }
                MultiHeadAttentionOutput r = ((MultiheadAttention) m).forward(q, k, v, o);
                return r.attnOutputWeights() == null ? List.of(r.attnOutput())
                        : List.of(r.attnOutput(), r.attnOutputWeights());
            }
            case "TransformerEncoderLayer" -> {
                return List.of(((TransformerEncoderLayer) m).forward(x.get("src"), TransformerEncoderLayer
                        .forwardOptions().srcMask(x.get("src_mask")).srcKeyPaddingMask(x.get("src_key_padding_mask"))));
            }
            case "TransformerEncoder" -> {
                return List.of(((TransformerEncoder) m).forward(x.get("src"), TransformerEncoderLayer.forwardOptions()
                        .srcMask(x.get("mask")).srcKeyPaddingMask(x.get("src_key_padding_mask"))));
            }
            case "TransformerDecoderLayer" -> {
                return List.of(((TransformerDecoderLayer) m).forward(x.get("tgt"), x.get("memory"), decoderMasks(x)));
            }
            case "TransformerDecoder" -> {
                return List.of(((TransformerDecoder) m).forward(x.get("tgt"), x.get("memory"), decoderMasks(x)));
            }
            case "Transformer" -> {
                return List.of(((Transformer) m).forward(x.get("src"), x.get("tgt"), Transformer.forwardOptions()
                        .srcMask(x.get("src_mask")).tgtMask(x.get("tgt_mask")).memoryMask(x.get("memory_mask"))
                        .srcKeyPaddingMask(x.get("src_key_padding_mask"))
                        .tgtKeyPaddingMask(x.get("tgt_key_padding_mask"))
                        .memoryKeyPaddingMask(x.get("memory_key_padding_mask"))));
            }
            case "EmbeddingBag" -> {
                return List.of(((EmbeddingBag) m).forward(x.get("input"), x.get("offsets"), x.get("per_sample_weights")));
            }
            case "Embedding" -> {
                return List.of(m.call(x.get("input")));
            }
            case "RNN", "LSTM", "GRU" -> {
                RNNBase rnn = (RNNBase) m;
                var packed = jtorch.nn.utils.Rnn.packPaddedSequence(x.get("input"), x.get("lengths"),
                        jtorch.nn.utils.Rnn.packOptions().batchFirst(rnn.batchFirst())
                                .enforceSorted(!kw.has("enforce_sorted") || kw.get("enforce_sorted").getAsBoolean()));
                return switch (module) {
                    case "RNN" -> {
                        RNN.PackedOutput r = ((RNN) m).forward(packed, x.get("hx"));
                        yield List.of(r.output().data(), r.hN());
                    }
                    case "GRU" -> {
                        GRU.PackedOutput r = ((GRU) m).forward(packed, x.get("hx"));
                        yield List.of(r.output().data(), r.hN());
                    }
                    default -> {
                        LSTM.PackedOutput r = ((LSTM) m).forward(packed, x.get("hx"), x.get("cx"));
                        yield List.of(r.output().data(), r.hN(), r.cN());
                    }
                };
            }
            case "AdaptiveLogSoftmaxWithLoss" -> {
                AdaptiveLogSoftmaxWithLoss asm = (AdaptiveLogSoftmaxWithLoss) m;
                if (kw.has("method")) {
                    return List.of(kw.get("method").getAsString().equals("predict") ? asm.predict(x.get("input"))
                            : asm.logProb(x.get("input")));
                }
                AdaptiveLogSoftmaxWithLoss.ASMOutput r = asm.forward(x.get("input"), x.get("target"));
                return List.of(r.output(), r.loss());
            }
            default -> throw new IllegalArgumentException(module);
        }
    }

    private static TransformerDecoderLayer.ForwardOptions decoderMasks(Map<String, Tensor> x) {
        return TransformerDecoderLayer.forwardOptions().tgtMask(x.get("tgt_mask")).memoryMask(x.get("memory_mask"))
                .tgtKeyPaddingMask(x.get("tgt_key_padding_mask"))
                .memoryKeyPaddingMask(x.get("memory_key_padding_mask"));
    }

    /** PyTorch: {@code nn.Transformer.generate_square_subsequent_mask(3)}. */
    @Test
    void squareSubsequentMask() {
        Tensor m = Transformer.generateSquareSubsequentMask(3);
        double inf = Double.NEGATIVE_INFINITY;
        assertEquals(List.of(0.0, inf, inf, 0.0, 0.0, inf, 0.0, 0.0, 0.0),
                java.util.Arrays.stream(m.toDoubleArray()).boxed().toList());
        assertEquals(DType.FLOAT32, m.dtype());
    }

    /** need_weights=False returns no weights; call(q, k, v) is the output alone. */
    @Test
    void callReturnsTheOutput() {
        Torch.manualSeed(0);
        MultiheadAttention mha = new MultiheadAttention(4, 2);
        Tensor x = Torch.randn(3, 2, 4);
        assertNull(mha.forward(x, x, x, MultiheadAttention.forwardOptions().needWeights(false)).attnOutputWeights());
        assertEquals(0.0, mha.call(x, x, x).sub(mha.forward(x, x, x).attnOutput()).abs().max().item(), 0.0);
    }

    /** The stacks' layers are deep copies: equal values, separate tensors, and no draw from the generator. */
    @Test
    void encoderLayersAreIndependentCopies() {
        Torch.manualSeed(3);
        TransformerEncoderLayer layer = new TransformerEncoderLayer(TransformerEncoderLayer.options(4, 2)
                .dimFeedforward(8));
        Tensor before = Torch.getRngState();
        TransformerEncoder enc = new TransformerEncoder(layer, 2);
        assertEquals(0.0, Torch.getRngState().sub(before).abs().sum().item(), 0.0, "the copies drew random numbers");
        TransformerEncoderLayer l0 = enc.layers.get(0);
        TransformerEncoderLayer l1 = enc.layers.get(1);
        try (var g = Torch.noGrad()) {
            l0.linear1.weight.add_(1);
        }
        assertEquals(0.0, l1.linear1.weight.sub(layer.linear1.weight).abs().max().item(), 0.0);
    }

    /** deepcopy keeps the layer's dtype and training mode. */
    @Test
    void copiesKeepDtypeAndMode() {
        Torch.manualSeed(4);
        TransformerDecoderLayer layer = new TransformerDecoderLayer(TransformerDecoderLayer.options(4, 2)
                .dimFeedforward(8));
        layer.to(DType.FLOAT64);
        layer.eval();
        TransformerDecoder dec = new TransformerDecoder(layer, 2);
        for (Module l : dec.layers) {
            assertEquals(DType.FLOAT64, ((TransformerDecoderLayer) l).linear1.weight.dtype());
            assertEquals(false, l.isTraining());
            assertEquals(false, ((TransformerDecoderLayer) l).selfAttn().isTraining());
        }
        Tensor tgt = Torch.randn(Torch.options().dtype(DType.FLOAT64), 3, 2, 4);
        Tensor memory = Torch.randn(Torch.options().dtype(DType.FLOAT64), 5, 2, 4);
        assertEquals(DType.FLOAT64, dec.forward(tgt, memory).dtype());
    }
}

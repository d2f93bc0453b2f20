package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.TensorSummaries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer of the family against PyTorch (tools/golden/nn_modules.py): built after the same seed it
 * prints PyTorch's repr, has PyTorch's parameter count, state-dict keys in PyTorch's order and
 * PyTorch's initial weights (bit for bit, except float32 normal fills: Embedding), and its
 * forward passes give PyTorch's outputs and input and parameter gradients, in train and eval mode.
 */
class NnModulesFixtureTest {
    static JsonObject doc() {
        try (var in = NnModulesFixtureTest.class.getResourceAsStream("/fixtures/nn/nn_modules.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Entry(JsonObject json) {
        @Override
        public String toString() {
            return json.get("name").getAsString();
        }
    }

    static Stream<Entry> layers() {
        List<Entry> out = new ArrayList<>();
        for (JsonElement e : doc().getAsJsonArray("layers")) {
            out.add(new Entry(e.getAsJsonObject()));
        }
        return out.stream();
    }

    // a positional or keyword argument as the Java value mirroring the Python literal (int -> Long, float -> Double)
    private static Object lit(JsonElement e) {
        return OpFixtures.Args.literal(e);
    }

    private static Number num(JsonArray args, int i, Number def) {
        return args.size() > i ? (Number) lit(args.get(i)) : def;
    }

    private static boolean flag(JsonArray args, int i, JsonObject kw, String k) {
        return args.size() > i ? args.get(i).getAsBoolean() : kw.has(k) && kw.get(k).getAsBoolean();
    }

    /** Builds the module a fixture's {type, args, kwargs} describes, as a Java user would write it. */
    static Module build(JsonObject ctor) {
        JsonArray a = ctor.getAsJsonArray("args");
        JsonObject kw = ctor.getAsJsonObject("kwargs");
        return switch (ctor.get("type").getAsString()) {
            case "Linear" -> new Linear(Linear.options(a.get(0).getAsInt(), a.get(1).getAsInt())
                    .bias(!kw.has("bias") || kw.get("bias").getAsBoolean()));
            case "Bilinear" -> new Bilinear(Bilinear.options(a.get(0).getAsInt(), a.get(1).getAsInt(),
                    a.get(2).getAsInt()).bias(!kw.has("bias") || kw.get("bias").getAsBoolean()));
            case "Embedding" -> new Embedding(Embedding.options(a.get(0).getAsInt(), a.get(1).getAsInt())
                    .paddingIdx(kw.has("padding_idx") ? kw.get("padding_idx").getAsInt() : null)
                    .scaleGradByFreq(kw.has("scale_grad_by_freq") && kw.get("scale_grad_by_freq").getAsBoolean()));
            case "Identity" -> new Identity();
            case "Flatten" -> a.isEmpty() ? new Flatten() : new Flatten(a.get(0).getAsInt(), a.get(1).getAsInt());
            case "Unflatten" -> {
                JsonArray sizes = a.get(1).getAsJsonArray();
                int[] s = new int[sizes.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = sizes.get(i).getAsInt();
                }
                yield new Unflatten(a.get(0).getAsInt(), s);
            }
            case "Dropout" -> new Dropout(num(a, 0, 0.5), flag(a, 1, kw, "inplace"));
            case "Dropout2d" -> new Dropout2d(num(a, 0, 0.5), flag(a, 1, kw, "inplace"));
            case "ReLU" -> new ReLU(flag(a, 0, kw, "inplace"));
            case "LeakyReLU" -> new LeakyReLU(num(a, 0, 0.01), flag(a, 1, kw, "inplace"));
            case "ELU" -> new ELU(num(a, 0, 1.0), flag(a, 1, kw, "inplace"));
            case "GELU" -> a.isEmpty() ? new GELU() : new GELU(a.get(0).getAsString());
            case "SiLU" -> new SiLU(flag(a, 0, kw, "inplace"));
            case "Sigmoid" -> new Sigmoid();
            case "Tanh" -> new Tanh();
            case "Softmax" -> new Softmax(kw.has("dim") ? kw.get("dim").getAsInt() : null);
            case "LogSoftmax" -> new LogSoftmax(kw.has("dim") ? kw.get("dim").getAsInt() : null);
            case "Softplus" -> a.isEmpty() ? new Softplus() : new Softplus(num(a, 0, 1), num(a, 1, 20));
            case "Hardtanh" -> a.isEmpty() ? new Hardtanh() : new Hardtanh(num(a, 0, -1.0), num(a, 1, 1.0));
            case "PReLU" -> a.isEmpty() ? new PReLU() : new PReLU(a.get(0).getAsInt(), num(a, 1, 0.25).doubleValue());
            default -> throw new IllegalArgumentException("no Java constructor for " + ctor);
        };
    }

    /** The module's parameter count: PyTorch's {@code sum(p.numel() for p in m.parameters())}. */
    static long numParams(Module m) {
        long n = 0;
        for (Parameter p : m.parameters()) {
            n += p.numel();
        }
        return n;
    }

    /** State-dict keys in order and values; with {@code exact}, bit-for-bit equal to PyTorch's. */
    static void assertState(String what, JsonArray expected, Module m, boolean exact) {
        Map<String, Tensor> state = m.stateDict();
        List<String> keys = new ArrayList<>();
        for (JsonElement e : expected) {
            keys.add(e.getAsJsonArray().get(0).getAsString());
        }
        assertEquals(keys, List.copyOf(state.keySet()), what + ": state_dict keys and order");
        for (JsonElement e : expected) {
            String key = e.getAsJsonArray().get(0).getAsString();
            TensorSummaries.assertTensor(what + " " + key, e.getAsJsonArray().get(1).getAsJsonObject(), state.get(key),
                    exact ? new double[] {0, 0} : null, exact);
        }
    }

    /** Replays one recorded forward: output, then gradients of the inputs and of every named parameter. */
    static void assertForward(String what, Module m, JsonObject f) {
        m.train(f.get("train").getAsBoolean());
        List<Tensor> leaves = new ArrayList<>();
        for (JsonElement e : f.getAsJsonArray("inputs")) {
            Tensor t = OpFixtures.tensor(e.getAsJsonObject(), OpFixtures.Layout.CONTIGUOUS);
            leaves.add(t.isFloatingPoint() ? t.requiresGrad_(true) : t);
        }
        Tensor[] args = new Tensor[leaves.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = f.get("clone_input").getAsBoolean() ? leaves.get(i).clone() : leaves.get(i);
        }
        if (!f.get("seed").isJsonNull()) {
            Torch.manualSeed(f.get("seed").getAsLong());
        }
        Tensor out = m.call(args);
        TensorSummaries.assertTensor(what + " output", f.getAsJsonObject("out"), out, null, false);
        if (!f.has("grad_output")) {
            return;
        }
        List<Tensor> wanted = new ArrayList<>();
        for (Tensor t : leaves) {
            if (t.requiresGrad()) {
                wanted.add(t);
            }
        }
        Map<String, Parameter> params = m.namedParameters();
        wanted.addAll(params.values());
        Tensor go = OpFixtures.tensor(f.getAsJsonObject("grad_output"), OpFixtures.Layout.CONTIGUOUS);
        List<Tensor> grads = Torch.autograd().grad(List.of(out), wanted, List.of(go), null, false, true);
        int k = 0;
        JsonArray inputGrads = f.getAsJsonArray("input_grads");
        for (int i = 0; i < leaves.size(); i++) {
            if (!leaves.get(i).requiresGrad()) {
                continue;
            }
            Tensor g = grads.get(k++);
            JsonElement e = inputGrads.get(i);
            if (e.isJsonNull()) {
                assertNull(g, what + " input " + i + " should get no gradient");
            } else {
                TensorSummaries.assertTensor(what + " grad of input " + i, e.getAsJsonObject(), g, null, false);
            }
        }
        JsonArray paramGrads = f.getAsJsonArray("param_grads");
        List<String> names = List.copyOf(params.keySet());
        for (int i = 0; i < paramGrads.size(); i++) {
            JsonArray pg = paramGrads.get(i).getAsJsonArray();
            assertEquals(pg.get(0).getAsString(), names.get(i), what + ": parameter order");
            Tensor g = grads.get(k++);
            if (pg.get(1).isJsonNull()) {
                assertNull(g, what + " " + names.get(i) + " should get no gradient");
            } else {
                TensorSummaries.assertTensor(what + " grad of " + names.get(i), pg.get(1).getAsJsonObject(), g, null,
                        false);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void layerMatchesPyTorch(Entry e) {
        JsonObject j = e.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        Module m = build(j.getAsJsonObject("ctor"));
        assertEquals(j.get("repr").getAsString(), m.toString(), e + ": repr");
        assertEquals(j.get("num_params").getAsLong(), numParams(m), e + ": parameter count");
        String type = j.getAsJsonObject("ctor").get("type").getAsString();
        // uniform draws (Linear, Bilinear) are bit-for-bit PyTorch's; float32 normal fills of 16 or more
        // elements (Embedding) can differ in the last bit, see Generator.normal
        assertState(e.toString(), j.getAsJsonArray("state"), m, !type.equals("Embedding"));
        int i = 0;
        for (JsonElement f : j.getAsJsonArray("forwards")) {
            assertForward(e + " forward " + i++, m, f.getAsJsonObject());
        }
    }
}

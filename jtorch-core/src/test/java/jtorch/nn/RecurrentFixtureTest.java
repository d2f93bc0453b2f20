package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

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
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RNN, LSTM, GRU and their cells against PyTorch (tools/golden/nn_rnn.py): from the same seed the
 * initial parameters (names, order, values) and repr equal PyTorch's; outputs, final states and the
 * gradients w.r.t. input, initial states and every parameter match, with inputs and states in three
 * memory layouts; invalid configurations and inputs fail with PyTorch's messages.
 */
class RecurrentFixtureTest {
    // float32 recurrences accumulate rounding differences over time steps and layers
    static final double[] F32_TOL = {1e-4, 1e-5};

    record Case(String name, JsonObject json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws Exception {
        try (var in = RecurrentFixtureTest.class.getResourceAsStream("/fixtures/nn_rnn.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("cases");
            List<Arguments> out = new ArrayList<>();
            for (JsonElement e : all) {
                JsonObject j = e.getAsJsonObject();
                Case c = new Case(j.get("name").getAsString(), j);
                boolean runsForward = j.has("out");
                for (Layout l : runsForward ? Layout.values() : new Layout[] {Layout.CONTIGUOUS}) {
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
        if (j.has("error")) {
            // PyTorch accepts some bad options (an unknown cell nonlinearity) until forward; jtorch refuses them
            // at construction, with the same message
            var e = assertThrows(IllegalArgumentException.class, () -> {
                Module m = build(module, cfg);
                run(module, m, input(j, "input", layout, false), input(j, "hx", layout, false),
                        input(j, "cx", layout, false));
            });
            assertEquals(j.get("error").getAsString(), e.getMessage());
            return;
        }
        Module m = build(module, cfg);
        assertEquals(j.get("repr").getAsString(), m.toString(), "repr");
        assertInitialParameters(j.getAsJsonArray("params"), m);
        if (!j.has("out")) {
            return;
        }
        boolean f64 = j.get("dtype").getAsString().equals("float64");
        if (f64) {
            m.to(DType.FLOAT64);
        }
        m.train(j.get("train").getAsBoolean());
        Tensor x = input(j, "input", layout, true);
        Tensor hx = input(j, "hx", layout, true);
        Tensor cx = input(j, "cx", layout, true);
        if (j.has("forward_seed")) {
            Torch.manualSeed(j.get("forward_seed").getAsLong());
        }
        List<Tensor> outs = run(module, m, x, hx, cx);
        double[] tol = f64 ? null : F32_TOL;
        JsonArray expected = j.getAsJsonArray("out");
        JsonArray gradOut = j.getAsJsonArray("grad_out");
        assertEquals(expected.size(), outs.size(), "number of outputs");
        Tensor loss = null;
        for (int i = 0; i < outs.size(); i++) {
            String name = expected.get(i).getAsJsonArray().get(0).getAsString();
            OpFixtures.assertTensor(name, expected.get(i).getAsJsonArray().get(1).getAsJsonObject(), outs.get(i), tol);
            Tensor go = OpFixtures.tensor(gradOut.get(i).getAsJsonArray().get(1).getAsJsonObject(), Layout.CONTIGUOUS);
            Tensor term = outs.get(i).mul(go).sum();
            loss = loss == null ? term : loss.add(term);
        }
        loss.backward();
        Map<String, Parameter> params = m.namedParameters();
        for (JsonElement e : j.getAsJsonArray("grads")) {
            String name = e.getAsJsonArray().get(0).getAsString();
            JsonElement want = e.getAsJsonArray().get(1);
            Tensor leaf = switch (name) {
                case "input" -> x;
                case "hx" -> hx;
                case "cx" -> cx;
                default -> params.get(name);
            };
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
        for (JsonElement e : expected) {
            names.add(e.getAsJsonArray().get(0).getAsString());
        }
        assertEquals(names, params.stream().map(Map.Entry::getKey).toList(), "parameter names and order");
        for (int i = 0; i < expected.size(); i++) {
            JsonObject spec = expected.get(i).getAsJsonArray().get(1).getAsJsonObject();
            Tensor p = params.get(i).getValue();
            assertEquals(DType.FLOAT32, p.dtype());
            assertEquals(List.of(toBoxed(spec.getAsJsonArray("shape"))), List.of(toBoxed(p.sizes())), names.get(i));
            JsonArray data = spec.getAsJsonArray("data");
            float[] got = p.toFloatArray();
            for (int k = 0; k < got.length; k++) {
                assertEquals((float) data.get(k).getAsDouble(), got[k], 0f, names.get(i) + " element " + k);
            }
        }
    }

    private static List<Integer> toBoxed(JsonArray a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsInt()));
        return out;
    }

    private static List<Integer> toBoxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    private static Tensor input(JsonObject j, String key, Layout layout, boolean grad) {
        if (!j.has(key) || j.get(key).isJsonNull()) {
            return null;
        }
        Tensor t = OpFixtures.tensor(j.getAsJsonObject(key), layout);
        return grad ? t.detach().requiresGrad_(true) : t;
    }

    static Module build(String module, JsonObject cfg) {
        int in = cfg.get("input_size").getAsInt();
        int hidden = cfg.get("hidden_size").getAsInt();
        boolean bias = !cfg.has("bias") || cfg.get("bias").getAsBoolean();
        String nonlinearity = cfg.has("nonlinearity") ? cfg.get("nonlinearity").getAsString() : "tanh";
        return switch (module) {
            case "RNN" -> new RNN(sequence(RNN.options(in, hidden), cfg).nonlinearity(nonlinearity));
            case "LSTM" -> new LSTM(sequence(LSTM.options(in, hidden), cfg)
                    .projSize(cfg.has("proj_size") ? cfg.get("proj_size").getAsInt() : 0));
            case "GRU" -> new GRU(sequence(GRU.options(in, hidden), cfg));
            case "RNNCell" -> new RNNCell(RNNCell.options(in, hidden).bias(bias).nonlinearity(nonlinearity));
            case "LSTMCell" -> new LSTMCell(LSTMCell.options(in, hidden).bias(bias));
            case "GRUCell" -> new GRUCell(GRUCell.options(in, hidden).bias(bias));
            default -> throw new IllegalArgumentException(module);
        };
    }

    private static <O extends RNNBase.Options<O>> O sequence(O o, JsonObject cfg) {
        if (cfg.has("num_layers")) {
            o.numLayers(cfg.get("num_layers").getAsInt());
        }
        if (cfg.has("bias")) {
            o.bias(cfg.get("bias").getAsBoolean());
        }
        if (cfg.has("batch_first")) {
            o.batchFirst(cfg.get("batch_first").getAsBoolean());
        }
        if (cfg.has("dropout")) {
            o.dropout(cfg.get("dropout").getAsDouble());
        }
        if (cfg.has("bidirectional")) {
            o.bidirectional(cfg.get("bidirectional").getAsBoolean());
        }
        return o;
    }

    /** Runs the module's full forward; the outputs in the fixture's order. */
    static List<Tensor> run(String module, Module m, Tensor x, Tensor hx, Tensor cx) {
        return switch (module) {
            case "RNN" -> {
                RNN.Output o = ((RNN) m).forward(x, hx);
                yield List.of(o.output(), o.hN());
            }
            case "GRU" -> {
                GRU.Output o = ((GRU) m).forward(x, hx);
                yield List.of(o.output(), o.hN());
            }
            case "LSTM" -> {
                LSTM.Output o = ((LSTM) m).forward(x, hx, cx);
                yield List.of(o.output(), o.hN(), o.cN());
            }
            case "RNNCell" -> List.of(((RNNCell) m).forward(x, hx));
            case "GRUCell" -> List.of(((GRUCell) m).forward(x, hx));
            case "LSTMCell" -> {
                LSTMCell.Output o = ((LSTMCell) m).forward(x, hx, cx);
                yield List.of(o.h1(), o.c1());
            }
            default -> throw new IllegalArgumentException(module);
        };
    }
}

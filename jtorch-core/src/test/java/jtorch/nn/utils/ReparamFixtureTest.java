package jtorch.nn.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import jtorch.nn.Conv1d;
import jtorch.nn.Conv2d;
import jtorch.nn.ConvTranspose1d;
import jtorch.nn.ConvTranspose2d;
import jtorch.nn.Embedding;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * weight_norm, spectral_norm and prune against PyTorch 1.13 (tools/golden/nn_reparam.py): from the same seed the
 * calls leave PyTorch's state dict (keys, order, values: g and v, the power-iteration vectors u and v drawn in
 * PyTorch's order, masks from L1 ranking or rand_like draws), parameters, buffers, repr and reparametrised
 * attribute; forwards in train and eval mode (inputs in three memory layouts) give PyTorch's outputs, gradients
 * w.r.t. the input and every parameter (weight_g/weight_v, weight_orig, ...) and updated u/v; the remove calls
 * restore a plain parameter with PyTorch's values and key order; misuse fails with PyTorch's messages.
 */
class ReparamFixtureTest {
    record Case(String name, JsonObject json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws Exception {
        try (var in = ReparamFixtureTest.class.getResourceAsStream("/fixtures/nn_reparam.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("cases");
            Map<String, JsonObject> byName = new java.util.HashMap<>();
            all.forEach(e -> byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject()));
            List<Arguments> out = new ArrayList<>();
            for (JsonElement e : all) {
                JsonObject j = e.getAsJsonObject();
                if (j.has("jtorch_expect")) {
                    // jtorch differs on purpose here: it gives the companion case's results with this case's set-up
                    JsonObject expect = byName.get(j.get("jtorch_expect").getAsString()).deepCopy();
                    expect.addProperty("column_major", j.get("column_major").getAsBoolean());
                    j = expect;
                }
                Case c = new Case(e.getAsJsonObject().get("name").getAsString(), j);
                boolean forwards = j.has("forwards") && !j.getAsJsonArray("forwards").isEmpty();
                for (Layout l : forwards ? Layout.values() : new Layout[] {Layout.CONTIGUOUS}) {
                    out.add(Arguments.of(c, l));
                }
            }
            return out.stream();
        }
    }

    static Stream<Arguments> loads() throws Exception {
        try (var in = ReparamFixtureTest.class.getResourceAsStream("/fixtures/nn_reparam.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("loads");
            List<Arguments> out = new ArrayList<>();
            all.forEach(e -> out.add(Arguments.of(new Case(e.getAsJsonObject().get("name").getAsString(),
                    e.getAsJsonObject()))));
            return out.stream();
        }
    }

    /**
     * A plain module's state dict does not load into a reparametrised one (PyTorch's message and key lists), a
     * reparametrised one's does, values and all. PyTorch's spectral_norm also registers a load pre-hook for
     * pre-2018 checkpoints (weight_orig + weight + weight_u, no weight_v); jtorch has no such hook, so the keys
     * that hook repeats in the missing list appear once.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("loads")
    void loadStateDictMatchesPyTorch(Case c) {
        JsonObject j = c.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        JsonObject spec = j.getAsJsonObject("module");
        Module plain = build(spec);
        Module src = build(spec);
        j.getAsJsonArray("calls").forEach(k -> call(src, k.getAsJsonObject()));
        Module dst = build(spec);
        j.getAsJsonArray("calls").forEach(k -> call(dst, k.getAsJsonObject()));
        List<String> missing = new ArrayList<>(new java.util.LinkedHashSet<>(strings(j.getAsJsonArray("missing"))));
        String strict = j.get("strict_error").getAsString();
        List<String> repeated = strings(j.getAsJsonArray("missing"));
        if (repeated.size() != missing.size()) {
            String pyList = String.join(", ", repeated.stream().map(k -> "\"" + k + "\"").toList());
            strict = strict.replace(pyList, String.join(", ", missing.stream().map(k -> "\"" + k + "\"").toList()));
        }
        var e = assertThrows(IllegalStateException.class, () -> dst.loadStateDict(plain.stateDict()));
        assertEquals(strict, e.getMessage());
        Module.IncompatibleKeys r = dst.loadStateDict(plain.stateDict(), false);
        assertEquals(missing, r.missingKeys());
        assertEquals(strings(j.getAsJsonArray("unexpected")), r.unexpectedKeys());
        dst.loadStateDict(src.stateDict());
        assertState("after loading", j.getAsJsonArray("state"), dst.stateDict());
    }

    static Module build(JsonObject spec) {
        String type = spec.get("type").getAsString();
        JsonArray a = spec.has("args") ? spec.getAsJsonArray("args") : new JsonArray();
        JsonObject kw = spec.has("kwargs") ? spec.getAsJsonObject("kwargs") : new JsonObject();
        return switch (type) {
            case "Sequential" -> {
                List<Module> children = new ArrayList<>();
                spec.getAsJsonArray("children").forEach(c -> children.add(build(c.getAsJsonObject())));
                yield new Sequential(children.toArray(new Module[0]));
            }
            case "Linear" -> new Linear(a.get(0).getAsInt(), a.get(1).getAsInt(),
                    !kw.has("bias") || kw.get("bias").getAsBoolean());
            case "Conv2d" -> new Conv2d(Conv2d.options(a.get(0).getAsInt(), a.get(1).getAsInt(), ints(a.get(2))));
            case "Conv1d" -> new Conv1d(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt());
            case "ConvTranspose2d" -> new ConvTranspose2d(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt());
            case "ConvTranspose1d" -> new ConvTranspose1d(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt());
            case "Embedding" -> new Embedding(a.get(0).getAsInt(), a.get(1).getAsInt());
            case "LazyLinear" -> new jtorch.nn.LazyLinear(a.get(0).getAsInt());
            case "ReLU" -> new ReLU();
            default -> throw new IllegalArgumentException("no builder for " + type);
        };
    }

    private static int[] ints(JsonElement e) {
        if (e.isJsonPrimitive()) {
            return new int[] {e.getAsInt(), e.getAsInt()};
        }
        JsonArray a = e.getAsJsonArray();
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsInt();
        }
        return out;
    }

    private static String path(JsonObject call) {
        return call.has("target") ? call.get("target").getAsString() : "";
    }

    private static Module target(Module m, JsonObject call) {
        return assertInstanceOf(Module.class, m.namedModules().get(path(call)), path(call));
    }

    // one nn.utils call, keywords as PyTorch's; an int amount counts entries, a float one is a fraction
    static void call(Module m, JsonObject c) {
        JsonObject kw = c.getAsJsonObject("kwargs");
        if (c.get("fn").getAsString().equals("global_unstructured")) {
            List<Prune.Target> targets = new ArrayList<>();
            kw.getAsJsonArray("parameters").forEach(p -> targets.add(new Prune.Target(
                    m.namedModules().get(p.getAsJsonArray().get(0).getAsString()), p.getAsJsonArray().get(1).getAsString())));
            Map<Prune.Target, Tensor> scores = new java.util.HashMap<>();
            if (kw.has("importance_scores")) {
                kw.getAsJsonArray("importance_scores").forEach(e -> scores.put(new Prune.Target(
                        m.namedModules().get(e.getAsJsonArray().get(0).getAsString()),
                        e.getAsJsonArray().get(1).getAsString()),
                        OpFixtures.tensor(e.getAsJsonArray().get(2).getAsJsonObject(), Layout.CONTIGUOUS)));
            }
            Prune.GlobalMethod method = kw.get("method").getAsString().equals("L1Unstructured")
                    ? Prune.GlobalMethod.L1_UNSTRUCTURED : Prune.GlobalMethod.RANDOM_UNSTRUCTURED;
            if (kw.get("amount").getAsString().matches("-?\\d+")) {
                Prune.globalUnstructured(targets, method, kw.get("amount").getAsInt(), scores);
            } else {
                Prune.globalUnstructured(targets, method, kw.get("amount").getAsDouble(), scores);
            }
            return;
        }
        Module t = target(m, c);
        String name = kw.has("name") ? kw.get("name").getAsString() : "weight";
        switch (c.get("fn").getAsString()) {
            case "weight_norm" -> WeightNorm.weightNorm(t, name, !kw.has("dim") ? 0
                    : kw.get("dim").isJsonNull() ? -1 : kw.get("dim").getAsInt());
            case "remove_weight_norm" -> WeightNorm.removeWeightNorm(t, name);
            case "spectral_norm" -> {
                var o = SpectralNorm.options().name(name);
                if (kw.has("n_power_iterations")) {
                    o.nPowerIterations(kw.get("n_power_iterations").getAsInt());
                }
                if (kw.has("eps")) {
                    o.eps(kw.get("eps").getAsDouble());
                }
                if (kw.has("dim")) {
                    o.dim(kw.get("dim").getAsInt());
                }
                SpectralNorm.spectralNorm(t, o);
            }
            case "remove_spectral_norm" -> SpectralNorm.removeSpectralNorm(t, name);
            case "identity" -> Prune.identity(t, name);
            case "l1_unstructured", "random_unstructured" -> {
                boolean l1 = c.get("fn").getAsString().startsWith("l1");
                JsonElement amount = kw.get("amount");
                boolean integral = amount.getAsString().matches("-?\\d+");
                Tensor scores = kw.has("importance_scores")
                        ? OpFixtures.tensor(kw.getAsJsonObject("importance_scores"), Layout.CONTIGUOUS) : null;
                if (l1 && integral) {
                    Prune.l1Unstructured(t, name, amount.getAsInt(), scores);
                } else if (l1) {
                    Prune.l1Unstructured(t, name, amount.getAsDouble(), scores);
                } else if (integral) {
                    Prune.randomUnstructured(t, name, amount.getAsInt());
                } else {
                    Prune.randomUnstructured(t, name, amount.getAsDouble());
                }
            }
            case "custom_from_mask" -> Prune.customFromMask(t, name, OpFixtures.tensor(kw.getAsJsonObject("mask"),
                    Layout.CONTIGUOUS));
            case "ln_structured", "random_structured" -> {
                boolean integral = kw.get("amount").getAsString().matches("-?\\d+");
                int dim = kw.get("dim").getAsInt();
                if (c.get("fn").getAsString().startsWith("random")) {
                    if (integral) {
                        Prune.randomStructured(t, name, kw.get("amount").getAsInt(), dim);
                    } else {
                        Prune.randomStructured(t, name, kw.get("amount").getAsDouble(), dim);
                    }
                    return;
                }
                JsonElement n = kw.get("n");
                double order = n.getAsJsonPrimitive().isString()
                        ? Double.parseDouble(n.getAsString().replace("inf", "Infinity")) : n.getAsDouble();
                Tensor scores = kw.has("importance_scores")
                        ? OpFixtures.tensor(kw.getAsJsonObject("importance_scores"), Layout.CONTIGUOUS) : null;
                if (integral) {
                    Prune.lnStructured(t, name, kw.get("amount").getAsInt(), order, dim, scores);
                } else {
                    Prune.lnStructured(t, name, kw.get("amount").getAsDouble(), order, dim, scores);
                }
            }
            case "prune_remove" -> Prune.remove(t, name);
            default -> throw new IllegalArgumentException("unknown call " + c);
        }
    }

    // PyTorch's exception types as jtorch's neighbours throw them (ViewOps reports view and permute misuse as
    // IllegalArgumentException)
    private static Class<? extends RuntimeException> javaType(String python, String message) {
        return switch (python) {
            case "RuntimeError" -> message.startsWith("view size") || message.startsWith("permute(")
                    ? IllegalArgumentException.class : IllegalStateException.class;
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "ValueError", "TypeError", "KeyError", "AttributeError", "AssertionError" ->
                    IllegalArgumentException.class;
            default -> throw new IllegalArgumentException("unmapped " + python);
        };
    }

    private static void assertState(String what, JsonArray expected, Map<String, Tensor> actual) {
        List<String> keys = new ArrayList<>();
        expected.forEach(e -> keys.add(e.getAsJsonArray().get(0).getAsString()));
        assertEquals(keys, List.copyOf(actual.keySet()), what + ": state dict keys");
        for (JsonElement e : expected) {
            String k = e.getAsJsonArray().get(0).getAsString();
            OpFixtures.assertTensor(what + " " + k, e.getAsJsonArray().get(1).getAsJsonObject(), actual.get(k), null);
        }
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        JsonObject j = c.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        Module m = build(j.getAsJsonObject("module"));
        if (j.get("dtype").getAsString().equals("float64")) {
            m.toDouble();
        }
        JsonArray calls = j.getAsJsonArray("calls");
        Module first = target(m, calls.get(0).getAsJsonObject());
        if (j.has("weight")) {
            Tensor w = first.getAttribute("weight");
            double[] values = new double[w.numel()];
            JsonArray data = j.getAsJsonArray("weight");
            for (int i = 0; i < values.length; i++) {
                values[i] = data.get(i).isJsonPrimitive() && data.get(i).getAsJsonPrimitive().isString()
                        ? Double.parseDouble(data.get(i).getAsString().replace("inf", "Infinity").replace("nan", "NaN"))
                        : data.get(i).getAsDouble();
            }
            try (var g = Torch.noGrad()) {
                w.copy_(Torch.fromArray(values).view(w.sizes()));
            }
        }
        if (j.has("column_major")) {
            first.setAttribute("weight", new Parameter(first.getAttribute("weight").detach().t().contiguous().t()));
        }
        // the tensor the calls reparametrise: the first named one, else the first call's weight
        String where = path(calls.get(0).getAsJsonObject());
        String attr = "weight";
        for (JsonElement e : calls) {
            JsonObject kw = e.getAsJsonObject().getAsJsonObject("kwargs");
            if (e.getAsJsonObject().get("fn").getAsString().equals("global_unstructured")) {
                JsonArray firstParameter = kw.getAsJsonArray("parameters").get(0).getAsJsonArray();
                where = firstParameter.get(0).getAsString();
                attr = firstParameter.get(1).getAsString();
                break;
            }
            if (kw.has("name")) {
                where = path(e.getAsJsonObject());
                attr = kw.get("name").getAsString();
                break;
            }
        }
        JsonObject error = j.has("error") ? j.getAsJsonObject("error") : null;
        for (int i = 0; i < calls.size(); i++) {
            JsonObject k = calls.get(i).getAsJsonObject();
            if (error != null && error.get("call").getAsInt() == i) {
                String message = error.get("message").getAsString();
                RuntimeException ex = assertThrows(javaType(error.get("type").getAsString(), message), () -> call(m, k));
                // PyTorch 1.13 names dense permute "permute(sparse_coo)"; jtorch's ViewOps names it plainly
                assertEquals(message.replace("permute(sparse_coo):", "permute():"), ex.getMessage(), "error message");
                return;
            }
            call(m, k);
        }
        Module holder = m.namedModules().get(where);
        JsonObject after = j.getAsJsonObject("after");
        assertState("after the calls", after.getAsJsonArray("state"), m.stateDict());
        assertEquals(strings(after.getAsJsonArray("params")), List.copyOf(m.namedParameters().keySet()), "parameters");
        assertEquals(strings(after.getAsJsonArray("buffers")), List.copyOf(m.namedBuffers().keySet()), "buffers");
        assertEquals(after.get("repr").getAsString(), m.toString(), "repr");
        OpFixtures.assertTensor("attribute " + attr, after.getAsJsonObject("attr"), holder.getAttribute(attr), null);
        assertEquals(after.get("is_pruned").getAsBoolean(), Prune.isPruned(m), "is_pruned");
        JsonArray forwards = j.getAsJsonArray("forwards");
        for (int i = 0; i < forwards.size(); i++) {
            forward("forward " + i, m, forwards.get(i).getAsJsonObject(), layout, holder, attr);
        }
        JsonArray later = j.getAsJsonArray("later");
        JsonObject laterError = j.has("later_error") ? j.getAsJsonObject("later_error") : null;
        for (int i = 0; i < later.size(); i++) {
            JsonObject k = later.get(i).getAsJsonObject();
            if (laterError != null && laterError.get("call").getAsInt() == i) {
                String message = laterError.get("message").getAsString();
                RuntimeException ex = assertThrows(javaType(laterError.get("type").getAsString(), message),
                        () -> call(m, k));
                assertEquals(message, ex.getMessage(), "error message");
                return;
            }
            call(m, k);
        }
        if (j.has("after_later")) {
            JsonObject al = j.getAsJsonObject("after_later");
            assertState("after the later calls", al.getAsJsonArray("state"), m.stateDict());
            assertEquals(strings(al.getAsJsonArray("params")), List.copyOf(m.namedParameters().keySet()),
                    "parameters after the later calls");
            assertEquals(al.get("repr").getAsString(), m.toString(), "repr after the later calls");
            assertEquals(al.get("is_pruned").getAsBoolean(), Prune.isPruned(m), "is_pruned after the later calls");
            if (al.has("out")) {
                JsonObject f0 = forwards.get(0).getAsJsonObject();
                m.train(f0.get("train").getAsBoolean());
                Tensor out = m.call(OpFixtures.tensor(f0.getAsJsonObject("input"), layout));
                OpFixtures.assertTensor("output after the later calls", al.getAsJsonObject("out"), out, null);
            }
        }
    }

    private static void forward(String what, Module m, JsonObject f, Layout layout, Module holder, String attr) {
        m.train(f.get("train").getAsBoolean());
        Tensor x = OpFixtures.tensor(f.getAsJsonObject("input"), layout);
        Tensor leaf = x.isFloatingPoint() ? x.detach().requiresGrad_(true) : x;
        Tensor out = m.call(leaf);
        OpFixtures.assertTensor(what + " output", f.getAsJsonObject("out"), out, null);
        Map<String, Parameter> named = m.namedParameters();
        List<Tensor> wanted = new ArrayList<>();
        if (leaf.requiresGrad()) {
            wanted.add(leaf);
        }
        wanted.addAll(named.values());
        Tensor go = OpFixtures.tensor(f.getAsJsonObject("grad_output"), Layout.CONTIGUOUS);
        List<Tensor> gs = Torch.autograd().grad(List.of(out), wanted, List.of(go), null, false, true);
        int at = 0;
        if (leaf.requiresGrad()) {
            OpFixtures.assertTensor(what + " input grad", f.getAsJsonObject("input_grad"), gs.get(at++), null);
        }
        JsonArray grads = f.getAsJsonArray("grads");
        assertEquals(grads.size(), named.size(), what + ": parameter count");
        for (JsonElement e : grads) {
            String name = e.getAsJsonArray().get(0).getAsString();
            JsonElement g = e.getAsJsonArray().get(1);
            Tensor got = gs.get(at++);
            if (g.isJsonNull()) {
                assertNull(got, what + " grad " + name);
            } else {
                assertNotNull(got, what + " grad " + name);
                OpFixtures.assertTensor(what + " grad " + name, g.getAsJsonObject(), got, null);
            }
        }
        OpFixtures.assertTensor(what + " attribute " + attr, f.getAsJsonObject("attr"), holder.getAttribute(attr), null);
        assertState(what + " state", f.getAsJsonArray("state"), m.stateDict());
    }
}

package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/**
 * Sequential (positional and the seed's OrderedDict form), ModuleList, ModuleDict, ParameterList and
 * ParameterDict: reprs, traversal orders (named_modules vs named_children, as the seed notes contrast
 * them) and state-dict keys against PyTorch (tools/golden/nn_modules.py), plus PyTorch's list semantics.
 */
class ContainersTest {
    private static final JsonObject C = NnModulesFixtureTest.doc().getAsJsonObject("containers");

    private static String expected(String key) {
        return C.get(key).getAsString();
    }

    private static List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : C.getAsJsonArray(key)) {
            out.add(e.getAsString());
        }
        return out;
    }

    static Sequential named() {
        Map<String, Module> layers = new LinkedHashMap<>();
        layers.put("fc1", new Linear(4, 3));
        layers.put("relu1", new ReLU());
        layers.put("fc2", new Linear(3, 2));
        layers.put("relu2", new ReLU());
        return new Sequential(layers);
    }

    /** The fixture's Net: a named Sequential, a ModuleList, a head registered twice, a buffer. */
    static class Net extends Module {
        final Sequential features = new Sequential(orderedMap("fc", new Linear(4, 4), "act", new ReLU()));
        final ModuleList blocks = new ModuleList(new Linear(4, 4), new Sequential(new Linear(4, 4), new Tanh()));
        final Linear head = new Linear(4, 2);
        final Linear shared = head;

        Net() {
            registerBuffer("steps", Torch.zeros(1));
        }
    }

    static Map<String, Module> orderedMap(String k1, Module v1, String k2, Module v2) {
        Map<String, Module> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void reprsMatchPyTorch() {
        Sequential seq = new Sequential(new Linear(1, 2), new Sequential(new ReLU(), new Linear(2, 2)), new Dropout(0.1));
        assertEquals(expected("seq_repr"), seq.toString());
        Sequential named = named();
        assertEquals(expected("named_repr"), named.toString());
        assertEquals(expected("slice_repr"), named.slice(1, 3).toString());
        assertEquals(expected("slice_step_repr"), named.slice(null, null, 2).toString());
        assertEquals(expected("neg_index_repr"), named.get(-1).toString());
        ModuleList ml = new ModuleList(new Linear(2, 2), new Tanh());
        ml.append(new Sequential(new Linear(2, 1)));
        assertEquals(expected("modulelist_repr"), ml.toString());
        Map<String, Module> md = new LinkedHashMap<>();
        md.put("b", new ReLU());
        md.put("a", new Linear(1, 1));
        ModuleDict dict = new ModuleDict(md);
        dict.update(Map.of("c", new Identity()));
        assertEquals(expected("moduledict_repr"), dict.toString());
        ParameterList pl = new ParameterList(new Parameter(Torch.randn(4, 4)),
                new Parameter(Torch.randn(Torch.options().dtype(DType.FLOAT64), 3)), new Parameter(Torch.randn()));
        assertEquals(expected("parameterlist_repr"), pl.toString());
        ParameterDict pd = new ParameterDict(Map.of("b", new Parameter(Torch.randn(2, 2)),
                "a", new Parameter(Torch.randn(Torch.options().dtype(DType.FLOAT64), 3))));
        assertEquals(expected("parameterdict_repr"), pd.toString());
        assertEquals(expected("parameter_repr"), new Parameter(Torch.ones(2)).toString());
        assertEquals(expected("net_repr"), new Net().toString());
        assertEquals(strings("empty_reprs"), List.of(new Sequential().toString(), new ModuleList().toString(),
                new ModuleDict().toString(), new ParameterList().toString()));
        named.pop(1);
        assertEquals(expected("after_delete_repr"), named.toString());
    }

    @Test
    void traversalOrdersMatchPyTorch() {
        Net net = new Net();
        assertEquals(strings("named_modules"), List.copyOf(net.namedModules().keySet()));
        assertEquals(strings("named_children"), List.copyOf(net.namedChildren().keySet()));
        assertEquals(strings("named_parameters"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(strings("state_dict"), List.copyOf(net.stateDict().keySet()));
        assertEquals(strings("named_buffers"), List.copyOf(net.namedBuffers().keySet()));
        List<Module> visited = new ArrayList<>();
        net.apply(visited::add);
        // apply visits children before their parent, each module once per registration path
        assertSame(net, visited.get(visited.size() - 1));
        assertSame(net.features.get(0), visited.get(0));
    }

    @Test
    void sequentialRunsItsModulesInOrderAndIndexesLikeAPythonList() {
        Torch.manualSeed(0);
        Sequential s = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 2));
        Tensor x = Torch.randn(5, 3);
        Linear first = s.get(0);
        Linear last = s.get(-1);
        Tensor expected = last.call(first.call(x).relu());
        assertEquals(true, expected.allclose(s.call(x)));
        assertEquals(3, s.size());
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(3), "index 3 is out of range");
        assertEquals("index -4 is out of range", assertThrows(IndexOutOfBoundsException.class, () -> s.get(-4))
                .getMessage());
        List<Module> iterated = new ArrayList<>();
        s.forEach(iterated::add);
        assertEquals(List.of(s.get(0), s.get(1), s.get(2)), iterated);
        s.insert(1, new Tanh());
        assertEquals(List.of("0", "1", "2", "3"), List.copyOf(s.namedChildren().keySet()));
        assertEquals(Tanh.class, s.get(1).getClass());
        s.append(new Sigmoid()).extend(List.of(new Identity()));
        assertEquals(6, s.size());
        assertEquals(Sigmoid.class, s.slice(-2, null).get(0).getClass());
        assertEquals("Index out of range: 8", assertThrows(IndexOutOfBoundsException.class,
                () -> s.insert(8, new ReLU())).getMessage());
    }

    @Test
    void moduleListHasNoForwardButRegistersItsModules() {
        ModuleList l = new ModuleList(List.of(new Linear(2, 2), new Linear(2, 2)));
        l.insert(0, new ReLU());
        assertEquals(List.of("1.weight", "1.bias", "2.weight", "2.bias"), List.copyOf(l.stateDict().keySet()));
        assertEquals(ReLU.class, l.pop(0).getClass());
        assertEquals(List.of("0.weight", "0.bias", "1.weight", "1.bias"), List.copyOf(l.stateDict().keySet()));
        assertEquals("Module [ModuleList] is missing the required \"forward\" function",
                assertThrows(UnsupportedOperationException.class, () -> l.call(Torch.ones(2))).getMessage());
        assertEquals(1, l.slice(1, null).size());
    }

    @Test
    void parameterContainersWrapTensorsAndCannotBeCalled() {
        ParameterList pl = new ParameterList();
        pl.append(Torch.ones(2));
        assertEquals(Parameter.class, pl.get(-1).getClass());
        assertEquals(true, pl.get(0).requiresGrad());
        assertEquals("ParameterList should not be called.",
                assertThrows(IllegalStateException.class, () -> pl.call(Torch.ones(2))).getMessage());
        ParameterDict pd = new ParameterDict();
        pd.put("w", Torch.zeros(3));
        assertEquals(List.of("w"), List.copyOf(pd.keys()));
        assertEquals("ParameterDict should not be called.",
                assertThrows(IllegalStateException.class, () -> pd.call(Torch.ones(2))).getMessage());
        // an ordered map keeps its order, any other map is sorted (PyTorch's OrderedDict vs dict)
        Map<String, Tensor> ordered = new LinkedHashMap<>();
        ordered.put("z", Torch.ones(1));
        ordered.put("a", Torch.ones(1));
        pd.update(ordered);
        assertEquals(List.of("w", "z", "a"), List.copyOf(pd.keys()));
    }

    @Test
    void loadStateDictReportsLikePyTorch() {
        JsonObject loads = NnModulesFixtureTest.doc().getAsJsonObject("load_state_dict");
        Torch.manualSeed(0);
        Map<String, Tensor> ones = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : new SeedModulesTest.MLP().stateDict().entrySet()) {
            ones.put(e.getKey(), Torch.onesLike(e.getValue()));
        }
        check(loads.getAsJsonObject("ok"), ones, true);
        Map<String, Tensor> missing = new LinkedHashMap<>(ones);
        missing.remove("output.bias");
        check(loads.getAsJsonObject("missing_strict"), missing, true);
        check(loads.getAsJsonObject("missing_lenient"), missing, false);
        Map<String, Tensor> unexpected = new LinkedHashMap<>(ones);
        unexpected.put("extra.weight", Torch.ones(1));
        unexpected.put("hidden.foo", Torch.ones(1));
        check(loads.getAsJsonObject("unexpected_strict"), unexpected, true);
        unexpected.remove("hidden.foo");
        check(loads.getAsJsonObject("unexpected_lenient"), unexpected, false);
        Map<String, Tensor> mismatch = new LinkedHashMap<>(ones);
        mismatch.put("output.weight", Torch.ones(3, 3));
        check(loads.getAsJsonObject("size_mismatch"), mismatch, false);
        Map<String, Tensor> all = new LinkedHashMap<>(ones);
        all.remove("hidden.weight");
        all.put("output.weight", Torch.ones(3, 3));
        all.put("zzz", Torch.ones(1));
        check(loads.getAsJsonObject("all_three"), all, true);
    }

    private static void check(JsonObject expected, Map<String, Tensor> state, boolean strict) {
        Torch.manualSeed(0);
        SeedModulesTest.MLP m = new SeedModulesTest.MLP();
        if (expected.has("error")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.loadStateDict(state, strict));
            assertEquals(expected.get("error").getAsString(), e.getMessage());
        } else {
            Module.IncompatibleKeys r = m.loadStateDict(state, strict);
            assertEquals(strings(expected.getAsJsonArray("missing")), r.missingKeys());
            assertEquals(strings(expected.getAsJsonArray("unexpected")), r.unexpectedKeys());
        }
        // like PyTorch, tensors that fit are copied even when loading fails overall
        jtorch.testing.OpFixtures.assertTensor("hidden.bias", expected.getAsJsonObject("hidden_bias"), m.hidden.bias,
                null);
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) {
            out.add(e.getAsString());
        }
        return out;
    }
}

package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.init.Init;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;

/**
 * The seed notes' module classes (001_6d82f735346a2cd8.txt: MLP, MyLayer, MyListDense, MyDictDense and
 * the initialize_weights loop) written in Java as briefly as in Python, checked against PyTorch
 * (tools/golden/nn_modules.py): same repr, parameter count and initial parameters for the same seed,
 * and the same outputs and gradients.
 */
class SeedModulesTest {
    /** 多层感知机: two Linear layers with a ReLU, declared as fields. */
    static class MLP extends Module {
        final Linear hidden = new Linear(784, 256);
        final ReLU act = new ReLU();
        final Linear output = new Linear(256, 10);

        @Override
        public Tensor forward(Tensor x) {
            Tensor o = act.call(hidden.call(x));
            return output.call(o);
        }
    }

    /** A layer without parameters: subtracts the mean. */
    static class MyLayer extends Module {
        @Override
        public Tensor forward(Tensor x) {
            return x.sub(x.mean());
        }
    }

    /** Parameters in a ParameterList, one appended after construction. */
    static class MyListDense extends Module {
        final ParameterList params = new ParameterList();

        MyListDense() {
            for (int i = 0; i < 3; i++) {
                params.append(new Parameter(Torch.randn(4, 4)));
            }
            params.append(new Parameter(Torch.randn(4, 1)));
        }

        @Override
        public Tensor forward(Tensor x) {
            for (int i = 0; i < params.size(); i++) {
                x = Torch.mm(x, params.get(i));
            }
            return x;
        }
    }

    /**
     * Parameters in a ParameterDict, one added by update. Like Python's dict literal, Map.of evaluates
     * its values in source order, and like PyTorch, ParameterDict sorts the keys of an unordered map.
     */
    static class MyDictDense extends Module {
        final ParameterDict params = new ParameterDict(Map.of(
                "linear1", new Parameter(Torch.randn(4, 4)),
                "linear2", new Parameter(Torch.randn(4, 1))));

        MyDictDense() {
            params.update(Map.of("linear3", new Parameter(Torch.randn(4, 2)))); // 新增
        }

        @Override
        public Tensor forward(Tensor x) {
            return forward(x, "linear1");
        }

        Tensor forward(Tensor x, String choice) {
            return Torch.mm(x, params.get(choice));
        }
    }

    private static JsonObject program(String name) {
        for (JsonElement e : NnModulesFixtureTest.doc().getAsJsonArray("programs")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void check(String name, java.util.function.Supplier<Module> build) {
        JsonObject p = program(name);
        Torch.manualSeed(p.get("seed").getAsLong());
        Module m = build.get();
        assertEquals(p.get("repr").getAsString(), m.toString(), name + ": repr");
        assertEquals(p.get("num_params").getAsLong(), NnModulesFixtureTest.numParams(m), name + ": parameter count");
        NnModulesFixtureTest.assertState(name, p.getAsJsonArray("state"), m, false);
        for (JsonElement f : p.getAsJsonArray("forwards")) {
            NnModulesFixtureTest.assertForward(name, m, f.getAsJsonObject());
        }
    }

    @Test
    void mlp() {
        check("MLP", MLP::new);
    }

    @Test
    void myLayer() {
        check("MyLayer", MyLayer::new);
    }

    @Test
    void myListDense() {
        check("MyListDense", MyListDense::new);
    }

    @Test
    void myDictDense() {
        check("MyDictDense", MyDictDense::new);
        JsonObject d = NnModulesFixtureTest.doc().getAsJsonObject("dict_choices");
        Torch.manualSeed(d.get("seed").getAsLong());
        MyDictDense net = new MyDictDense();
        Tensor x = OpFixtures.tensor(d.getAsJsonObject("x"), OpFixtures.Layout.CONTIGUOUS);
        for (Map.Entry<String, JsonElement> c : d.getAsJsonObject("out").entrySet()) {
            OpFixtures.assertTensor("choice " + c.getKey(), c.getValue().getAsJsonObject(), net.forward(x, c.getKey()),
                    null);
        }
    }

    /** The seed's initialize_weights, over modules(), for the layer types this family provides. */
    static void initializeWeights(Module self) {
        for (Module m : self.modules()) {
            if (m instanceof Linear l) {
                Init.normal_(l.weight, 0.1);
                if (l.bias != null) {
                    Init.zeros_(l.bias);
                }
            }
        }
    }

    /** The variant in 003_ce998acfe9dc3462.txt: N(0, 0.01) weights, bias.zero_(). */
    static void initializeWeights003(Module self) {
        for (Module m : self.modules()) {
            if (m instanceof Linear l) {
                Init.normal_(l.weight, 0, 0.01);
                l.bias.zero_();
            }
        }
    }

    @Test
    void initializeWeightsLoopsOverModules() {
        JsonObject iw = NnModulesFixtureTest.doc().getAsJsonObject("initialize_weights");
        JsonObject a = iw.getAsJsonObject("001");
        Torch.manualSeed(a.get("seed").getAsLong());
        MLP mlp = new MLP();
        initializeWeights(mlp);
        NnModulesFixtureTest.assertState("initialize_weights", a.getAsJsonArray("state"), mlp, false);
        JsonObject b = iw.getAsJsonObject("003");
        Torch.manualSeed(b.get("seed").getAsLong());
        MLP mlp2 = new MLP();
        try (var g = Torch.noGrad()) {
            initializeWeights003(mlp2);
        }
        NnModulesFixtureTest.assertState("initialize_weights (003)", b.getAsJsonArray("state"), mlp2, false);
    }

    @Test
    void myListDenseStateDictKeys() {
        Torch.manualSeed(1);
        Map<String, Tensor> sd = new MyListDense().stateDict();
        assertEquals(java.util.List.of("params.0", "params.1", "params.2", "params.3"), java.util.List.copyOf(sd.keySet()));
        JsonArray expected = program("MyListDense").getAsJsonArray("state");
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            order.put(expected.get(i).getAsJsonArray().get(0).getAsString(), i);
        }
        assertEquals(java.util.List.copyOf(order.keySet()), java.util.List.copyOf(sd.keySet()));
    }
}

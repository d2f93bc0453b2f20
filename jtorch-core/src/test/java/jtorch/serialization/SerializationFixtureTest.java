package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.assertTensor;
import static jtorch.serialization.SerializationTestSupport.at;
import static jtorch.serialization.SerializationTestSupport.bytesOf;
import static jtorch.serialization.SerializationTestSupport.expected;
import static jtorch.serialization.SerializationTestSupport.fixture;
import static jtorch.serialization.SerializationTestSupport.ints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.nn.Sequential;
import jtorch.nn.Tanh;
import jtorch.nn.functional.F;
import jtorch.optim.ParamGroup;
import jtorch.optim.SGD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Files written by PyTorch 1.13 (tools/golden/serialization.py) load in jtorch with identical values. */
class SerializationFixtureTest {
    private static final JsonObject EXPECTED = expected();

    /** The seed notes' LeNet. */
    static class Net extends Module {
        final Conv2d conv1 = new Conv2d(1, 6, 5);
        final Conv2d conv2 = new Conv2d(6, 16, 5);
        final Linear fc1 = new Linear(16 * 5 * 5, 120);
        final Linear fc2 = new Linear(120, 84);
        final Linear fc3 = new Linear(84, 10);

        @Override
        public Tensor forward(Tensor x) {
            x = F.maxPool2d(F.relu(conv1.call(x)), new int[] {2, 2});
            x = F.maxPool2d(F.relu(conv2.call(x)), 2);
            x = x.view(-1, 16 * 5 * 5);
            x = F.relu(fc1.call(x));
            x = F.relu(fc2.call(x));
            return fc3.call(x);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet.pt", "lenet_legacy.pt", "sgd_momentum.pt", "checkpoint.pt", "dtypes.pt",
            "dtypes_legacy.pt", "views.pt", "rng.pt", "param.pt", "sample.safetensors"})
    void everyTensorHasPyTorchsBytesAndGeometry(String file) {
        Object loaded = Torch.load(fixture(file));
        JsonObject want = EXPECTED.getAsJsonObject(file);
        assertTrue(want.size() > 0);
        for (Map.Entry<String, JsonElement> e : want.entrySet()) {
            assertTensor(e.getValue().getAsJsonObject(), at(loaded, e.getKey()), file + ":" + e.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet.pt", "lenet_legacy.pt"})
    void lenetGivesPyTorchsOutput(String file) {
        Map<String, Tensor> sd = Torch.load(fixture(file));
        assertEquals(List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight", "fc1.bias",
                "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias"), new ArrayList<>(sd.keySet()));
        Net net = new Net();
        net.loadStateDict(sd);
        JsonObject io = EXPECTED.getAsJsonObject("lenet_io");
        Tensor x = tensorOf(io.getAsJsonObject("input"));
        Tensor y = net.call(x);
        Tensor want = tensorOf(io.getAsJsonObject("output"));
        assertArrayEquals(want.sizes(), y.sizes());
        assertTrue(y.allclose(want, 1e-5, 1e-6, false), () -> "LeNet output " + y + " vs PyTorch's " + want);
    }

    @Test
    void viewsShareOneStorage() {
        Map<String, Tensor> v = Torch.load(fixture("views.pt"));
        Tensor base = v.get("base");
        for (Tensor t : v.values()) {
            assertSame(base.storage(), t.storage());
        }
        // an in-place write through one view is seen by the others, as in PyTorch
        v.get("row").add_(100.0);
        assertEquals(108.0, v.get("t").get("2, 1").item());
        assertEquals(108.0, v.get("col").get("1").item());
        assertEquals(2.0, v.get("col").get("0").item());
    }

    @Test
    void checkpointScalarsAndNestedLists() {
        Map<String, Object> ck = Torch.load(fixture("checkpoint.pt"));
        JsonObject s = EXPECTED.getAsJsonObject("scalars");
        assertEquals(7, ck.get("epoch"));
        assertEquals(0.875, ck.get("best_acc"));
        assertEquals(1L << 40, ck.get("big"));
        assertEquals(new BigInteger(s.get("huge").getAsString()), ck.get("huge"));
        assertEquals(-5, ck.get("neg"));
        assertEquals("run-1 ✓", ck.get("name"));
        assertEquals(List.of(List.of(1, 2.5), List.of(2, 1.25, Arrays.asList(3, "x", null, true))), ck.get("history"));
        assertEquals(List.of(1, 2.0, "three"), ck.get("shape"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) ck.get("shape")).add(4));
        Map<?, ?> sched = (Map<?, ?>) ck.get("scheduler");
        JsonObject ws = s.getAsJsonObject("scheduler");
        assertEquals(ws.get("last_epoch").getAsInt(), sched.get("last_epoch"));
        assertEquals(ws.get("step_size").getAsInt(), sched.get("step_size"));
        assertEquals(ws.get("gamma").getAsDouble(), sched.get("gamma"));
        assertEquals(doubles(ws.get("_last_lr")), sched.get("_last_lr"));
        assertEquals(doubles(ws.get("base_lrs")), sched.get("base_lrs"));
    }

    @Test
    void sgdMomentumStateLoadsIntoJtorchsSgd() {
        Map<String, Object> ck = Torch.load(fixture("checkpoint.pt"));
        Map<String, Tensor> modelState = (Map<String, Tensor>) ck.get("model");
        Sequential model = new Sequential(new Linear(4, 3), new Tanh(), new Linear(3, 2));
        model.loadStateDict(modelState);
        JsonObject params = EXPECTED.getAsJsonObject("sgd_params_after_3_steps");
        for (Map.Entry<String, Tensor> e : model.stateDict().entrySet()) {
            assertTensor(params.getAsJsonObject(e.getKey()), e.getValue(), e.getKey());
        }
        List<Parameter> ps = model.parameters();
        SGD opt = new SGD(List.of(ParamGroup.of(ps.get(0), ps.get(1)), ParamGroup.of(ps.get(2), ps.get(3)).lr(0.1)),
                SGD.options(0.01).momentum(0.9).weightDecay(1e-4));
        Map<String, Object> saved = Torch.load(fixture("sgd_momentum.pt"));
        opt.loadStateDict(saved);
        JsonArray groups = EXPECTED.getAsJsonObject("scalars").getAsJsonArray("param_groups");
        for (int g = 0; g < 2; g++) {
            assertEquals(groups.get(g).getAsJsonObject().get("lr").getAsDouble(), opt.paramGroups().get(g).lr());
            assertEquals(List.of(2 * g, 2 * g + 1), ((Map<?, ?>) ((List<?>) saved.get("param_groups")).get(g)).get("params"));
        }
        JsonObject want = EXPECTED.getAsJsonObject("sgd_momentum.pt");
        for (int i = 0; i < 4; i++) {
            Tensor buf = (Tensor) opt.state().get(ps.get(i)).get("momentum_buffer");
            assertTensor(want.getAsJsonObject("state/" + i + "/momentum_buffer"), buf, "momentum_buffer " + i);
        }
    }

    @Test
    void rngStateFromPyTorchContinuesPyTorchsStream() {
        Map<String, Tensor> m = Torch.load(fixture("rng.pt"));
        Tensor state = m.get("state");
        assertEquals(DType.UINT8, state.dtype());
        assertEquals(5056, state.numel());
        Torch.setRngState(state);
        JsonObject next = EXPECTED.getAsJsonObject("rng_next");
        assertEquals(tensorOf(next.getAsJsonObject("randn")).toString(), Torch.randn(3).toString());
        Tensor rand = Torch.rand(5);
        assertArrayEquals(bytesOf(tensorOf(next.getAsJsonObject("rand"))), bytesOf(rand));
        // and the state comes back out byte for byte
        Torch.setRngState(state);
        assertArrayEquals(bytesOf(state), bytesOf(Torch.getRngState()));
    }

    @Test
    void parametersKeepTheirRequiresGrad() {
        Map<String, Tensor> m = Torch.load(fixture("param.pt"));
        assertInstanceOf(Parameter.class, m.get("p"));
        assertTrue(m.get("p").requiresGrad());
        assertInstanceOf(Parameter.class, m.get("frozen"));
        assertTrue(!m.get("frozen").requiresGrad());
    }

    @Test
    void metaMapLocationGivesShapesWithoutData() {
        Map<String, Tensor> sd = Torch.load(fixture("lenet.pt"), "meta");
        assertEquals(Device.META, sd.get("fc1.weight").device());
        assertArrayEquals(new int[] {120, 400}, sd.get("fc1.weight").sizes());
        Map<String, Tensor> legacy = Torch.load(fixture("lenet_legacy.pt"), Serialization.loadOptions().mapLocation(Device.META));
        assertTrue(legacy.get("conv1.weight").isMeta());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet.pt", "lenet_legacy.pt", "sample.safetensors"})
    void memoryMappedLoadingGivesTheSameValues(String file) {
        Map<String, Tensor> plain = Torch.load(fixture(file));
        Map<String, Tensor> mapped = Torch.load(fixture(file), Serialization.loadOptions().mmap(true));
        assertEquals(plain.keySet(), mapped.keySet());
        for (String k : plain.keySet()) {
            assertArrayEquals(bytesOf(plain.get(k)), bytesOf(mapped.get(k)), k);
        }
    }

    @Test
    void aPickleNamingOsSystemIsRefused() {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Torch.load(fixture("evil.pt")));
        assertTrue(e.getMessage().contains("Unsupported global: GLOBAL posix.system"), e.getMessage());
    }

    private static List<Double> doubles(JsonElement e) {
        List<Double> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(x.getAsDouble());
        }
        return out;
    }

    static Tensor tensorOf(JsonObject t) {
        JsonArray data = t.getAsJsonArray("data");
        float[] v = new float[data.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = data.get(i).getAsFloat();
        }
        return Torch.fromArray(v, ints(t.get("shape")));
    }
}

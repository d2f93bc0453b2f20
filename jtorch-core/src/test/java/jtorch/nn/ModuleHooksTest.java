package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;

/**
 * Module hooks: full backward hooks against PyTorch (grad_input / grad_output as PyTorch passes them,
 * a returned grad_input replacing the input's gradient; tools/golden/nn_modules.py), forward hooks,
 * and the seed notes' EmptyInitOnDevice function mode building a layer on the meta device.
 */
class ModuleHooksTest {
    private static final JsonObject H = NnModulesFixtureTest.doc().getAsJsonObject("backward_hooks");

    private static Tensor t(String key) {
        return OpFixtures.tensor(H.getAsJsonObject(key), OpFixtures.Layout.CONTIGUOUS);
    }

    private static void assertGrads(String what, JsonArray expected, Tensor[] actual) {
        assertEquals(expected.size(), actual.length, what + ": count");
        for (int i = 0; i < actual.length; i++) {
            JsonElement e = expected.get(i);
            if (e.isJsonNull()) {
                assertNull(actual[i], what + " " + i);
            } else {
                OpFixtures.assertTensor(what + " " + i, e.getAsJsonObject(), actual[i], null);
            }
        }
    }

    @Test
    void fullBackwardHookSeesAndReplacesGradInput() {
        Torch.manualSeed(5);
        Linear lin = new Linear(3, 2);
        List<Tensor[][]> calls = new ArrayList<>();
        lin.registerFullBackwardHook((m, gradInput, gradOutput) -> {
            calls.add(new Tensor[][] {gradInput, gradOutput});
            Tensor[] doubled = new Tensor[gradInput.length];
            for (int i = 0; i < doubled.length; i++) {
                doubled[i] = gradInput[i] == null ? null : gradInput[i].mul(2);
            }
            return doubled;
        });
        Tensor x = t("x").requiresGrad_(true);
        lin.call(x).backward(t("grad_output"));
        JsonArray expected = H.getAsJsonArray("calls");
        assertEquals(expected.size(), calls.size());
        assertGrads("grad_input", expected.get(0).getAsJsonObject().getAsJsonArray("grad_input"), calls.get(0)[0]);
        assertGrads("grad_output", expected.get(0).getAsJsonObject().getAsJsonArray("grad_output"), calls.get(0)[1]);
        OpFixtures.assertTensor("x.grad (doubled by the hook)", H.getAsJsonObject("x_grad"), x.grad(), null);
        OpFixtures.assertTensor("weight.grad (untouched)", H.getAsJsonObject("weight_grad"), lin.weight.grad(), null);
    }

    @Test
    void fullBackwardHookRunsWhenNoInputRequiresGrad() {
        Linear lin = new Linear(3, 2);
        try (var g = Torch.noGrad()) {
            lin.weight.copy_(t("lin2_weight"));
            lin.bias.copy_(t("lin2_bias"));
        }
        List<Tensor[][]> calls = new ArrayList<>();
        RemovableHandle h = lin.registerFullBackwardHook((m, gi, go) -> {
            calls.add(new Tensor[][] {gi, go});
            return null;
        });
        Torch.manualSeed(0);
        lin.call(Torch.randn(4, 3)).backward(t("grad_output"));
        JsonArray expected = H.getAsJsonArray("calls_input_without_grad");
        assertEquals(1, calls.size());
        assertGrads("grad_input", expected.get(0).getAsJsonObject().getAsJsonArray("grad_input"), calls.get(0)[0]);
        assertGrads("grad_output", expected.get(0).getAsJsonObject().getAsJsonArray("grad_output"), calls.get(0)[1]);
        h.remove();
        lin.call(Torch.randn(4, 3)).sum().backward();
        assertEquals(1, calls.size(), "a removed hook is not called");
    }

    @Test
    void backwardHookMustReturnOneGradientPerInput() {
        Linear lin = new Linear(3, 2);
        lin.registerFullBackwardHook((m, gi, go) -> new Tensor[] {gi[0], gi[0]});
        Tensor x = Torch.randn(2, 3).requiresGrad_(true);
        Tensor y = lin.call(x).sum();
        assertEquals("Backward hook returned an invalid number of grad_input, got 2, but expected 1",
                assertThrows(IllegalStateException.class, y::backward).getMessage());
    }

    @Test
    void forwardHooksSeeInputsAndMayReplaceTheOutput() {
        ReLU relu = new ReLU();
        List<String> order = new ArrayList<>();
        relu.registerForwardPreHook((m, in) -> {
            order.add("pre");
            return new Tensor[] {in[0].neg()};
        });
        RemovableHandle h = relu.registerForwardHook((m, in, out) -> {
            order.add("post");
            return out.mul(10);
        });
        Tensor y = relu.call(Torch.tensor(new double[] {-1, 2}));
        assertArrayEquals(new double[] {10, 0}, y.toDoubleArray());
        assertEquals(List.of("pre", "post"), order);
        h.remove();
        assertArrayEquals(new double[] {1, 0}, relu.call(Torch.tensor(new double[] {-1, 2})).toDoubleArray());
    }

    /** The seed notes' EmptyInitOnDevice: factories go to a device, torch.nn.init calls are skipped. */
    static final class EmptyInitOnDevice extends TorchFunctionMode {
        private final Device device;
        final List<String> skipped = new ArrayList<>();

        EmptyInitOnDevice(Device device) {
            this.device = device;
        }

        @Override
        public Object torchFunction(OpCall call) {
            if (call.module().equals("torch.nn.init")) {
                skipped.add(call.name());
                return call.args().get(0);
            }
            if (call.isFactory() && device != null) {
                return call.proceed(call.options().device(device));
            }
            if (call.name().equals("uniform_") || call.name().equals("normal_")) {
                fail("a random fill ran although its init function was skipped");
            }
            return call.proceed();
        }
    }

    @Test
    void emptyInitOnMetaSkipsInitialisationAndAllocatesNothing() {
        EmptyInitOnDevice mode = new EmptyInitOnDevice(Device.META);
        Linear big;
        Embedding table;
        try (var m = mode.enter()) {
            // 2e9 float32 elements: 8 GB if it were allocated, more than the test JVM's heap
            big = new Linear(50_000, 40_000);
            table = new Embedding(1_000_000, 1_000);
        }
        assertEquals(Device.META, big.weight.device());
        assertArrayEquals(new int[] {40_000, 50_000}, big.weight.sizes());
        assertEquals(Device.META, big.bias.device());
        assertEquals(Device.META, table.weight.device());
        assertEquals(List.of("kaiming_uniform_", "uniform_", "normal_"), mode.skipped);
        assertEquals("Linear(in_features=50000, out_features=40000, bias=True)", big.toString());
        assertEquals(2_000_040_000L, NnModulesFixtureTest.numParams(big));
    }
}

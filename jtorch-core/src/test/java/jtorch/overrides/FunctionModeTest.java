package jtorch.overrides;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/** TorchFunctionMode: the seed's EmptyInitOnDevice pattern and the meta device. */
class FunctionModeTest {
    /** The seed's EmptyInitOnDevice: send factories to a device (here meta, so nothing is allocated). */
    static final class EmptyInitOnDevice extends TorchFunctionMode {
        private final Device device;

        EmptyInitOnDevice(Device device) {
            this.device = device;
        }

        @Override
        public Object torchFunction(OpCall call) {
            if (call.module().equals("torch.nn.init")) {
                return call.args().get(0); // skip initialisation: return the tensor untouched
            }
            if (call.isFactory() && device != null) {
                return call.proceed(call.options().device(device));
            }
            return call.proceed();
        }
    }

    @Test
    void factoriesAreRedirectedToTheMetaDevice() {
        try (var mode = new EmptyInitOnDevice(Device.META).enter()) {
            // 2e9 float32 elements: 8 GB if it were allocated, more than the test JVM's heap
            Tensor big = Torch.zeros(40_000, 50_000);
            assertEquals(Device.META, big.device());
            assertArrayEquals(new int[] {40_000, 50_000}, big.sizes());
            Tensor y = big.add(big).t();
            assertEquals(Device.META, y.device());
            assertArrayEquals(new int[] {50_000, 40_000}, y.sizes());
        }
        assertEquals(Device.CPU, Torch.zeros(2).device());
    }

    @Test
    void metaTensorsHaveNoData() {
        Tensor m = Torch.empty(Torch.options().device("meta"), 2, 3);
        assertThrows(UnsupportedOperationException.class, m::item);
        assertEquals("tensor(..., device='meta', size=(2, 3))", m.toString());
    }

    @Test
    void modesSeeEveryDispatchedOpOnceAndAreSuspendedInsideTheirHandler() {
        List<String> seen = new ArrayList<>();
        TorchFunctionMode logger = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                seen.add(call.name());
                return call.proceed();
            }
        };
        Tensor a = Torch.ones(2);
        try (var m = logger.enter()) {
            a.exp().mul(a);
        }
        assertEquals(List.of("exp", "mul"), seen);
    }

    @Test
    void inPlaceFormsAreFlagged() {
        List<String> seen = new ArrayList<>();
        TorchFunctionMode logger = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                seen.add(call.name() + (call.isInPlace() ? " in place as " + call.pytorchName() : ""));
                return call.proceed();
            }
        };
        Tensor a = Torch.ones(2);
        try (var m = logger.enter()) {
            a.relu();
            a.relu_();
            a.add_(a);
            a.uniform_(0, 1);
        }
        assertEquals(List.of("relu", "relu in place as relu_", "add in place as add_", "uniform_ in place as uniform_"), seen);
    }

    @Test
    void elementwiseOpsOnTwoDevicesFailAsPyTorchsDo() {
        Tensor c = Torch.ones(2);
        Tensor m = Torch.ones(Torch.options().device(Device.META), 2);
        String expected = "Expected all tensors to be on the same device, but found at least two devices, meta and cpu!";
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> c.add(m)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> m.mul(c)).getMessage());
        // a 0-d CPU tensor joins any device's op, as a Python scalar would
        assertEquals(Device.META, m.add(Torch.tensor(1.0)).device());
    }

    @Test
    void cudaIsUnavailableWithAClearMessage() {
        assertEquals(false, Torch.cuda().isAvailable());
        // as on a PyTorch build without CUDA, a cuda device can be named but holds no tensor
        Device cuda = Device.of("cuda:1");
        assertEquals("cuda", cuda.type());
        assertEquals(1, cuda.index());
        assertEquals("cuda:1", cuda.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Torch.zeros(Torch.options().device(cuda), 2));
        assertEquals("Torch not compiled with CUDA enabled", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Torch.ones(2).to(Device.of("cuda")));
    }

    @Test
    void devicesAreValuesOfTypeAndIndex() {
        assertEquals(Device.CPU, Device.of("cpu"));
        assertTrue(Device.CPU != Device.of("cpu:0") && !Device.CPU.equals(Device.of("cpu:0")),
                "torch.device('cpu') != torch.device('cpu:0')");
        assertEquals(Device.of("cuda", 0), Device.of("cuda:0"));
        assertEquals(Device.CPU, Torch.ones(Torch.options().device("cpu:0"), 2).device());
        assertEquals("Expected one of cpu, cuda, meta device type at start of device string: tpu",
                assertThrows(IllegalArgumentException.class, () -> Device.of("tpu")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Device.of("cuda:x"));
    }
}

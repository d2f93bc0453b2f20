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
            assertArrayEquals(new int[] {40_000, 50_000}, big.shape());
            Tensor y = big.add(big).t();
            assertEquals(Device.META, y.device());
            assertArrayEquals(new int[] {50_000, 40_000}, y.shape());
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
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Device.of("cuda"));
        assertTrue(e.getMessage().startsWith("Torch not compiled with CUDA enabled"), e.getMessage());
    }
}

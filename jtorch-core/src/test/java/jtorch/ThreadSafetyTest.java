package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Flatten;
import jtorch.nn.Linear;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;
import org.junit.jupiter.api.Test;

/**
 * The thread-safety contract the README states: a module in eval mode may serve concurrent inference under
 * no-grad; grad mode, inference mode and function modes are per thread.
 */
class ThreadSafetyTest {

    @Test
    void anEvalModuleServesConcurrentInference() throws Exception {
        Torch.manualSeed(3);
        Sequential net = new Sequential(new Conv2d(3, 8, 3, 1, 1), new BatchNorm2d(8), new ReLU(), new Flatten(),
                new Linear(8 * 16 * 16, 10));
        net.eval();
        List<Tensor> inputs = new ArrayList<>();
        List<float[]> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inputs.add(Torch.randn(4, 3, 16, 16));
            try (var g = Torch.noGrad()) {
                expected.add(net.forward(inputs.get(i)).toFloatArray());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int r = 0; r < 25; r++) {
                        int i = r % inputs.size();
                        try (var g = Torch.noGrad()) {
                            assertArrayEquals(expected.get(i), net.forward(inputs.get(i)).toFloatArray());
                        }
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void gradModeAndFunctionModesArePerThread() throws Exception {
        List<String> seen = new ArrayList<>();
        TorchFunctionMode logger = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                synchronized (seen) {
                    seen.add(call.name());
                }
                return call.proceed();
            }
        };
        boolean[] otherGradEnabled = new boolean[1];
        try (var g = Torch.noGrad(); var m = logger.enter()) {
            assertFalse(Torch.isGradEnabled());
            Thread other = new Thread(() -> {
                otherGradEnabled[0] = Torch.isGradEnabled();
                Torch.ones(2).exp();
            });
            other.start();
            other.join();
        }
        assertTrue(otherGradEnabled[0], "another thread's no_grad must not reach this one");
        assertEquals(List.of(), seen, "a mode entered on one thread sees no other thread's ops");
    }
}

package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jtorch.autograd.Node;
import jtorch.nn.functional.F;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;
import org.junit.jupiter.api.Test;

/**
 * The autocast region beyond the PyTorch fixtures (AutocastFixtureTest): where it sits against function modes, its
 * per-thread state, restore on an exception, and the casts being ordinary differentiable nodes.
 */
class AutocastTest {
    /** Records each call a mode sees with its arguments' dtypes. */
    static final class Recorder extends TorchFunctionMode {
        final List<String> calls = new ArrayList<>();

        @Override
        public Object torchFunction(OpCall call) {
            StringBuilder sb = new StringBuilder(call.name()).append('(');
            for (Object a : call.args()) {
                sb.append(a instanceof Tensor t ? t.dtype().toString() : String.valueOf(a)).append(' ');
            }
            calls.add(sb.toString().trim() + ")");
            return call.proceed();
        }
    }

    /**
     * PyTorch 1.13 runs {@code __torch_function__} modes in Python, before the C++ dispatcher whose AutocastCPU key
     * then casts: a function mode sees {@code torch.mm} with the user's float32 arguments and never the casts (a
     * TorchDispatchMode, below AutocastCPU, would see them; jtorch has function modes only). jtorch keeps that order.
     */
    @Test
    void functionModesSeeTheUsersOpNotTheCasts() {
        Tensor a = Torch.randn(2, 3);
        Tensor w = Torch.randn(Torch.options().requiresGrad(true), 3, 4);
        Recorder rec = new Recorder();
        Tensor y;
        try (var mode = rec.enter(); Autocast ac = Torch.autocast("cpu")) {
            y = a.mm(w);
        }
        assertEquals(List.of("mm(torch.float32 torch.float32)"), rec.calls);
        assertEquals(DType.BFLOAT16, y.dtype());
        // the mode may also replace the op: autocast then does not run at all
        TorchFunctionMode replace = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                return Torch.zeros(2, 4);
            }
        };
        try (var mode = replace.enter(); Autocast ac = Torch.autocast("cpu")) {
            assertEquals(DType.FLOAT32, a.mm(w).dtype());
        }
    }

    /** A composite's parts reach the modes as without autocast (in bfloat16), its casts never. */
    @Test
    void compositesShowTheirPartsWithoutCasts() {
        Tensor x = Torch.randn(2, 3);
        Tensor w = Torch.randn(4, 3);
        Tensor b = Torch.randn(4);
        Recorder plain = new Recorder();
        try (var mode = plain.enter()) {
            F.linear(x, w, b);
        }
        Recorder cast = new Recorder();
        try (var mode = cast.enter(); Autocast ac = Torch.autocast("cpu")) {
            F.linear(x, w, b);
        }
        assertEquals(plain.calls.stream().map(c -> c.replace("float32", "bfloat16")).toList(), cast.calls);
        assertFalse(cast.calls.stream().anyMatch(c -> c.startsWith("to(")), cast.calls::toString);
    }

    /** Gradients flow through the casts: float32 leaves get float32 gradients of the bfloat16 product. */
    @Test
    void castsAreDifferentiable() {
        Tensor a = Torch.randn(Torch.options().requiresGrad(true), 3, 5);
        Tensor w = Torch.randn(Torch.options().requiresGrad(true), 5, 2);
        Tensor y;
        try (Autocast ac = Torch.autocast("cpu")) {
            y = a.mm(w);
        }
        assertEquals("ToCopyBackward0", y.gradFn().nextFunctions().get(1).function().name());
        y.sum().backward();
        assertEquals(DType.FLOAT32, a.grad().dtype());
        assertEquals(DType.FLOAT32, w.grad().dtype());
        Tensor expected = Torch.ones(3, 2).to(DType.BFLOAT16).mm(w.detach().to(DType.BFLOAT16).t()).toFloat();
        assertTrue(a.grad().equal(expected));
    }

    /** The state is per thread, as PyTorch's thread-local dispatch keys. */
    @Test
    void stateIsPerThread() throws InterruptedException {
        AtomicReference<Object> seen = new AtomicReference<>();
        try (Autocast ac = Torch.autocast("cpu")) {
            Thread t = new Thread(() -> seen.set(List.of(Torch.isAutocastCpuEnabled(),
                    Torch.randn(2, 2).mm(Torch.randn(2, 2)).dtype())));
            t.start();
            t.join();
            assertTrue(Torch.isAutocastCpuEnabled());
        }
        assertEquals(List.of(false, DType.FLOAT32), seen.get());
    }

    /** try-with-resources restores the state when the body throws, as {@code __exit__}; a second close does nothing. */
    @Test
    void closeRestoresOnExceptionAndOnlyOnce() {
        assertThrows(IllegalArgumentException.class, () -> {
            try (Autocast ac = Torch.autocast("cpu")) {
                Torch.randn(2, 3).mm(Torch.randn(2, 3));
            }
        });
        assertFalse(Torch.isAutocastCpuEnabled());
        assertEquals(1, Torch.autocastIncrementNesting());
        assertEquals(0, Torch.autocastDecrementNesting());
        Autocast ac = Torch.autocast("cpu");
        ac.close();
        ac.close();
        assertEquals(1, Torch.autocastIncrementNesting());
        assertEquals(0, Torch.autocastDecrementNesting());
    }

    /** The weight-cast cache lives until the outermost region closes. */
    @Test
    void cacheIsDroppedByTheOutermostRegion() {
        Tensor w = Torch.randn(Torch.options().requiresGrad(true), 3, 3);
        Tensor x = Torch.randn(2, 3);
        Node cast;
        try (Autocast outer = Torch.autocast("cpu")) {
            try (Autocast inner = Torch.autocast("cpu")) {
                cast = x.mm(w).gradFn().nextFunctions().get(1).function();
            }
            // the inner region's exit is not the outermost: the cast of w is still cached
            assertSame(cast, x.mm(w).gradFn().nextFunctions().get(1).function());
        }
        try (Autocast again = Torch.autocast("cpu")) {
            assertNotSame(cast, x.mm(w).gradFn().nextFunctions().get(1).function());
        }
    }
}

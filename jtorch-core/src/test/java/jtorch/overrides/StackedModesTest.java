package jtorch.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/**
 * Stacked function modes as PyTorch orders them: the newest mode sees a call first, {@code proceed()} passes
 * it to the next mode down, and no mode sees the ops an op is built from (mean's permute and div,
 * mm's scratch tensors).
 */
class StackedModesTest {

    /** Logs op names (and factory dtypes) into {@code log}, then passes the call on. */
    static final class Logger extends TorchFunctionMode {
        final List<String> log = new ArrayList<>();

        @Override
        public Object torchFunction(OpCall call) {
            log.add(call.isFactory() ? call.name() + ":" + call.options().dtypeOr(Torch.getDefaultDtype()) : call.name());
            return call.proceed();
        }
    }

    @Test
    void twoModesEachSeeTheUsersOps() {
        Tensor x = Torch.randn(4, 3);
        Tensor w = Torch.randn(3, 2);
        Logger outer = new Logger();
        Logger inner = new Logger();
        try (var o = outer.enter(); var i = inner.enter()) {
            x.mm(w).mean();
        }
        assertEquals(List.of("mm", "mean"), inner.log);
        assertEquals(List.of("mm", "mean"), outer.log);
    }

    @Test
    void threeModesEachSeeTheUsersOps() {
        Tensor x = Torch.randn(Torch.options().requiresGrad(true), 4, 3);
        Logger a = new Logger();
        Logger b = new Logger();
        Logger c = new Logger();
        try (var ma = a.enter(); var mb = b.enter(); var mc = c.enter()) {
            F.softmax(x, 1).sum().backward();
        }
        assertEquals(a.log, b.log);
        assertEquals(b.log, c.log);
        assertEquals(List.of("softmax", "sum"), a.log.subList(0, 2));
    }

    @Test
    void aModeChangingAFactoryIsSeenChangedByTheModesBelow() {
        Logger below = new Logger();
        TorchFunctionMode toDouble = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                return call.isFactory() ? call.proceed(call.options().dtype(DType.FLOAT64)) : call.proceed();
            }
        };
        Tensor t;
        try (var b = below.enter(); var d = toDouble.enter()) {
            t = Torch.zeros(2, 2);
        }
        assertEquals(DType.FLOAT64, t.dtype());
        assertEquals(List.of("zeros:" + DType.FLOAT64), below.log);
    }

    @Test
    void aModeChangingAResultIsSeenByTheCallerNotByTheModesBelow() {
        Logger above = new Logger();
        List<Object> belowSaw = new ArrayList<>();
        TorchFunctionMode below = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                Object r = call.proceed();
                belowSaw.add(((Tensor) r).item());
                return r;
            }
        };
        TorchFunctionMode doubling = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                Tensor r = (Tensor) call.proceed();
                return call.name().equals("add") ? r.mul(2) : r; // mul runs here, so only modes below see it
            }
        };
        Tensor one = Torch.tensor(1.0);
        Tensor r;
        try (var b = below.enter(); var d = doubling.enter(); var a = above.enter()) {
            r = one.add(one);
        }
        assertEquals(4.0, r.item());
        assertEquals(List.of("add"), above.log);
        // below saw add's own result (2) and the doubling mode's mul (4), in that order
        assertEquals(List.of(2.0, 4.0), belowSaw);
    }

    @Test
    void opsCalledInsideAHandlerGoToTheModesBelowOnly() {
        Logger below = new Logger();
        TorchFunctionMode extra = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                if (call.name().equals("neg")) {
                    Torch.ones(1).exp();
                }
                return call.proceed();
            }
        };
        try (var b = below.enter(); var e = extra.enter()) {
            Torch.ones(2).neg();
        }
        assertEquals(List.of("ones:" + DType.FLOAT32, "ones:" + DType.FLOAT32, "exp", "neg"), below.log);
    }
}

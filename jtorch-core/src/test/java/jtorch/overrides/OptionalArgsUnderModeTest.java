package jtorch.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/** Ops with absent optional tensor inputs (nll_loss without weight) run under a mode; the mode sees null there. */
class OptionalArgsUnderModeTest {
    @Test
    void crossEntropyWithoutWeightRunsUnderAMode() {
        Tensor x = Torch.randn(4, 10);
        Tensor y = Torch.tensor(new long[] {1, 0, 3, 9});
        double plain = F.crossEntropy(x, y).item();
        List<String> names = new ArrayList<>();
        List<Object> nllArgs = new ArrayList<>();
        TorchFunctionMode logger = new TorchFunctionMode() {
            @Override
            public Object torchFunction(OpCall call) {
                names.add(call.name());
                if (call.name().equals("nll_loss")) {
                    nllArgs.addAll(call.args());
                }
                return call.proceed();
            }
        };
        double moded;
        try (var m = logger.enter()) {
            moded = F.crossEntropy(x, y).item();
        }
        assertEquals(plain, moded);
        assertEquals(List.of("log_softmax", "nll_loss"), names.stream().filter(n -> n.endsWith("_softmax") || n.startsWith("nll")).toList());
        assertEquals(3, nllArgs.size());
        assertNull(nllArgs.get(2));
    }
}

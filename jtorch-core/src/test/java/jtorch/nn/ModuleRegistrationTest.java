package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/** Field registration follows PyTorch's assignment order, whatever order reflection reports. */
class ModuleRegistrationTest {
    static final class Affine extends Module {
        // declared in the opposite order of assignment: registration must follow assignment
        final Parameter bias;
        final Parameter weight;

        Affine(int n) {
            weight = new Parameter(Torch.ones(n));
            bias = new Parameter(Torch.zeros(n));
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.mul(weight).add(bias);
        }
    }

    static final class Net extends Module {
        final Affine second;
        final Affine first;
        Tensor notABuffer = Torch.ones(1);

        Net() {
            first = new Affine(2);
            second = new Affine(2);
            registerBuffer("steps", Torch.zeros(1));
        }

        @Override
        public Tensor forward(Tensor x) {
            return second.call(first.call(x));
        }
    }

    @Test
    void stateDictKeysFollowAssignmentOrder() {
        Net net = new Net();
        assertEquals(List.of("steps", "first.weight", "first.bias", "second.weight", "second.bias"),
                List.copyOf(net.stateDict().keySet()));
        assertEquals(List.of("first.weight", "first.bias", "second.weight", "second.bias"),
                List.copyOf(net.namedParameters().keySet()));
        assertEquals(List.of("", "first", "second"), List.copyOf(net.namedModules().keySet()));
        assertSame(net.first, net.namedChildren().get("first"));
    }

    @Test
    void callRunsForwardAndGradientsReachParameters() {
        Net net = new Net();
        net.call(Torch.tensor(new double[] {1, 2})).sum().backward();
        assertEquals(2.0, net.first.weight.grad().toDoubleArray()[1], 0);
        net.zeroGrad();
        assertEquals(0.0, net.first.weight.grad().sum().item(), 0);
        assertFalse(net.eval().isTraining());
        assertFalse(net.first.isTraining());
    }

    @Test
    void reprFollowsPyTorch() {
        assertEquals("Net(\n  (first): Affine()\n  (second): Affine()\n)", new Net().toString());
    }
}

package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;
import org.junit.jupiter.api.Test;

/**
 * Field registration: by the runtime value, in field declaration order (PyTorch's assignment order for a
 * class whose fields are declared in the order the Python model assigns them), independent of creation order
 * and of earlier inspections. Expected keys and reprs are PyTorch 1.13's for the equivalent Python classes.
 */
class ModuleRegistrationTest {
    static final class Affine extends Module {
        final Parameter weight;
        final Parameter bias;

        Affine(int n) {
            // created in the opposite order of declaration: registration follows the declaration
            bias = new Parameter(Torch.zeros(n));
            weight = new Parameter(Torch.ones(n));
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.mul(weight).add(bias);
        }
    }

    static final class Net extends Module {
        final Affine first;
        final Affine second;
        Tensor notABuffer = Torch.ones(1);

        Net() {
            second = new Affine(2);
            first = new Affine(2);
            registerBuffer("steps", Torch.zeros(1));
        }

        @Override
        public Tensor forward(Tensor x) {
            return second.call(first.call(x));
        }
    }

    @Test
    void stateDictKeysFollowDeclarationOrderNotCreationOrder() {
        Net net = new Net();
        // PyTorch: self.first = ...; self.second = ...; self.register_buffer('steps', ...)
        assertEquals(List.of("steps", "first.weight", "first.bias", "second.weight", "second.bias"),
                List.copyOf(net.stateDict().keySet()));
        assertEquals(List.of("first.weight", "first.bias", "second.weight", "second.bias"),
                List.copyOf(net.namedParameters().keySet()));
        assertEquals(List.of("", "first", "second"), List.copyOf(net.namedModules().keySet()));
        assertSame(net.first, net.namedChildren().get("first"));
    }

    static final class Seed extends Module {
        Linear conv1 = new Linear(2, 2);
        Linear fc = new Linear(2, 1);
    }

    @Test
    void reassigningAFieldKeepsItsPlaceWhetherOrNotInspectedBefore() {
        Seed fresh = new Seed();
        fresh.conv1 = new Linear(2, 2);
        Seed inspected = new Seed();
        inspected.parameters();
        inspected.conv1 = new Linear(2, 2);
        List<String> expected = List.of("conv1.weight", "conv1.bias", "fc.weight", "fc.bias");
        assertEquals(expected, List.copyOf(fresh.stateDict().keySet()));
        assertEquals(expected, List.copyOf(inspected.stateDict().keySet()));
        assertSame(inspected.conv1.weight, inspected.parameters().get(0));
    }

    static final class Supertyped extends Module {
        Tensor weight = new Parameter(Torch.ones(3));
        Object head = new Linear(3, 1);
        Tensor plain = Torch.ones(3);

        @Override
        public Tensor forward(Tensor x) {
            return ((Linear) head).call(x.mul(weight));
        }
    }

    @Test
    void fieldsTypedAsSupertypesRegisterByTheirValue() {
        Supertyped m = new Supertyped();
        assertEquals(List.of("weight", "head.weight", "head.bias"), List.copyOf(m.stateDict().keySet()));
        assertEquals(3, m.parameters().size());
        assertEquals("Supertyped(\n  (head): Linear(in_features=3, out_features=1, bias=True)\n)", m.toString());
        m.call(Torch.ones(2, 3)).sum().backward();
        // d/dweight of sum(head(x * weight)) over 2 rows of ones is 2 * head.weight
        org.junit.jupiter.api.Assertions.assertArrayEquals(((Linear) m.head).weight.detach().mul(2).reshape(3)
                .toDoubleArray(), m.weight.grad().toDoubleArray());
        m.zeroGrad();
        assertEquals(0.0, m.weight.grad().abs().sum().item());
        assertEquals(0.0, ((Linear) m.head).weight.grad().abs().sum().item());
        m.to(DType.FLOAT64);
        assertEquals(DType.FLOAT64, m.weight.dtype());
        assertTrue(m.weight instanceof Parameter);
        assertEquals(DType.FLOAT64, ((Linear) m.head).weight.dtype());
        assertEquals(DType.FLOAT32, m.plain.dtype(), "a plain tensor field is not a buffer");
    }

    static final class Listed extends Module {
        final List<Linear> layers = List.of(new Linear(2, 2), new Linear(2, 2));
        final Linear fc = new Linear(2, 1);
    }

    static final class ListedAndRegistered extends Module {
        final ModuleList layers = new ModuleList(List.of(new Linear(2, 2)));
        final List<Module> view = List.of(layers.get(0));
    }

    @Test
    void aPlainListOfModulesIsNotRegisteredAndSaysUseModuleList() {
        // PyTorch: self.layers = [nn.Linear(2, 2), ...] is not registered: parameters() holds fc's only
        List<Warnings.Warning> ws = Warnings.record(() -> {
            Listed m = new Listed();
            assertEquals(List.of("fc.weight", "fc.bias"), List.copyOf(m.stateDict().keySet()));
        });
        assertEquals(1, ws.size(), ws.toString());
        String msg = ws.get(0).message();
        assertTrue(msg.startsWith("Listed.layers is a "), msg);
        assertTrue(msg.contains("ModuleList"), msg);
        // modules in a list that are also registered (here through a ModuleList) get no hint
        assertEquals(List.of(), Warnings.record(() -> new ListedAndRegistered().parameters()));
    }

    static final class Head extends Sequential {
        final Linear head;

        Head() {
            super(new Linear(1, 1), new ReLU());
            head = new Linear(1, 2);
        }
    }

    @Test
    void explicitRegistrationsComeAfterTheFieldsAssignedBeforeThem() {
        // PyTorch: class S(nn.Sequential): super().__init__(nn.Linear(1, 1), nn.ReLU()); self.head = nn.Linear(1, 2)
        assertEquals("""
                Head(
                  (0): Linear(in_features=1, out_features=1, bias=True)
                  (1): ReLU()
                  (head): Linear(in_features=1, out_features=2, bias=True)
                )""", new Head().toString());
    }

    static final class Optional extends Module {
        Linear maybe = null;
    }

    @Test
    void nullFieldsAreNotRegisteredAndClearingAFieldUnregisters() {
        Optional m = new Optional();
        assertEquals(List.of(), m.parameters());
        m.maybe = new Linear(1, 1);
        assertEquals(2, m.parameters().size());
        m.maybe = null;
        assertEquals(List.of(), m.parameters());
        assertNull(m.namedChildren().get("maybe"));
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

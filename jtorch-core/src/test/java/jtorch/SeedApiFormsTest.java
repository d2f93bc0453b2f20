package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import org.junit.jupiter.api.Test;

/** Prints and API forms the seed notes use, against what PyTorch 1.13 prints and raises for the same code. */
class SeedApiFormsTest {
    private static final Tensor X = Torch.tensor(new double[][] {{1, 5, 2}, {4, 0, 3}});

    @Test
    void namedTupleResultsPrintAsTorchReturnTypes() {
        assertEquals("torch.return_types.max(\nvalues=tensor([5., 4.]),\nindices=tensor([1, 0]))", X.max(1).toString());
        assertEquals("torch.return_types.min(\nvalues=tensor([1., 0., 2.]),\nindices=tensor([0, 1, 0]))",
                X.min(0).toString());
        assertEquals("torch.return_types.topk(\nvalues=tensor([[5., 2.],\n        [4., 3.]]),\n"
                + "indices=tensor([[1, 2],\n        [0, 2]]))", X.topk(2).toString());
        assertEquals("torch.return_types.sort(\nvalues=tensor([[1., 2., 5.],\n        [0., 3., 4.]]),\n"
                + "indices=tensor([[0, 2, 1],\n        [1, 2, 0]]))", X.sort(1).toString());
        assertEquals("torch.return_types.kthvalue(\nvalues=tensor([1., 0.]),\nindices=tensor([0, 1]))",
                X.kthvalue(1, 1).toString());
    }

    @Test
    void loadStateDictResultPrintsAsPyTorch() {
        Linear m = new Linear(2, 1);
        assertEquals("<All keys matched successfully>", m.loadStateDict(m.stateDict()).toString());
        assertEquals("_IncompatibleKeys(missing_keys=['bias'], unexpected_keys=['extra'])",
                m.loadStateDict(Map.of("weight", Torch.ones(1, 2), "extra", Torch.ones(1)), false).toString());
        assertEquals("_IncompatibleKeys(missing_keys=['weight', 'bias'], unexpected_keys=[])",
                m.loadStateDict(Map.of(), false).toString());
    }

    @Test
    void dataCpuAndCuda() {
        Tensor w = Torch.ones(Torch.options().requiresGrad(true), 2);
        Tensor d = w.data();
        assertFalse(d.requiresGrad());
        assertEquals("tensor([1., 1.])", d.toString());
        d.mul_(3); // shares the storage as x.data does
        assertArrayEquals(new double[] {3, 3}, w.toDoubleArray());
        assertSame(w, w.cpu());
        assertEquals("Torch not compiled with CUDA enabled",
                assertThrows(IllegalStateException.class, w::cuda).getMessage());
        Module m = new Linear(2, 1);
        assertSame(m, m.cpu());
        assertEquals("Torch not compiled with CUDA enabled",
                assertThrows(IllegalStateException.class, m::cuda).getMessage());
    }

    @Test
    void moduleDtypeConversions() {
        Linear m = new Linear(2, 1);
        m.toDouble();
        assertEquals(DType.FLOAT64, m.weight.dtype());
        m.half();
        assertEquals(DType.FLOAT16, m.bias.dtype());
        m.bfloat16();
        assertEquals(DType.BFLOAT16, m.weight.dtype());
        m.toFloat();
        assertEquals(DType.FLOAT32, m.weight.dtype());
        assertTrue(m.weight.requiresGrad());
        assertEquals(2, m.parameters().size());
    }

    @Test
    void transposesAndSoftmax() {
        assertArrayEquals(new int[] {3, 2}, Torch.ones(2, 3).T().sizes());
        assertArrayEquals(new int[] {4, 3, 2}, Torch.ones(4, 2, 3).mT().sizes());
        // x.T of a 3-d tensor reverses all dims, with PyTorch's deprecation warning (TORCH_WARN_ONCE)
        List<Warnings.Warning> ws = Warnings.record(() -> assertArrayEquals(new int[] {3, 2, 4},
                Torch.ones(4, 2, 3).T().sizes()));
        assertEquals(1, ws.size());
        assertTrue(ws.get(0).message().startsWith("The use of `x.T` on tensors of dimension other than 2"));
        assertEquals("tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.",
                assertThrows(IllegalArgumentException.class, () -> Torch.ones(3).mT()).getMessage());
        // torch.softmax(torch.tensor([1., 2., 3.]), 0) = tensor([0.0900, 0.2447, 0.6652])
        Tensor s = Torch.tensor(new double[] {1, 2, 3}).softmax(0);
        assertEquals("tensor([0.0900, 0.2447, 0.6652])", s.toString());
        assertEquals(s.toString(), Torch.softmax(Torch.tensor(new double[] {1, 2, 3}), 0).toString());
    }

    @Test
    void inferenceModeTurnsGradOffAndRestores() {
        Tensor w = Torch.ones(Torch.options().requiresGrad(true), 2);
        try (var g = Torch.inferenceMode()) {
            assertTrue(Torch.isInferenceModeEnabled());
            assertFalse(Torch.isGradEnabled());
            assertFalse(w.mul(2).requiresGrad());
        }
        assertFalse(Torch.isInferenceModeEnabled());
        assertTrue(Torch.isGradEnabled());
        assertFalse(Torch.inferenceMode(() -> w.mul(2)).requiresGrad());
        assertTrue(w.mul(2).requiresGrad());
    }

    @Test
    void setDefaultDtype() {
        DType before = Torch.getDefaultDtype();
        try {
            Torch.setDefaultDtype(DType.FLOAT64);
            assertEquals(DType.FLOAT64, Torch.tensor(new double[] {1.5}).dtype());
            assertEquals(DType.FLOAT64, Torch.ones(2).dtype());
        } finally {
            Torch.setDefaultDtype(before);
        }
        assertEquals(DType.FLOAT32, Torch.ones(2).dtype());
    }
}

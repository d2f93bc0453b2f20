package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small torch.* and Tensor names of issue 21 that query or configure rather than compute; expected values and
 * messages are PyTorch 1.13's (noted where they come from a run of it).
 */
class FacadeNamesTest {
    private static final TensorOptions F64 = Torch.options().dtype(DType.FLOAT64);

    @Test
    void newFactoriesKeepDtypeAndDevice() {
        Tensor x = Torch.arange(6.0).view(2, 3);
        Tensor full = x.newFull(new int[] {2}, 3.5);
        assertEquals(DType.FLOAT32, full.dtype());
        assertArrayEquals(new double[] {3.5, 3.5}, full.toDoubleArray());
        assertArrayEquals(new int[] {1, 2}, x.newEmptyStrided(new int[] {2, 3}, new int[] {1, 2}).stride());
        assertEquals(DType.INT64, x.newZeros(Torch.options().dtype(DType.INT64), 2).dtype());
        assertEquals(DType.FLOAT64, Torch.ones(F64, 1).newOnes(2, 2).dtype());
        assertArrayEquals(new int[] {0, 4}, x.newEmpty(0, 4).sizes());
        // torch.tensor([1, 2, 3]).new_tensor([1.7, 2.2]) is tensor([1, 2]): the data is cast to int64
        assertArrayEquals(new long[] {1, 2}, Torch.tensor(new long[] {1, 2, 3}).newTensor(new double[] {1.7, 2.2})
                .toLongArray());
        Tensor copied = x.newTensor(x, Torch.options().requiresGrad(true));
        assertTrue(copied.requiresGrad() && copied.isLeaf());
        assertFalse(copied.isSetTo(x));
    }

    @Test
    void emptyStridedSizesItsStorage() {
        Tensor t = Torch.emptyStrided(new int[] {2, 3}, new int[] {1, 2});
        assertArrayEquals(new int[] {1, 2}, t.stride());
        assertEquals(6, t.storage().size());
        assertArrayEquals(new int[] {2, 0}, Torch.emptyStrided(new int[] {2, 0}, new int[] {5, 1}).sizes());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Torch.emptyStrided(new int[] {2, 3}, new int[] {1}));
        assertEquals("dimensionality of sizes (2) must match dimensionality of strides (1)", e.getMessage());
    }

    @Test
    void applyAndMapRunJavaFunctionsInPlace() {
        Tensor z = Torch.zeros(3);
        assertSame(z, z.apply_(v -> v + 1));
        assertArrayEquals(new double[] {1, 1, 1}, z.toDoubleArray());
        Tensor m = Torch.ones(2, 3).map_(Torch.tensor(new double[] {1, 2, 3}), (a, b) -> a * b + 1);
        assertArrayEquals(new double[] {2, 3, 4, 2, 3, 4}, m.toDoubleArray());
        Tensor m2 = Torch.ones(3).map2_(Torch.tensor(new double[] {1, 2, 3}), Torch.tensor(new double[] {2}),
                (a, b, c) -> a + b * c);
        assertArrayEquals(new double[] {3, 5, 7}, m2.toDoubleArray());
        // int32: 1 / 2 = 0.5 is cast back to 0, as PyTorch's Python callable result
        Tensor ints = Torch.ones(Torch.options().dtype(DType.INT32), 2)
                .map_(Torch.full(Torch.options().dtype(DType.INT32), 2L, 1), (a, b) -> a / b);
        assertArrayEquals(new long[] {0, 0}, ints.toLongArray());
        // a strided target is written through
        Tensor base = Torch.zeros(2, 3);
        base.t().apply_(v -> 5);
        assertArrayEquals(new double[] {5, 5, 5, 5, 5, 5}, base.toDoubleArray());
        var e = assertThrows(IllegalStateException.class,
                () -> Torch.ones(Torch.options().requiresGrad(true), 2).apply_(v -> v));
        assertEquals("Can't call apply_() on Variable that requires grad. Use var.detach().apply_() instead.",
                e.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () -> Torch.ones(2, 3).map_(Torch.ones(4), (a, b) -> a));
        assertEquals("The expanded size of the tensor (3) must match the existing size (4) at non-singleton dimension "
                + "1.  Target sizes: [2, 3].  Tensor sizes: [4]", shape.getMessage());
    }

    @Test
    void tensorQueries() {
        Tensor x = Torch.arange(6.0).view(2, 3);
        assertTrue(x.isSetTo(x));
        assertFalse(x.isSetTo(x.view(6)));
        assertEquals(-1, Torch.getDevice(x));
        assertEquals("torch.strided", x.layout().toString());
        assertEquals(DType.INT64, x.typeAs(Torch.tensor(new long[] {1})).dtype());
        assertTrue(x.isCpu());
        assertFalse(x.isCuda());
        assertFalse(Torch.isComplex(x));
        assertFalse(Torch.isInference(x));
        assertTrue(Torch.isSameSize(x, Torch.zeros(2, 3)));
        assertFalse(x.isSameSize(x.t()));
        assertFalse(Torch.isNonzero(Torch.tensor(new double[] {0})));
        assertTrue(Torch.isNonzero(Torch.tensor(3L)));
        assertEquals("Boolean value of Tensor with more than one value is ambiguous",
                assertThrows(IllegalArgumentException.class, () -> Torch.isNonzero(Torch.ones(2))).getMessage());
        assertEquals("Boolean value of Tensor with no values is ambiguous",
                assertThrows(IllegalArgumentException.class, () -> Torch.isNonzero(Torch.ones(0))).getMessage());
        assertTrue(Torch.isTensor(x));
        assertFalse(Torch.isTensor(List.of()));
        assertTrue(Torch.isStorage(x.storage()));
        Tensor y = x.mul(2.0);
        assertFalse(y.retainsGrad());
        Tensor leaf = Torch.ones(Torch.options().requiresGrad(true), 2);
        Tensor mid = leaf.mul(2.0);
        mid.retainGrad();
        assertTrue(mid.retainsGrad());
        assertEquals(DType.FLOAT32, Torch.resultType(2L, 3.0));
        assertEquals(DType.INT64, Torch.resultType(Torch.tensor(true), 2L));
    }

    @Test
    void runtimeFlagsAreStoredAndReadBack() {
        assertFalse(Torch.areDeterministicAlgorithmsEnabled());
        try {
            Torch.useDeterministicAlgorithms(true, true);
            assertTrue(Torch.areDeterministicAlgorithmsEnabled());
            assertTrue(Torch.isDeterministicAlgorithmsWarnOnlyEnabled());
            assertEquals(1, Torch.getDeterministicDebugMode());
            Torch.setDeterministicDebugMode("error");
            assertEquals(2, Torch.getDeterministicDebugMode());
            assertFalse(Torch.isDeterministicAlgorithmsWarnOnlyEnabled());
        } finally {
            Torch.setDeterministicDebugMode(0);
        }
        assertFalse(Torch.areDeterministicAlgorithmsEnabled());
        assertEquals(DType.BFLOAT16, Torch.getAutocastCpuDtype());
        assertEquals(DType.FLOAT16, Torch.getAutocastGpuDtype());
        assertTrue(Torch.isAutocastCacheEnabled());
        assertEquals(1, Torch.autocastIncrementNesting());
        assertEquals(0, Torch.autocastDecrementNesting());
        assertEquals("highest", Torch.getFloat32MatmulPrecision());
        try {
            Torch.setFloat32MatmulPrecision("medium");
            assertEquals("medium", Torch.getFloat32MatmulPrecision());
            List<Warnings.Warning> w = Warnings.record(() -> Torch.setFloat32MatmulPrecision("x"));
            assertEquals(1, w.size());
            assertEquals("medium", Torch.getFloat32MatmulPrecision());
        } finally {
            Torch.setFloat32MatmulPrecision("highest");
        }
        assertFalse(Torch.isAnomalyEnabled());
        try {
            Torch.setAnomalyEnabled(true);
            assertTrue(Torch.isAnomalyEnabled() && Torch.isAnomalyCheckNanEnabled());
        } finally {
            Torch.setAnomalyEnabled(false);
        }
        assertEquals(1, Torch.getNumInteropThreads());
        assertFalse(Torch.setFlushDenormal(true));
    }

    @Test
    void seedReseedsTheDefaultGenerator() {
        long s = Torch.seed();
        assertEquals(s, Torch.initialSeed());
        Tensor a = Torch.rand(3);
        Torch.manualSeed(s);
        assertArrayEquals(a.toDoubleArray(), Torch.rand(3).toDoubleArray());
    }

    @Test
    void printOptionsTakeProfilesAndKeywords() {
        try {
            Torch.setPrintoptions(Torch.printOptions().precision(2));
            assertEquals("tensor([0.33])", Torch.tensor(new double[] {1.0 / 3}).toString());
            Torch.setPrintoptions(Torch.printOptions().profile("default"));
            assertEquals("tensor([0.3333])", Torch.tensor(new double[] {1.0 / 3}).toString());
        } finally {
            Torch.setPrintoptions(Torch.printOptions().profile("default"));
        }
    }

    @Test
    void asTensorSharesWhenItCan() {
        Tensor x = Torch.ones(2);
        assertSame(x, Torch.asTensor(x));
        assertSame(x, Torch.asarray(x, DType.FLOAT32));
        assertNotEquals(x.dtype(), Torch.asTensor(x, DType.FLOAT64).dtype());
        assertEquals(DType.INT64, Torch.asTensor(new long[] {1, 2}).dtype());
    }
}

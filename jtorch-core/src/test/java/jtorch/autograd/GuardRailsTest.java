package jtorch.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/**
 * The first-hour traps of autograd, against PyTorch 1.13: a no-grad guard left open, wrong-shaped or
 * wrong-typed gradients assigned to {@code .grad}, relu's gradient at NaN and float32 sigmoid at the
 * extremes (values from torch 1.13 on CPU).
 */
class GuardRailsTest {
    @Test
    void backwardUnderAForgottenNoGradNamesTheGuardAndItsLine() {
        Tensor x = Torch.ones(Torch.options().requiresGrad(true), 2);
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        var forgotten = Torch.noGrad(); // the slip: with torch.no_grad(): translated without try
        try {
            Tensor y = x.mul(2).sum();
            IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
            String m = e.getMessage();
            // PyTorch: RuntimeError('element 0 of tensors does not require grad and does not have a grad_fn')
            assertTrue(m.startsWith("element 0 of tensors does not require grad and does not have a grad_fn"), m);
            assertTrue(m.contains("Torch.noGrad()"), m);
            assertTrue(m.contains("GuardRailsTest.java:" + line), m);
        } finally {
            forgotten.close();
        }
        // closed: grad mode is back and the plain message has no guard in it
        Tensor z = Torch.ones(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> z.sum().backward());
        assertEquals("element 0 of tensors does not require grad and does not have a grad_fn", e.getMessage());
        x.mul(2).sum().backward();
        assertArrayEquals(new double[] {2, 2}, x.grad().toDoubleArray());
    }

    @Test
    void nestedGuardsReportTheOpenOneAndRestore() {
        try (var outer = Torch.noGrad()) {
            try (var inner = Torch.enableGrad()) {
                assertTrue(Torch.isGradEnabled());
                assertEquals("", GradMode.describeDisabled());
            }
            assertTrue(GradMode.describeDisabled().contains("Torch.noGrad()"));
        }
        assertTrue(Torch.isGradEnabled());
        assertEquals("", GradMode.describeDisabled());
    }

    @Test
    void setGradChecksTypeThenSizeAsPyTorch() {
        Tensor x = Torch.ones(Torch.options().requiresGrad(true), 2, 3);
        // x.grad = torch.ones(3): RuntimeError: assigned grad has data of a different size (broadcastable, still refused)
        assertEquals("assigned grad has data of a different size",
                assertThrows(IllegalArgumentException.class, () -> x.setGrad(Torch.ones(3))).getMessage());
        assertEquals("assigned grad has data of a different size",
                assertThrows(IllegalArgumentException.class, () -> x.setGrad(Torch.ones(1, 3))).getMessage());
        assertEquals("assigned grad has data of a different type", assertThrows(IllegalArgumentException.class,
                () -> x.setGrad(Torch.ones(Torch.options().dtype(DType.FLOAT64), 2, 3))).getMessage());
        // dtype is checked before size
        assertEquals("assigned grad has data of a different type", assertThrows(IllegalArgumentException.class,
                () -> x.setGrad(Torch.ones(Torch.options().dtype(DType.INT64), 3))).getMessage());
        assertEquals("can't assign Variable as its own grad",
                assertThrows(IllegalArgumentException.class, () -> x.setGrad(x)).getMessage());
        x.setGrad(Torch.ones(3, 2).t()); // same size, other strides: accepted
        x.setGrad(null);
        assertEquals(null, x.grad());
    }

    @Test
    void reluGradientPassesAtNaNAsPyTorch() {
        double nan = Double.NaN;
        Tensor a = Torch.tensor(new double[] {nan, -1, 0, 2, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
                .requiresGrad_(true);
        // torch.relu(a).backward(torch.full((7,), 3.)) -> tensor([3., 0., 0., 3., 0., 3., 0.])
        a.relu().backward(Torch.full(new int[] {7}, 3.0));
        assertArrayEquals(new double[] {3, 0, 0, 3, 0, 3, 0}, a.grad().toDoubleArray());
        Tensor b = Torch.tensor(new double[] {nan, -1, 0, 2}).requiresGrad_(true);
        b.mul(1).relu_().sum().backward();
        assertArrayEquals(new double[] {1, 0, 0, 1}, b.grad().toDoubleArray());
    }

    @Test
    void float32SigmoidUnderflowsToZeroAsPyTorch() {
        // torch.sigmoid(torch.tensor([-100., -89., -88., 0.5])) -> [0, 0, 0x1.07b71p-127, 0x1.3eb2fep-1]
        float[] expected = {0f, 0f, Float.intBitsToFloat(0x0041edc4), Float.intBitsToFloat(0x3f1f597f)};
        assertEquals(0x1.07b71p-127f, expected[2]);
        assertEquals(0x1.3eb2fep-1f, expected[3]);
        Tensor x = Torch.tensor(new double[] {-100, -89, -88, 0.5});
        assertArrayEquals(expected, x.sigmoid().toFloatArray());
        // one element at a time (the scalar loop) and strided
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], x.get(String.valueOf(i)).sigmoid().toFloatArray()[0], "element " + i);
        }
        assertArrayEquals(new float[] {expected[0], expected[2]}, x.get("::2").sigmoid().toFloatArray());
        // float64 keeps the tiny value: torch.sigmoid(torch.tensor(-100., dtype=torch.float64)) = 3.7200759760208356e-44
        assertEquals(3.7200759760208356e-44, Torch.tensor(-100.0).toDouble().sigmoid().item());
    }
}

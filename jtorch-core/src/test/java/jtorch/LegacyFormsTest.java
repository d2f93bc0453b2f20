package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jtorch.autograd.Variable;
import org.junit.jupiter.api.Test;

/** The seeds' older API forms: typed constructors, Variable, and a number raised to a tensor. */
class LegacyFormsTest {
    @Test
    void typedConstructorsGiveTheirDtypes() {
        assertEquals(DType.FLOAT32, Torch.FloatTensor(2, 3).dtype());
        assertArrayEquals(new int[] {2, 3}, Torch.FloatTensor(2, 3).sizes());
        assertEquals("tensor([1., 2.])", Torch.FloatTensor(new double[] {1, 2}).toString());
        assertEquals("tensor([1., 2.], dtype=torch.float64)", Torch.DoubleTensor(new double[] {1, 2}).toString());
        assertEquals("tensor([3, 4])", Torch.LongTensor(new long[] {3, 4}).toString());
        assertEquals(DType.INT64, Torch.LongTensor(5).dtype());
        assertEquals(DType.INT32, Torch.IntTensor(1).dtype());
        assertEquals(DType.UINT8, Torch.ByteTensor(1).dtype());
        assertEquals("tensor([ True, False])", Torch.BoolTensor(new boolean[] {true, false}).toString());
        assertEquals("torch.FloatTensor", Torch.FloatTensor(1).type());
    }

    @Test
    @SuppressWarnings("deprecation")
    void variableIsTheTensorItself() {
        Tensor t = Torch.ones(2);
        assertSame(t, Variable.of(t));
        Tensor v = Variable.of(Torch.ones(2), true);
        assertTrue(v.requiresGrad());
        v.sum().backward();
        assertEquals("tensor([1., 1.])", v.grad().toString());
    }

    /**
     * PyTorch 1.13 (recorded): torch.pow(2.0, torch.tensor([0., 1., 3.], requires_grad=True)) prints
     * {@code tensor([1., 2., 8.], grad_fn=<PowBackward2>)} and its gradient is {@code tensor([0.6931, 1.3863, 5.5452])};
     * the pointwise fixtures (pow/number_base*) check more cases and gradchecks.
     */
    @Test
    void numberToTheTensor() {
        Tensor x = Torch.tensor(new double[] {0, 1, 3}).requiresGrad_(true);
        Tensor y = Torch.pow(2.0, x);
        assertEquals("tensor([1., 2., 8.], grad_fn=<PowBackward2>)", y.toString());
        y.sum().backward();
        assertEquals("tensor([0.6931, 1.3863, 5.5452])", x.grad().toString());
        assertEquals(DType.FLOAT32, Torch.pow(2.0, Torch.tensor(new long[] {1, 2})).dtype());
        assertEquals("tensor([2., 4.])", Torch.pow(2.0, Torch.tensor(new long[] {1, 2})).toString());
        assertEquals(DType.FLOAT64, Torch.pow(2.0, Torch.ones(Torch.options().dtype(DType.FLOAT64), 2)).dtype());
    }
}

package jtorch.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/** The engine's contract, with expected values worked out from PyTorch's documented behaviour. */
class EngineTest {
    private static Tensor leaf(double... v) {
        return Torch.tensor(v).requiresGrad_(true);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor x = leaf(1, 2, 3);
        x.mul(x).sum().backward();
        x.mul(x).sum().backward();
        assertArrayEquals(new float[] {4, 8, 12}, x.grad().toFloatArray());
        x.grad().zero_();
        x.mul(3).sum().backward();
        assertArrayEquals(new float[] {3, 3, 3}, x.grad().toFloatArray());
    }

    // The first gradient may become .grad without a copy only when nothing else refers to its buffer:
    // whoever kept a gradient must not see the later in-place updates of .grad.
    @Test
    void firstGradientIsNotSharedWithATensorAHookKept() {
        Tensor w = leaf(1, 2, 3);
        Tensor[] kept = new Tensor[1];
        Tensor y = w.clone();
        y.registerHook(g -> {
            kept[0] = g;
            return null;
        });
        y.mul(2).sum().backward(); // MulBackward makes a new buffer, y's CloneBackward hands it on unchanged
        w.grad().zero_();
        assertArrayEquals(new float[] {2, 2, 2}, kept[0].toFloatArray());
    }

    @Test
    void firstGradientIsNotSharedWithTheLeafsOwnHook() {
        Tensor w = leaf(1, 2, 3);
        Tensor[] kept = new Tensor[1];
        w.registerHook(g -> {
            kept[0] = g;
            return null;
        });
        w.mul(w).sum().backward();
        w.grad().zero_();
        assertArrayEquals(new float[] {2, 4, 6}, kept[0].toFloatArray());
    }

    @Test
    void firstGradientIsNotSharedWithWhatAUserFunctionKeeps() {
        Tensor[] kept = new Tensor[1];
        Function keeper = new Function() {
            @Override
            protected Tensor forward(FunctionCtx ctx, Tensor... in) {
                return in[0].clone();
            }

            @Override
            protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
                kept[0] = grad.mul(1);
                return new Tensor[] {kept[0]};
            }
        };
        Tensor w = leaf(1, 2);
        keeper.apply(w).sum().backward();
        w.grad().add_(Torch.tensor(new double[] {5, 5}));
        assertArrayEquals(new float[] {1, 1}, kept[0].toFloatArray());
        assertArrayEquals(new float[] {6, 6}, w.grad().toFloatArray());
    }

    @Test
    void oneGradientBufferReachingTwoLeavesIsNotSharedBetweenThem() {
        Tensor a = leaf(1, 2);
        Tensor b = leaf(3, 4);
        a.mul(3).add(b.mul(3)).sum().backward(); // AddBackward hands one buffer to both branches
        a.mul(1).add(b).sum().backward();
        a.grad().zero_();
        assertArrayEquals(new float[] {0, 0}, a.grad().toFloatArray());
        assertArrayEquals(new float[] {4, 4}, b.grad().toFloatArray());
    }

    @Test
    void stolenFirstGradientsKeepAccumulating() {
        Tensor x = Torch.tensor(new double[][] {{1, 2}, {3, 4}});
        Tensor w = leaf(1, -1).reshape(2, 1).detach().requiresGrad_(true);
        x.mm(w).sum().backward();
        x.mm(w).sum().backward();
        assertArrayEquals(new float[] {8, 12}, w.grad().toFloatArray());
        assertArrayEquals(new float[] {1, 2, 3, 4}, x.toFloatArray());
    }

    @Test
    void aHundredThousandOpsDeepGraphDoesNotOverflowTheStack() {
        Tensor x = leaf(1.0);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.mul(1.0);
        }
        y.sum().backward();
        assertEquals(1.0, x.grad().item(), 0);
    }

    @Test
    void fanOutSumsGradients() {
        Tensor x = leaf(2);
        Tensor y = x.mul(x).add(x.mul(3)); // dy/dx = 2x + 3 = 7
        y.sum().backward();
        assertEquals(7.0, x.grad().item(), 0);
    }

    @Test
    void secondBackwardThroughFreedGraphFailsLikePyTorch() {
        Tensor x = leaf(1, 2);
        Tensor y = x.exp().sum();
        y.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().startsWith("Trying to backward through the graph a second time"), e.getMessage());
    }

    @Test
    void retainGraphAllowsASecondBackward() {
        Tensor x = leaf(0, 1);
        Tensor y = x.exp().sum();
        y.backward(null, true, false);
        y.backward();
        assertEquals(2.0, x.grad().toDoubleArray()[0], 1e-6);
    }

    @Test
    void inPlaceChangeOfASavedTensorFailsBackward() {
        Tensor x = leaf(1, 2);
        Tensor e = x.exp();
        Tensor y = e.exp().sum(); // exp saves its output, e is exp's input here: changing e breaks y's exp backward
        Tensor z = e.mul(2);      // mul saves e too
        e.add_(1);
        IllegalStateException err = assertThrows(IllegalStateException.class, () -> z.sum().backward());
        assertTrue(err.getMessage().startsWith("one of the variables needed for gradient computation has been "
                + "modified by an inplace operation: [torch.FloatTensor [2]], which is"), err.getMessage());
        assertTrue(err.getMessage().contains("is at version 1; expected version 0 instead"), err.getMessage());
    }

    @Test
    void inPlaceOnALeafThatRequiresGradFails() {
        Tensor w = leaf(1, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.add_(1));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());
        try (var g = Torch.noGrad()) {
            w.add_(1); // allowed under no_grad, as in PyTorch's optimizer updates
        }
        assertArrayEquals(new float[] {2, 3}, w.toFloatArray());
    }

    @Test
    void noGradStopsRecordingAndIsPerThreadAndNested() throws InterruptedException {
        Tensor x = leaf(1);
        try (var g = Torch.noGrad()) {
            assertFalse(x.mul(2).requiresGrad());
            try (var e = Torch.enableGrad()) {
                assertTrue(x.mul(2).requiresGrad());
            }
            boolean[] other = new boolean[1];
            Thread t = new Thread(() -> other[0] = Torch.isGradEnabled());
            t.start();
            t.join();
            assertTrue(other[0], "grad mode is thread-local");
        }
        assertTrue(x.mul(2).requiresGrad());
    }

    @Test
    void gradFnNamesFollowPyTorch() {
        Tensor x = leaf(1, 2);
        assertEquals("MulBackward0", x.mul(2).gradFn().name());
        assertEquals("SumBackward0", x.sum().gradFn().name());
        assertEquals("SumBackward1", x.sum(0).gradFn().name());
        assertEquals("ExpBackward0", x.exp().gradFn().name());
        assertEquals("AddBackward0", x.add(x).gradFn().name());
        assertEquals("AccumulateGrad", x.mul(2).gradFn().nextFunctions().get(0).function().name());
        assertNull(x.gradFn());
        assertTrue(x.isLeaf());
    }

    @Test
    void autogradGradReturnsWithoutTouchingDotGrad() {
        Tensor w = leaf(3);
        Tensor mse = w.mul(w).sum();
        List<Tensor> g = Torch.autograd().grad(mse, List.of(w));
        assertEquals(6.0, g.get(0).item(), 0);
        assertNull(w.grad());
    }

    @Test
    void secondDerivativeOfCubeIsSixX() {
        Tensor x = leaf(2).toDouble().detach().requiresGrad_(true);
        Tensor y = x.pow(3);
        Tensor dy = Torch.autograd().grad(y.sum(), List.of(x), true, true).get(0); // 3x^2 = 12
        assertEquals(12.0, dy.item(), 1e-12);
        Tensor d2y = Torch.autograd().grad(dy.sum(), List.of(x)).get(0);         // 6x = 12
        assertEquals(12.0, d2y.item(), 1e-12);
    }

    @Test
    void chainRuleExampleOfTheSeedNotes() {
        // seed 004: y1 = x*w1 + b1, y2 = y1*w2 + b2; dy2/dw1 == dy2/dy1 * dy1/dw1 == 2
        Tensor x = Torch.tensor(1.0);
        Tensor w1 = Torch.tensor(2.0).requiresGrad_(true);
        Tensor b1 = Torch.tensor(1.0);
        Tensor w2 = Torch.tensor(2.0).requiresGrad_(true);
        Tensor b2 = Torch.tensor(1.0);
        Tensor y1 = x.mul(w1).add(b1);
        Tensor y2 = y1.mul(w2).add(b2);
        double dy2dy1 = Torch.autograd().grad(y2, List.of(y1), true, false).get(0).item();
        double dy1dw1 = Torch.autograd().grad(y1, List.of(w1), true, false).get(0).item();
        double dy2dw1 = Torch.autograd().grad(y2, List.of(w1), true, false).get(0).item();
        assertEquals(2.0, dy2dw1, 0);
        assertEquals(dy2dy1 * dy1dw1, dy2dw1, 0);
    }

    @Test
    void hooksSeeAndReplaceGradientsAndCanBeRemoved() {
        Tensor x = leaf(1, 1);
        var h = x.registerHook(g -> g.mul(10));
        x.mul(2).sum().backward();
        assertArrayEquals(new float[] {20, 20}, x.grad().toFloatArray());
        h.remove();
        x.grad().zero_();
        x.mul(2).sum().backward();
        assertArrayEquals(new float[] {2, 2}, x.grad().toFloatArray());
    }

    @Test
    void retainGradKeepsNonLeafGradient() {
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(3);
        y.retainGrad();
        y.sum().backward();
        assertArrayEquals(new float[] {1, 1}, y.grad().toFloatArray());
    }

    @Test
    void nonScalarBackwardNeedsAGradient() {
        Tensor x = leaf(1, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.mul(2).backward());
        assertEquals("grad can be implicitly created only for scalar outputs", e.getMessage());
        x.mul(2).backward(Torch.tensor(new double[] {1, 10}));
        assertArrayEquals(new float[] {2, 20}, x.grad().toFloatArray());
    }

    @Test
    void integerTensorsCannotRequireGrad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Torch.arange(3).requiresGrad_(true));
        assertEquals("only Tensors of floating point dtype can require gradients", e.getMessage());
        assertEquals(DType.INT64, Torch.arange(3).dtype());
    }

    @Test
    void inPlaceWriteThroughAViewReachesTheBaseHistory() {
        Tensor x = leaf(1, 2, 3);
        Tensor y = x.mul(2);
        y.select(0, 1).mul_(10); // y = [2, 40, 6]
        assertArrayEquals(new float[] {2, 40, 6}, y.toFloatArray());
        assertEquals("CopySlices", y.gradFn().name());
        y.sum().backward();
        assertArrayEquals(new float[] {2, 20, 2}, x.grad().toFloatArray());
    }

    @Test
    void assigningATrackedValueIntoAPlainBufferTracksIt() {
        Tensor w = leaf(5);
        Tensor z = Torch.zeros(3);
        z.select(0, 2).copy_(w.mul(2).squeeze());
        assertTrue(z.requiresGrad());
        z.mul(Torch.tensor(new double[] {1, 1, 3})).sum().backward();
        assertEquals(6.0, w.grad().item(), 0);
    }

    @Test
    void inPlaceOnAViewOfALeafThatRequiresGradFails() {
        Tensor w = leaf(1, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.select(0, 0).mul_(2));
        assertEquals("a view of a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());
    }

    @Test
    void doubleBackwardThroughAViewWrite() {
        // y = 2x with y[1] *= 3 in place; d(sum(y^2))/dx = 8x outside and 72x at index 1, twice differentiated
        Tensor x = Torch.tensor(new double[] {1, 2, 3}).toDouble().requiresGrad_(true);
        Tensor y = x.mul(2);
        y.select(0, 1).mul_(3);
        Tensor g = Torch.autograd().grad(y.pow(2).sum(), List.of(x), true, true).get(0);
        assertArrayEquals(new double[] {8, 144, 24}, g.toDoubleArray(), 1e-12);
        Tensor gg = Torch.autograd().grad(g.sum(), List.of(x)).get(0);
        assertArrayEquals(new double[] {8, 72, 8}, gg.toDoubleArray(), 1e-12);
    }
}

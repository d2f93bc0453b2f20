package jtorch.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/** Custom autograd functions and anomaly detection. */
class FunctionTest {
    /** PyTorch docs' Exp example: saves its result for backward. */
    static final class MyExp extends Function {
        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... in) {
            Tensor r = in[0].exp();
            ctx.saveForBackward(r);
            return r;
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            return new Tensor[] {grad.mul(ctx.savedTensors()[0])};
        }
    }

    /** Scales by a constant kept in the context; no gradient for the constant. */
    static final class Scale extends Function {
        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... in) {
            ctx.put("k", 3.0);
            return in[0].mul(3.0);
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            double k = ctx.get("k");
            return new Tensor[] {grad.mul(k)};
        }
    }

    @Test
    void customFunctionGivesExpGradientAndPyTorchNodeName() {
        Tensor x = Torch.tensor(new double[] {0, 1}).requiresGrad_(true);
        Tensor y = new MyExp().apply(x);
        assertEquals("MyExpBackward", y.gradFn().name());
        y.sum().backward();
        assertArrayEquals(new float[] {1f, (float) Math.E}, x.grad().toFloatArray(), 1e-6f);
    }

    @Test
    void customFunctionPassesGradcheckAndKeepsContextValues() {
        Tensor x = Torch.randn(Torch.options().dtype(jtorch.DType.FLOAT64), 4).requiresGrad_(true);
        assertTrue(GradCheck.gradcheck(in -> new MyExp().apply(in.get(0)), List.of(x)));
        assertTrue(GradCheck.gradcheck(in -> new Scale().apply(in.get(0)), List.of(x)));
    }

    @Test
    void savedTensorModifiedInPlaceIsDetected() {
        Tensor x = Torch.tensor(new double[] {0, 1}).requiresGrad_(true);
        Tensor y = new MyExp().apply(x);
        try (var g = Torch.noGrad()) {
            y.mul_(2);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified"));
    }

    @Test
    void anomalyModeNamesTheNodeThatProducedNan() {
        Tensor x = Torch.tensor(new double[] {0, 1}).requiresGrad_(true);
        try (var a = Torch.autograd().detectAnomaly()) {
            Tensor y = x.sqrt().mul(0); // sqrt'(0) = inf, times 0 -> nan in SqrtBackward0's output
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
            assertEquals("Function 'SqrtBackward0' returned nan values in its 0th output.", e.getMessage());
            assertInstanceOf(Throwable.class, e.getCause(), "the forward traceback is attached");
        }
        // without anomaly mode the nan simply flows into .grad, as in PyTorch
        x.sqrt().mul(0).sum().backward();
        assertTrue(Double.isNaN(x.grad().toDoubleArray()[0]));
    }
}

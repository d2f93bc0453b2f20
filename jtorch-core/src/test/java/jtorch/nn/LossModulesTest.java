package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.LossOps;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/** The loss modules' Python-side behaviour: call arity, buffers, repr, legacy reduction arguments. */
class LossModulesTest {
    @Test
    void ctcHasNoSecondDerivativeAsInPyTorch() {
        Tensor lp = F.logSoftmax(Torch.randn(5, 2, 4).toDouble(), 2).detach().requiresGrad_(true);
        Tensor targets = Torch.tensor(new long[][] {{1, 2}, {1, 1}});
        Tensor loss = F.ctcLoss(lp, targets, new int[] {5, 5}, new int[] {2, 2});
        Tensor g = Torch.autograd().grad(loss, List.of(lp), true, true).get(0);
        assertEquals("NotImplemented", g.gradFn().name());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> g.sum().backward());
        assertEquals("derivative for aten::_ctc_loss_backward is not implemented", e.getMessage());
    }

    @Test
    void aScriptsLinesTranslateOneToOne() {
        // criterion = nn.CrossEntropyLoss(weight=w); loss = criterion(outputs, labels); loss.backward()
        Tensor w = Torch.tensor(new double[] {1, 10, 100, 100}).toFloat();
        Tensor outputs = Torch.tensor(new double[][] {{2, 0.5, 0.1, -1}, {0.3, 0.2, 3, 0}}).toFloat().requiresGrad_(true);
        Tensor labels = Torch.tensor(new long[] {0, 2});
        CrossEntropyLoss criterion = new CrossEntropyLoss(w);
        Tensor loss = criterion.call(outputs, labels);
        loss.backward();
        assertNotNull(outputs.grad());
        assertEquals("NllLossBackward0", loss.gradFn().name());
        // PyTorch: nn.CrossEntropyLoss(weight=torch.tensor([1., 10., 100., 100.]))(outputs, labels) -> 0.165519...
        assertEquals(0.1655193, loss.item(), 1e-6);
    }

    @Test
    void pytorchsTypeErrorsForAWrongNumberOfInputs() {
        Tensor x = Torch.randn(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MSELoss().call(x));
        assertEquals("forward() missing 1 required positional argument: 'target'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MarginRankingLoss().call(x));
        assertEquals("forward() missing 2 required positional arguments: 'input2' and 'target'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new L1Loss().call(x, x, x));
        assertEquals("forward() takes 3 positional arguments but 4 were given", e.getMessage());
    }

    @Test
    void weightsAreBuffersAsInPyTorch() {
        Tensor w = Torch.ones(3);
        CrossEntropyLoss ce = new CrossEntropyLoss(CrossEntropyLoss.options().weight(w).ignoreIndex(-1));
        assertEquals(List.of("weight"), List.copyOf(ce.stateDict().keySet()));
        assertEquals(-1, ce.ignoreIndex);
        assertEquals("mean", ce.reduction);
        assertNull(new NLLLoss().weight());
        BCEWithLogitsLoss b = new BCEWithLogitsLoss(BCEWithLogitsLoss.options().posWeight(w));
        assertEquals(List.of("pos_weight"), List.copyOf(b.stateDict().keySet()));
        assertEquals("CrossEntropyLoss()", ce.toString());
    }

    @Test
    void legacySizeAverageAndReduceFollowPyTorchsRule() {
        // torch.nn._reduction.legacy_get_string(size_average, reduce)
        assertEquals("mean", LossOps.legacyReduction(null, null));
        assertEquals("sum", LossOps.legacyReduction(false, null));
        assertEquals("sum", LossOps.legacyReduction(false, true));
        assertEquals("none", LossOps.legacyReduction(true, false));
        assertEquals("none", LossOps.legacyReduction(null, false));
        assertEquals("none", new MSELoss(MSELoss.options().reduction("sum").reduce(false)).reduction);
        assertEquals("sum", new NLLLoss(NLLLoss.options().sizeAverage(false)).reduction);
    }

    @Test
    void targetsPyTorchDoesNotDifferentiateMustNotRequireGrad() {
        Tensor x = Torch.randn(4).requiresGrad_(true);
        Tensor y = Torch.tensor(new double[] {1, -1, 1, -1}).toFloat().requiresGrad_(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> F.softMarginLoss(x, y));
        assertEquals("The function 'soft_margin_loss' is not differentiable with respect to argument 'target'. "
                + "This input cannot have requires_grad True.", e.getMessage());
    }
}

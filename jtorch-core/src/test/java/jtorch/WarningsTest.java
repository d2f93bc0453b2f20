package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jtorch.nn.HuberLoss;
import jtorch.nn.L1Loss;
import jtorch.nn.MSELoss;
import jtorch.nn.SmoothL1Loss;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;
import jtorch.optim.SGD;
import jtorch.optim.lr.StepLR;
import org.junit.jupiter.api.Test;

/**
 * PyTorch 1.13's UserWarnings with their texts (captured with warnings.catch_warnings(record=True) from
 * torch 1.13), and the facility's filters: once per call site, once per process for TORCH_WARN_ONCE, and
 * warnings as errors.
 */
class WarningsTest {
    private static final String TARGET_SIZE = "Using a target size (torch.Size([3])) that is different to the input "
            + "size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please "
            + "ensure they have the same size.";

    private static List<String> messages(Runnable r) {
        List<String> out = new ArrayList<>();
        for (Warnings.Warning w : Warnings.record(r)) {
            assertEquals("UserWarning", w.category());
            out.add(w.message());
        }
        return out;
    }

    @Test
    void regressionLossesWarnOnTargetBroadcastingAndStillCompute() {
        Tensor input = Torch.ones(3, 1);
        Tensor target = Torch.tensor(new double[] {0, 1, 2});
        // F.mse_loss(torch.ones(3, 1), torch.tensor([0., 1., 2.])) = 0.6666666865348816 (a broadcast 3x3) with the warning
        Tensor[] loss = new Tensor[1];
        assertEquals(List.of(TARGET_SIZE), messages(() -> loss[0] = F.mseLoss(input, target)));
        assertEquals(0.6666666865348816, loss[0].item());
        assertEquals(List.of(TARGET_SIZE), messages(() -> new MSELoss().call(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> F.l1Loss(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> new L1Loss().call(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> F.smoothL1Loss(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> new SmoothL1Loss().call(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> F.huberLoss(input, target)));
        assertEquals(List.of(TARGET_SIZE), messages(() -> new HuberLoss().call(input, target)));
        assertEquals(List.of(), messages(() -> F.mseLoss(input, Torch.zeros(3, 1))));
    }

    @Test
    void gradOfANonLeafWarnsUnlessRetained() {
        Tensor x = Torch.ones(Torch.options().requiresGrad(true), 2);
        Tensor y = x.mul(2);
        List<String> ws = messages(() -> assertNull(y.grad()));
        assertEquals(List.of("The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
                + "attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be "
                + "populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the "
                + "non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
                + "github.com/pytorch/pytorch/pull/30531 for more informations."), ws);
        assertEquals(List.of(), messages(() -> x.grad()));
        Tensor z = x.mul(3);
        z.retainGrad();
        assertEquals(List.of(), messages(() -> z.grad()));
    }

    @Test
    void kaimingInitOfAZeroElementTensorWarns() {
        // nn.init.kaiming_uniform_(torch.empty(0, 3)) / kaiming_normal_: 'Initializing zero-element tensors is a no-op'
        assertEquals(List.of("Initializing zero-element tensors is a no-op"),
                messages(() -> Init.kaimingUniform_(Torch.empty(0, 3))));
        assertEquals(List.of("Initializing zero-element tensors is a no-op"),
                messages(() -> Init.kaimingNormal_(Torch.empty(0, 3))));
        assertEquals(List.of(), messages(() -> Init.xavierUniform_(Torch.empty(0, 3))));
    }

    @Test
    void legacySizeAverageAndReduceWarnWithTheReductionTheyMeanAndStillApplyIt() {
        // nn.MSELoss(size_average=False) / (reduce=False) / CrossEntropyLoss(size_average=True, reduce=True)
        assertEquals(List.of("size_average and reduce args will be deprecated, please use reduction='sum' instead."),
                messages(() -> new MSELoss(MSELoss.options().sizeAverage(false))));
        assertEquals(List.of("size_average and reduce args will be deprecated, please use reduction='none' instead."),
                messages(() -> new MSELoss(MSELoss.options().reduce(false))));
        assertEquals(List.of("size_average and reduce args will be deprecated, please use reduction='mean' instead."),
                messages(() -> new MSELoss(MSELoss.options().sizeAverage(true).reduce(true))));
        Tensor a = Torch.tensor(new double[] {1, 2});
        assertEquals(5.0, new MSELoss(MSELoss.options().sizeAverage(false)).call(a, Torch.zeros(2)).item(), 0);
    }

    @Test
    void schedulerSteppedBeforeTheOptimizerWarnsOnce() {
        Tensor w = Torch.ones(Torch.options().requiresGrad(true), 2);
        SGD opt = new SGD(List.of(w), SGD.options(0.1));
        StepLR s = new StepLR(opt, 1);
        List<String> ws = messages(s::step);
        assertEquals(List.of("Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and "
                + "later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  "
                + "Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. "
                + "See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate"), ws);
        assertEquals(List.of(), messages(s::step)); // only the first step after construction is checked
        SGD opt2 = new SGD(List.of(w), SGD.options(0.1));
        StepLR s2 = new StepLR(opt2, 1);
        w.sum().backward();
        opt2.step();
        assertEquals(List.of(), messages(s2::step));
    }

    @Test
    void errorsModeRaisesAndOncePerSiteShowsEachSiteOnce() {
        List<Warnings.Warning> shown = new ArrayList<>();
        Warnings.setHandler(shown::add);
        try {
            String msg = "a test warning " + System.nanoTime();
            for (int i = 0; i < 3; i++) {
                Warnings.warn(msg); // one site, three times
            }
            Warnings.warn(msg); // a second site
            assertEquals(2, shown.size(), shown.toString());
            assertTrue(shown.get(0).site().getClassName().endsWith("WarningsTest"), shown.toString());
            assertTrue(shown.get(0).toString().contains(": UserWarning: " + msg), shown.get(0).toString());
            String once = "a once-per-process warning " + System.nanoTime();
            Warnings.warnOnce(once);
            Warnings.warnOnce(once);
            assertEquals(3, shown.size());
        } finally {
            Warnings.setHandler(null);
        }
        Warnings.setErrors(true);
        try {
            Warnings.WarningException e = assertThrows(Warnings.WarningException.class,
                    () -> F.mseLoss(Torch.ones(3, 1), Torch.ones(3)));
            assertEquals("UserWarning: " + TARGET_SIZE, e.getMessage());
        } finally {
            Warnings.setErrors(false);
        }
        assertArrayEquals(new double[] {0}, new double[] {F.mseLoss(Torch.ones(3, 1), Torch.ones(3)).item()});
    }
}

package jtorch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.datasets.FashionMNIST;
import org.junit.jupiter.api.Test;

/**
 * One op of each model-level workload's jtorch side, small, so the workloads cannot rot (nothing is timed):
 * the step runs, its loss is finite and the parameters move.
 */
class ModelWorkloadsTest {
    /** Two steps on the same batch: the loss is finite and changes, since the first step updated the model. */
    private static void trainsOnItsBatch(Supplier<Tensor> step) {
        Torch.manualSeed(0);
        double first = step.get().item();
        double second = step.get().item();
        assertTrue(Double.isFinite(first) && Double.isFinite(second), first + ", " + second);
        assertNotEquals(first, second);
    }

    @Test
    void resnet34StepRunsTheSeedModelAt224() {
        Torch.manualSeed(0);
        trainsOnItsBatch(ModelWorkloads.resnet34Step(1));
    }

    @Test
    void seedResNet34HasTheSeedsShapes() {
        ModelWorkloads.SeedResNet34 m = new ModelWorkloads.SeedResNet34();
        // layer1 widens 64 -> 128 through a 1x1 shortcut; 2 classes
        assertArrayEquals(new int[] {128, 64, 1, 1}, m.layer1.stateDict().get("0.right.0.weight").sizes());
        assertArrayEquals(new int[] {2, 512}, m.fc.weight.sizes());
        assertEquals(3 + 4 + 6 + 3, m.layer1.children().size() + m.layer2.children().size()
                + m.layer3.children().size() + m.layer4.children().size());
    }

    @Test
    void mlpStep() {
        trainsOnItsBatch(ModelWorkloads.mlpStep(8));
    }

    @Test
    void lenetStep() {
        trainsOnItsBatch(ModelWorkloads.lenetStep(4));
    }

    @Test
    void resnet18TrainStepAndInference() {
        trainsOnItsBatch(ModelWorkloads.resnet18Step(2, 32));
        Torch.manualSeed(0);
        Tensor out = ModelWorkloads.resnet18Inference(2, 32).get();
        assertArrayEquals(new int[] {2, 10}, out.sizes());
        assertFalse(out.requiresGrad());
    }

    @Test
    void paddedLeNetTakes28x28Images() {
        Tensor out = new ModelWorkloads.PaddedLeNet().call(Torch.randn(3, 1, 28, 28));
        assertArrayEquals(new int[] {3, 10}, out.sizes());
    }

    @Test
    void memResnet18CountsParametersGradientsAndMomentumAtItsHighPoint() {
        double[] mb = FreshProcess.memResnet18(2, 32);
        // resnet18(num_classes=10) has 11,181,642 float32 parameters; after a step the heap holds them, their
        // gradients and SGD's momentum buffers
        double threeCopies = 3 * 4.0 * 11_181_642 / (1 << 20);
        assertTrue(mb[0] >= threeCopies, mb[0] + " MB < " + threeCopies);
        assertTrue(mb[1] >= mb[0], "peak RSS " + mb[1] + " MB below the step's heap " + mb[0]);
    }

    @Test
    void e2eOnAFewImages() {
        assumeTrue(FashionMNIST.debianFilesPresent(), "Debian's dataset-fashion-mnist is not installed");
        double[] v = FreshProcess.e2e(3200, 500);
        assertEquals(3, v.length);
        assertTrue(v[0] > 0 && v[1] > 0, List.of(v[0], v[1]).toString());
        // 50 batches of training already beat chance (10%) on Fashion-MNIST
        assertTrue(v[2] > 10 && v[2] <= 100, "accuracy " + v[2]);
    }

    @Test
    void coldstartRunsInAFreshJvmAndReportsTheTimeToItsLastStep() throws Exception {
        double[] v = FreshProcess.run("coldstart", 1);
        assertEquals(1, v.length);
        assertTrue(v[0] > 0, "seconds " + v[0]);
    }
}

package jtorch.autograd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/**
 * The graph keeps what each op's backward reads and nothing else (PyTorch's saved tensors): heap in use
 * after GC while the graph is alive, minus before. Before ops declared their saved values, every node
 * held all its inputs and outputs: 161 MB for the scalar chain below, 81 MB for the relu chain.
 */
class SavedTensorsMemoryTest {
    private static final long MB = 1 << 20;
    private static final long FLOATS_1000X1000 = 4_000_000L;

    /**
     * What an array of {@code bytes} occupies: G1 puts an object of half a region or more into whole
     * regions of its own ("humongous"), so a 4 MiB float array can take two 4 MiB regions.
     */
    private static long footprint(long bytes) {
        long region = regionSize();
        long size = bytes + 16;
        return region > 0 && size >= region / 2 ? (size + region - 1) / region * region : size;
    }

    private static long regionSize() {
        try {
            var hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hs.getVMOption("G1HeapRegionSize").getValue());
        } catch (IllegalArgumentException e) {
            return 0; // not G1
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // a few rounds: the last one sees what is really reachable
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void scalarChainKeepsNoActivation() {
        Tensor x = Torch.randn(Torch.options().requiresGrad(true), 1000, 1000);
        long before = usedAfterGc();
        Tensor h = x;
        for (int i = 0; i < 20; i++) {
            h = h.mul(1.01).add(0.5);
        }
        Tensor loss = h.sum();
        h = null;
        long held = usedAfterGc() - before;
        // mul by a Python scalar, add and sum save no activation in PyTorch; allow one tensor of slack
        assertTrue(held <= footprint(FLOATS_1000X1000) + MB, "graph holds " + held / MB + " MB");
        loss.backward();
        assertTrue(x.grad() != null);
    }

    @Test
    void reluChainKeepsItsTenResultsOnly() {
        Tensor x = Torch.randn(Torch.options().requiresGrad(true), 1000, 1000);
        long before = usedAfterGc();
        Tensor h = x;
        for (int i = 0; i < 10; i++) {
            h = h.mul(1.5).relu();
        }
        Tensor loss = h.sum();
        h = null;
        long held = usedAfterGc() - before;
        // relu saves its result (ten of them); the mul results are dropped
        assertTrue(held <= 10 * footprint(FLOATS_1000X1000) + MB, "graph holds " + held / MB + " MB");
        assertTrue(held >= 9 * FLOATS_1000X1000, "relu results must stay for backward: " + held / MB + " MB");
        loss.backward();
    }

    @Test
    void convNetStepKeepsWhatPyTorchKeeps() {
        Torch.manualSeed(0);
        Conv2d conv = new Conv2d(3, 16, 3, 1, 1);
        Linear fc = new Linear(16 * 16 * 16, 10);
        Tensor x = Torch.randn(64, 3, 32, 32);
        Tensor y = Torch.randn(64, 10);
        F.mseLoss(fc.forward(F.maxPool2d(F.relu(conv.forward(x)), 2).reshape(64, -1)), y).backward();
        long before = usedAfterGc();
        Tensor out = F.maxPool2d(F.relu(conv.forward(x)), 2);
        Tensor loss = F.mseLoss(fc.forward(out.reshape(64, -1)), y);
        out = null;
        long held = usedAfterGc() - before;
        // PyTorch keeps: relu's result (64·16·32·32 floats, 4 MB), max pooling's indices (2 MB of int64) and
        // result (1 MB, also addmm's saved input), 7 MB; conv's 4 MB output is not kept
        long relu = 64L * 16 * 32 * 32 * 4;
        long pooled = 64L * 16 * 16 * 16 * 4;
        long expected = footprint(relu) + footprint(pooled) + footprint(2 * pooled);
        assertTrue(held <= expected + MB, "graph holds " + held / MB + " MB, expected about " + expected / MB);
        loss.backward();
        assertTrue(conv.weight.grad() != null);
    }
}

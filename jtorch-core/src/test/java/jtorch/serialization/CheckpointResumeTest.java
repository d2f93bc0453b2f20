package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.bytesOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.optim.SGD;
import jtorch.optim.lr.StepLR;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.TensorDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's "save and load ... 保存训练时的中间状态": train 2 epochs (shuffled batches, dropout, SGD with momentum,
 * StepLR), save model, optimizer, scheduler, epoch and RNG state in one file, load everything into fresh objects,
 * train 1 more epoch — the parameters equal 3 uninterrupted epochs bit for bit.
 */
class CheckpointResumeTest {
    @TempDir
    Path dir;

    private record Run(Sequential model, SGD opt, StepLR sched) {
    }

    private static Run fresh(long initSeed) {
        Torch.manualSeed(initSeed);
        Sequential model = new Sequential(new Linear(5, 16), new ReLU(), new Dropout(0.3), new Linear(16, 3));
        SGD opt = new SGD(model.parameters(), SGD.options(0.1).momentum(0.9).weightDecay(1e-3));
        return new Run(model, opt, new StepLR(opt, 1, 0.7));
    }

    private static TensorDataset data() {
        Torch.manualSeed(1234);
        Tensor x = Torch.randn(40, 5);
        Tensor y = Torch.randint(0, 3, new int[] {40});
        return new TensorDataset(x, y);
    }

    private static List<Double> epoch(Run r, DataLoader<List<Tensor>, List<Tensor>> loader) {
        CrossEntropyLoss loss = new CrossEntropyLoss();
        r.model.train();
        List<Double> losses = new ArrayList<>();
        for (List<Tensor> batch : loader) {
            r.opt.zeroGrad();
            Tensor l = loss.call(r.model.call(batch.get(0)), batch.get(1));
            l.backward();
            r.opt.step();
            losses.add(l.item());
        }
        r.sched.step();
        return losses;
    }

    @Test
    void resumedRunEqualsTheUninterruptedOneBitForBit() {
        TensorDataset ds = data();
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(ds, 6, true);

        Run straight = fresh(7);
        List<List<Double>> straightLosses = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            straightLosses.add(epoch(straight, loader));
        }

        Run first = fresh(7);
        epoch(first, loader);
        epoch(first, loader);
        Map<String, Object> ck = new LinkedHashMap<>();
        ck.put("epoch", 2);
        ck.put("model", first.model.stateDict());
        ck.put("optimizer", first.opt.stateDict());
        ck.put("scheduler", first.sched.stateDict());
        ck.put("rng_state", Torch.getRngState());
        Path p = dir.resolve("ckpt.pt");
        Torch.save(ck, p);

        Torch.manualSeed(999); // the RNG moves on (another process, other work) before the resume
        Torch.rand(17);
        Run resumed = fresh(555); // different initial weights: everything must come from the checkpoint
        Map<String, Object> loaded = Torch.load(p);
        assertEquals(2, loaded.get("epoch"));
        resumed.model.loadStateDict((Map<String, Tensor>) loaded.get("model"));
        resumed.opt.loadStateDict((Map<String, Object>) loaded.get("optimizer"));
        resumed.sched.loadStateDict((Map<String, Object>) loaded.get("scheduler"));
        Torch.setRngState((Tensor) loaded.get("rng_state"));
        assertEquals(straight.opt.paramGroups().get(0).lr() / 0.7, resumed.opt.paramGroups().get(0).lr(), 1e-15);
        List<Double> third = epoch(resumed, loader);

        assertEquals(straightLosses.get(2), third, "third-epoch losses");
        Map<String, Tensor> want = straight.model.stateDict();
        Map<String, Tensor> got = resumed.model.stateDict();
        for (String k : want.keySet()) {
            assertArrayEquals(bytesOf(want.get(k)), bytesOf(got.get(k)), k);
        }
        assertEquals(straight.opt.paramGroups().get(0).lr(), resumed.opt.paramGroups().get(0).lr());
    }

    @Test
    void withoutTheRngStateTheRunDiverges() {
        // the test above can fail: resuming without restoring the RNG gives other batches and dropout masks
        TensorDataset ds = data();
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(ds, 6, true);
        Run straight = fresh(7);
        List<Double> last = null;
        for (int e = 0; e < 3; e++) {
            last = epoch(straight, loader);
        }
        Run first = fresh(7);
        epoch(first, loader);
        epoch(first, loader);
        Path p = dir.resolve("no_rng.pt");
        Torch.save(Map.of("model", first.model.stateDict(), "optimizer", first.opt.stateDict(),
                "scheduler", first.sched.stateDict()), p);
        Torch.manualSeed(999);
        Run resumed = fresh(555);
        Map<String, Object> loaded = Torch.load(p);
        resumed.model.loadStateDict((Map<String, Tensor>) loaded.get("model"));
        resumed.opt.loadStateDict((Map<String, Object>) loaded.get("optimizer"));
        resumed.sched.loadStateDict((Map<String, Object>) loaded.get("scheduler"));
        assertFalse(last.equals(epoch(resumed, loader)));
    }
}

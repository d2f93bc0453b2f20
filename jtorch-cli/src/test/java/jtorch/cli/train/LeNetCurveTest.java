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
import org.junit.jupiter.api.Test;

/**
 * Same curve: {@code jtorch train}'s default recipe (bundled data, split 8:1:1 with seed 0, normalise + pad,
 * LeNet-5, shuffled batches of 64, SGD lr 0.05 momentum 0.9) with augmentation (per sample
 * {@code RandomCrop(32, padding=2)}, {@code RandomHorizontalFlip()}) and dropout 0.2, built from the trainer's own
 * parts, follows the per-step training losses of tools/golden/cli_lenet_curve.py's PyTorch run for 200 steps
 * (two epochs' iterators): same split, statistics, initialisation, batches, crops, flips and dropout masks.
 *
 * <p>Tolerance. The first {@value #TIGHT_STEPS} steps agree within {@value #TIGHT} (measured: 5e-7 at step 0).
 * After that the recipe amplifies float32 rounding about twofold per step in PyTorch itself: PyTorch runs whose
 * initial weights were each nudged by at most one ulp (the fixture's {@code ulp_spread}, the largest deviation of
 * 8 such runs) drift from PyTorch's reference by 1e-4 to 1e-2 within 60 steps. jtorch's kernels differ from
 * PyTorch's by rounding only (on identical inputs: conv1, max-pool and fc2 bit-identical; conv2, fc1, fc3 about
 * 4e-7 relative, another summation order; cross-entropy 1-2 ulp), so each step is held to
 * {@value #ENVELOPE_FACTOR} times the largest one-ulp spread PyTorch showed up to that step (at least
 * {@value #TIGHT}). PyTorch's own 1- vs 2-thread spread is no measure here: it is exactly 0 for the first ~25
 * steps because its kernels round the same way with 1 and 2 threads. As the per-step envelope grows to 0.2-0.4
 * after step 100, the mean loss of each 50-step window is also held to twice the largest window-mean deviation
 * of the one-ulp runs.
 */
class LeNetCurveTest {
    static final int STEPS = 200;
    static final int TIGHT_STEPS = 20;
    static final double TIGHT = 2e-5;
    static final double ENVELOPE_FACTOR = 2;
    static final int WINDOW = 50;

    @Test
    void followsPyTorchsLossCurve() throws IOException {
        JsonObject fx;
        try (Reader r = new InputStreamReader(LeNetCurveTest.class.getResourceAsStream("/fixtures/lenet_curve.json"),
                StandardCharsets.UTF_8)) {
            fx = JsonParser.parseReader(r).getAsJsonObject();
        }
        double dropout = fx.get("dropout").getAsDouble();
        TrainConfig cfg = new TrainConfig("lenet", ImageData.BUNDLED, 1, 64, "sgd", 0.05, 0.9, 0, "none", 0, 0.1,
                TrainConfig.parseSplit("8:1:1"), dropout, 0, 0, 2, 0, true);
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
        Module net = Models.create("lenet", 1, 32, 32, 10, dropout);
        Optimizer optimizer = Trainer.optimizer(cfg, net);
        // the trainer's --augment dataset: per sample RandomCrop(32, padding=2), RandomHorizontalFlip()
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(Augmentation.of(x, splits.train().labels()),
                64, true);
        JsonArray want = fx.getAsJsonArray("losses");
        JsonArray ulpSpread = fx.getAsJsonArray("ulp_spread");
        double[] losses = new double[STEPS];
        int step = 0;
        double envelope = 0;
        double maxTight = 0;
        double maxRatio = 0;
        while (step < STEPS) {
            for (List<Tensor> b : loader) {
                optimizer.zeroGrad();
                Tensor loss = F.crossEntropy(net.call(b.get(0)), b.get(1));
                loss.backward();
                optimizer.step();
                losses[step] = loss.item();
                double diff = Math.abs(losses[step] - want.get(step).getAsDouble());
                envelope = Math.max(envelope, ulpSpread.get(step).getAsDouble());
                double tol = step < TIGHT_STEPS ? TIGHT : Math.max(TIGHT, ENVELOPE_FACTOR * envelope);
                assertTrue(diff <= tol, "step " + step + ": jtorch " + loss.item() + " PyTorch " + want.get(step)
                        + " (tolerance " + tol + ")");
                if (step < TIGHT_STEPS) {
                    maxTight = Math.max(maxTight, diff);
                } else {
                    maxRatio = Math.max(maxRatio, diff / tol);
                }
                if (++step == STEPS) {
                    break;
                }
            }
        }
        System.out.printf("LeNet curve: max |jtorch - PyTorch| %.2e over the first %d steps; after that at most "
                + "%.2f of the tolerance%n", maxTight, TIGHT_STEPS, maxRatio);

        // the mean loss of each 50-step window, against the window means of PyTorch's one-ulp runs
        JsonArray ulpRuns = fx.getAsJsonArray("ulp_losses");
        for (int from = 0; from < STEPS; from += WINDOW) {
            double mine = mean(losses, from);
            double ref = mean(doubles(want), from);
            double spread = 0;
            for (int k = 0; k < ulpRuns.size(); k++) {
                spread = Math.max(spread, Math.abs(mean(doubles(ulpRuns.get(k).getAsJsonArray()), from) - ref));
            }
            double tol = Math.max(TIGHT, ENVELOPE_FACTOR * spread);
            System.out.printf("  steps %d-%d: mean loss jtorch %.5f PyTorch %.5f (one-ulp runs within %.1e)%n", from,
                    from + WINDOW - 1, mine, ref, spread);
            assertTrue(Math.abs(mine - ref) <= tol, "mean loss of steps " + from + "-" + (from + WINDOW - 1)
                    + ": jtorch " + mine + " PyTorch " + ref + " (tolerance " + tol + ")");
        }
    }

    private static double mean(double[] v, int from) {
        double s = 0;
        for (int i = from; i < from + WINDOW; i++) {
            s += v[i];
        }
        return s / WINDOW;
    }

    private static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }
}

package jtorch.cli.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --finetune} (a PyTorch-written LeNet state dict from {@code tools/golden/cli_finetune_kfold.py} into a
 * 10-class LeNet: loaded, head skipped, frozen weights unchanged, head lr) and {@code --kfold} (PyTorch's fold
 * assignment, per-fold and mean/std results, files) on tiny generated data.
 */
class FineTuneKFoldTest {
    @TempDir
    static Path tmp;
    static Path data;
    static Path pytorchStateDict;

    @BeforeAll
    static void data() throws IOException {
        data = TinyData.write(tmp.resolve("idx"), 300, 5);
        pytorchStateDict = tmp.resolve("lenet5cls_state_dict.pt");
        try (InputStream in = FineTuneKFoldTest.class.getResourceAsStream("/fixtures/lenet5cls_state_dict.pt")) {
            Files.copy(in, pytorchStateDict, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static TrainConfig config(int epochs, int kfold, FineTune ft, double dropout, int earlyStop) {
        return new TrainConfig("lenet", data.toString(), epochs, 16, "sgd", 0.02, 0.9, 1e-4, "step", 1, 0.5,
                TrainConfig.parseSplit("8:1:1"), dropout, earlyStop, 0, 1, 3, false, kfold, ft, TrainConfig.DEFAULT_IMAGE_SIZE);
    }

    record Run<R>(R result, String log) {
    }

    static <R> Run<R> run(java.util.function.Function<Trainer, R> f) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        R r = f.apply(new Trainer(out, sink));
        return new Run<>(r, buf.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Tensor> pytorchWeights() {
        return (Map<String, Tensor>) Torch.load(pytorchStateDict);
    }

    @Test
    void fineTuningLoadsAPyTorchStateDictSkipsTheHeadFreezesAndRaisesTheHeadLr() {
        FineTune ft = new FineTune(pytorchStateDict.toString(), List.of("conv", "fc1.weight"), 10);
        Path dir = tmp.resolve("finetune");
        Run<Trainer.Result> r = run(t -> t.train(config(2, 0, ft, 0, 0), dir));
        assertTrue(r.log().contains("fine-tuning from " + pytorchStateDict + ": loaded 8 of the model's 10 tensors"),
                r.log());
        assertTrue(r.log().contains("skipped (shape differs, kept the fresh initialisation): fc3.weight [5, 84] -> "
                + "[10, 84], fc3.bias [5] -> [10]"), r.log());
        assertTrue(r.log().contains("frozen (requires_grad=False, not in the optimizer): conv1.weight, conv1.bias, "
                + "conv2.weight, conv2.bias, fc1.weight (50572 values)"), r.log());
        assertTrue(r.log().contains("head fc3.* in a second parameter group at lr 0.2 (--lr x --head-lr-mult 10)"),
                r.log());
        assertTrue(r.result().history().get(1).validAcc() > 0.9, r.log());

        Map<String, Object> ck = Checkpoints.load(dir.resolve("last.pt"));
        Map<String, Tensor> trained = Checkpoints.stateDict(ck);
        Map<String, Tensor> py = pytorchWeights();
        for (String k : List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight")) {
            assertArrayEquals(py.get(k).toFloatArray(), trained.get(k).toFloatArray(), k + " is frozen at PyTorch's value");
        }
        for (String k : List.of("fc1.bias", "fc2.weight", "fc2.bias")) {
            assertFalse(Arrays.equals(py.get(k).toFloatArray(), trained.get(k).toFloatArray()), k + " trains");
        }
        assertArrayEquals(new int[] {10, 84}, trained.get("fc3.weight").sizes());

        // two groups: the trainable backbone at --lr, the head (fc3) at lr * 10; StepLR halved both once
        Map<?, ?> opt = (Map<?, ?>) ck.get("optimizer_state_dict");
        List<?> groups = (List<?>) opt.get("param_groups");
        assertEquals(2, groups.size());
        assertEquals(0.02 * 0.5 * 0.5, ((Number) ((Map<?, ?>) groups.get(0)).get("lr")).doubleValue(), 1e-15);
        assertEquals(0.2 * 0.5 * 0.5, ((Number) ((Map<?, ?>) groups.get(1)).get("lr")).doubleValue(), 1e-15);
        assertEquals("[0, 1, 2]", String.valueOf(((Map<?, ?>) groups.get(0)).get("params")), "fc1.bias, fc2.*");
        assertEquals("[3, 4]", String.valueOf(((Map<?, ?>) groups.get(1)).get("params")), "fc3.*");
        assertEquals(ft.toMap(), Checkpoints.config(ck).fineTune().toMap());

        // resuming keeps the groups and the frozen weights, and continues as the uninterrupted run
        Trainer first = new Trainer(sink(), sink());
        first.interruptAfter = 1;
        first.train(config(2, 0, ft, 0, 0), tmp.resolve("finetune-resumed"));
        Trainer.Result resumed = new Trainer(sink(), sink()).resume(tmp.resolve("finetune-resumed/last.pt"), null, null);
        assertEquals(r.result().history(), resumed.history());
    }

    @Test
    void aJtorchCheckpointWithTheSameClassesLoadsWhole() {
        Path base = tmp.resolve("base");
        run(t -> t.train(config(1, 0, FineTune.NONE, 0, 0), base));
        FineTune ft = new FineTune(base.resolve("best.pt").toString(), List.of(), FineTune.DEFAULT_HEAD_LR_MULT);
        Run<Trainer.Result> r = run(t -> t.train(config(1, 0, ft, 0, 0), tmp.resolve("whole")));
        assertTrue(r.log().contains("loaded 10 of the model's 10 tensors"), r.log());
        assertFalse(r.log().contains("skipped"), r.log());
        assertFalse(r.log().contains("frozen"), r.log());
    }

    @Test
    void fineTuningMisuseIsNamed() {
        assertEquals("--freeze and --head-lr-mult need --finetune CHECKPOINT",
                assertThrows(IllegalArgumentException.class, () -> new FineTune("", List.of("conv1"), 1)).getMessage());
        assertEquals("--head-lr-mult must be positive, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new FineTune("x.pt", List.of(), 0)).getMessage());
        FineTune noSuchPrefix = new FineTune(pytorchStateDict.toString(), List.of("layer4"), 10);
        String msg = assertThrows(IllegalArgumentException.class,
                () -> run(t -> t.train(config(1, 0, noSuchPrefix, 0, 0), tmp.resolve("bad1")))).getMessage();
        assertTrue(msg.startsWith("--freeze: no parameter name starts with 'layer4' (the model's: conv1.weight,"), msg);
        FineTune all = new FineTune(pytorchStateDict.toString(), List.of("conv", "fc"), 10);
        assertEquals("--freeze: every parameter is frozen, nothing would train", assertThrows(
                IllegalArgumentException.class, () -> run(t -> t.train(config(1, 0, all, 0, 0), tmp.resolve("bad2"))))
                .getMessage());
        FineTune missing = new FineTune(tmp.resolve("nope.pt").toString(), List.of(), 10);
        assertEquals("--finetune: checkpoint not found: " + tmp.resolve("nope.pt"), assertThrows(
                IllegalArgumentException.class, () -> run(t -> t.train(config(1, 0, missing, 0, 0), tmp.resolve("bad3"))))
                .getMessage());
    }

    @Test
    void foldsArePyTorchsRandpermCutAsSklearnsKFold() throws IOException {
        JsonArray cases;
        try (Reader r = new InputStreamReader(FineTuneKFoldTest.class.getResourceAsStream("/fixtures/kfold.json"),
                StandardCharsets.UTF_8)) {
            cases = JsonParser.parseReader(r).getAsJsonArray();
        }
        assertEquals(4, cases.size());
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            int[][] folds = KFold.folds(c.get("n").getAsInt(), c.get("k").getAsInt(), c.get("seed").getAsLong());
            JsonArray expected = c.getAsJsonArray("folds");
            assertEquals(expected.size(), folds.length);
            for (int f = 0; f < folds.length; f++) {
                JsonArray ef = expected.get(f).getAsJsonArray();
                int[] want = new int[ef.size()];
                for (int i = 0; i < want.length; i++) {
                    want[i] = ef.get(i).getAsInt();
                }
                assertArrayEquals(want, folds[f], c + " fold " + f);
            }
        }
        assertArrayEquals(new int[] {1, 2, 5, 6}, KFold.trainingIndices(new int[][] {{1, 2}, {3, 4}, {5, 6}}, 1));
        assertEquals("--kfold 5 needs at least 2 folds and at least 5 training and validation images, got 4",
                assertThrows(IllegalArgumentException.class, () -> KFold.folds(4, 5, 0)).getMessage());
    }

    @Test
    void crossValidationTrainsEachFoldFromTheSameStartAndReportsMeanAndStd() throws IOException {
        Path dir = tmp.resolve("kfold");
        Run<KFold.Result> r = run(t -> t.crossValidate(config(2, 3, FineTune.NONE, 0.1, 0), dir));
        KFold.Result res = r.result();
        assertEquals(3, res.folds().size());
        double[] accs = res.folds().stream().mapToDouble(KFold.FoldResult::validAcc).toArray();
        double mean = (accs[0] + accs[1] + accs[2]) / 3;
        double var = 0;
        for (double a : accs) {
            var += (a - mean) * (a - mean) / 2;
        }
        assertEquals(mean, res.meanAcc(), 1e-12);
        assertEquals(Math.sqrt(var), res.stdAcc(), 1e-12);
        for (KFold.FoldResult f : res.folds()) {
            assertTrue(f.validAcc() > 0.9, r.log());
        }
        assertTrue(r.log().contains("3-fold cross validation over the 270 train + valid images (folds of 90-90)"),
                r.log());
        assertTrue(r.log().contains("fold 3/3 epoch 2/2  train loss"), r.log());
        assertTrue(r.log().contains(String.format(java.util.Locale.ROOT,
                "3-fold cross validation: valid accuracy %.4f +- %.4f", res.meanAcc(), res.stdAcc())), r.log());
        List<String> csv = Files.readAllLines(dir.resolve("kfold.csv"));
        assertEquals("fold,best_epoch,epochs,valid_loss,valid_acc", csv.get(0));
        assertEquals(6, csv.size());
        assertTrue(csv.get(4).startsWith("mean,,,,") && csv.get(5).startsWith("std,,,,"), csv.toString());
        assertEquals(1 + 3 * 2, Files.readAllLines(dir.resolve("kfold-history.csv")).size());
        // folds validate on disjoint parts covering the pool; the first epoch of every fold starts from the same
        // seeded model, so folds differ only by their data
        Set<Integer> seen = new HashSet<>();
        for (int[] fold : KFold.folds(270, 3, 3)) {
            for (int i : fold) {
                assertTrue(seen.add(i));
            }
        }
        assertEquals(270, seen.size());
        // the same seed gives the same folds and numbers
        KFold.Result again = run(t -> t.crossValidate(config(2, 3, FineTune.NONE, 0.1, 0), tmp.resolve("kfold2")))
                .result();
        assertEquals(res, again);
    }

    @Test
    void crossValidationStopsFoldsEarly() {
        // lr so small that nothing moves: patience 1 stops each fold after its second epoch
        TrainConfig cfg = new TrainConfig("mlp", data.toString(), 10, 16, "sgd", 1e-12, 0, 0, "none", 0, 0.1,
                TrainConfig.parseSplit("8:1:1"), 0, 1, 0, 1, 0, false, 2, FineTune.NONE, TrainConfig.DEFAULT_IMAGE_SIZE);
        Run<KFold.Result> r = run(t -> t.crossValidate(cfg, tmp.resolve("kfold-early")));
        for (KFold.FoldResult f : r.result().folds()) {
            assertEquals(2, f.epochs(), r.log());
            assertEquals(1, f.bestEpoch());
        }
        assertTrue(r.log().contains("fold 2: early stop after epoch 2 (best: epoch 1)"), r.log());
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}

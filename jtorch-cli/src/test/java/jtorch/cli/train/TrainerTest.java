package jtorch.cli.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.utils.tensorboard.RecordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reduced training runs on tiny generated IDX data: the run directory's files, resume = uninterrupted, determinism. */
class TrainerTest {
    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void data() throws IOException {
        data = TinyData.write(tmp.resolve("idx"), 300, 1);
    }

    static TrainConfig config(int epochs, String scheduler, double dropout) {
        return config(epochs, scheduler, dropout, false);
    }

    static TrainConfig config(int epochs, String scheduler, double dropout, boolean augment) {
        return new TrainConfig("lenet", data.toString(), epochs, 16, "sgd", 0.05, 0.9, 1e-4, scheduler, 1, 0.5,
                TrainConfig.parseSplit("8:1:1"), dropout, 0, 0, 1, 3, augment);
    }

    static Trainer quiet() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Trainer(sink, sink);
    }

    @Test
    void runDirectoryHasCheckpointsLogsAndPlots() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Path dir = tmp.resolve("run1");
        Trainer.Result r = new Trainer(out, out).train(config(2, "none", 0), dir);
        for (String f : List.of("best.pt", "last.pt", "loss.png", "accuracy.png", "Confusion_Matrix_test.png",
                "history.csv", "test-report.txt")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        Path events;
        try (Stream<Path> s = Files.list(dir)) {
            events = s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents")).findFirst().orElseThrow();
        }
        assertTrue(RecordReader.readAll(events).size() >= 1 + 2 * 5, "scalars per epoch in the event file");
        assertEquals(2, r.history().size());
        assertEquals(3, Files.readAllLines(dir.resolve("history.csv")).size());
        assertEquals(1.0, r.test().accuracy(), "the tiny classes are easy");
        String log = buf.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("240 train / 30 valid / 30 test images"), log);
        assertTrue(log.contains("epoch 2/2  train loss"), log);
        assertTrue(log.contains("test accuracy 1.0000"), log);
        Map<String, Object> ck = Checkpoints.load(dir.resolve("last.pt"));
        assertEquals(2L, ((Number) ck.get("epoch")).longValue());
        assertEquals(List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight", "fc1.bias",
                "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias"), List.copyOf(Checkpoints.stateDict(ck).keySet()));
    }

    @Test
    void resumedRunEqualsTheUninterruptedOne() {
        resumeEqualsUninterrupted(config(3, "step", 0.2), "plain");
    }

    /** Augmentation draws from the checkpointed generator: a resumed augmented run repeats too. */
    @Test
    void resumedAugmentedRunEqualsTheUninterruptedOne() {
        TrainConfig cfg = config(2, "none", 0.2, true);
        resumeEqualsUninterrupted(cfg, "augmented");
        Trainer.Result plain = quiet().train(config(2, "none", 0.2, false), tmp.resolve("not-augmented"));
        Trainer.Result augmented = quiet().train(cfg, tmp.resolve("augmented-again"));
        assertNotEquals(plain.history(), augmented.history());
    }

    private void resumeEqualsUninterrupted(TrainConfig cfg, String name) {
        Trainer.Result full = quiet().train(cfg, tmp.resolve(name + "-full"));
        Trainer first = quiet();
        first.interruptAfter = 1;
        first.train(cfg, tmp.resolve(name + "-resumed"));
        Trainer.Result resumed = quiet().resume(tmp.resolve(name + "-resumed/last.pt"), null, null);
        assertEquals(full.history(), resumed.history());
        Map<String, Tensor> a = Checkpoints.stateDict(Checkpoints.load(tmp.resolve(name + "-full/last.pt")));
        Map<String, Tensor> b = Checkpoints.stateDict(Checkpoints.load(tmp.resolve(name + "-resumed/last.pt")));
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k).toFloatArray(), b.get(k).toFloatArray(), k);
        }
    }

    /**
     * onecycle steps after every batch: the learning rate each epoch starts with is PyTorch's
     * {@code OneCycleLR(SGD(lr=0.05, momentum=0.9), max_lr=0.05, epochs=3, steps_per_epoch=15)} after 0, 15 and 30
     * steps (240 training images in batches of 16), and a resumed run repeats the uninterrupted one.
     */
    @Test
    void oneCycleStepsPerBatchAsPyTorch() {
        Trainer.Result r = quiet().train(config(3, "onecycle", 0), tmp.resolve("onecycle"));
        double[] expected = {0.0020000000000000018, 0.04922693524799833, 0.02065891292314451};
        for (int e = 0; e < 3; e++) {
            assertEquals(expected[e], r.history().get(e).lr(), 1e-15, "lr at the start of epoch " + (e + 1));
        }
        resumeEqualsUninterrupted(config(3, "onecycle", 0), "onecycle-resume");
    }

    @Test
    void sameSeedAndThreadsGiveTheSameRunAndAnotherSeedDoesNot() {
        TrainConfig cfg = config(1, "none", 0.1);
        Trainer.Result a = quiet().train(cfg, tmp.resolve("det-a"));
        Trainer.Result b = quiet().train(cfg, tmp.resolve("det-b"));
        assertEquals(a.history(), b.history());
        TrainConfig other = new TrainConfig("lenet", data.toString(), 1, 16, "sgd", 0.05, 0.9, 1e-4, "none", 1, 0.5,
                TrainConfig.parseSplit("8:1:1"), 0.1, 0, 0, 1, 4, false);
        Trainer.Result c = quiet().train(other, tmp.resolve("det-c"));
        assertTrue(a.history().get(0).trainLoss() != c.history().get(0).trainLoss());
    }

    @Test
    void earlyStoppingStopsWhenValidationLossStallsAndEveryOptimizerTrains() {
        for (String opt : TrainConfig.OPTIMIZERS) {
            for (String sched : TrainConfig.SCHEDULERS) {
                TrainConfig cfg = new TrainConfig(opt.equals("sgd") ? "mlp" : "lenet", data.toString(), 2, 16, opt,
                        TrainConfig.defaultLr(opt), 0, 0, sched, 0, 0.1, TrainConfig.parseSplit("8:1:1"), 0, 0, 0, 1, 0, false);
                Trainer.Result r = quiet().train(cfg, tmp.resolve("opt-" + opt + "-" + sched));
                assertTrue(r.history().get(1).validAcc() > 0.6, opt + "/" + sched + ": " + r.history());
            }
        }
        // lr so small that no float32 weight moves: the validation loss stays, patience 1 stops after epoch 2
        TrainConfig cfg = new TrainConfig("mlp", data.toString(), 30, 16, "sgd", 1e-12, 0, 0, "none", 0, 0.1,
                TrainConfig.parseSplit("8:1:1"), 0, 1, 0, 1, 0, false);
        Trainer.Result r = quiet().train(cfg, tmp.resolve("early"));
        assertEquals(2, r.history().size());
    }

    @Test
    void splitParsing() {
        assertArrayEquals(new double[] {0.8, 0.1, 0.1}, TrainConfig.parseSplit("8:1:1"));
        assertArrayEquals(new double[] {0.7, 0.2, 0.1}, TrainConfig.parseSplit("0.7:0.2:0.1"), 1e-12);
        for (String bad : List.of("8:1", "a:1:1", "8:0:1", "8:-1:1", "8:1:1:1")) {
            try {
                TrainConfig.parseSplit(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("--split"), e.getMessage());
            }
        }
    }
}

package jtorch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import jtorch.Torch;
import jtorch.cli.train.TinyData;
import jtorch.cli.train.TrainConfig;
import jtorch.vision.io.Images;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jtorch command: parsing of every option, one-line errors, and train → eval → predict on tiny data. */
class MainTest {
    @TempDir
    static Path tmp;
    static Path data;
    static Path run;
    static String trainLog;

    /** Output and exit status of one command. */
    record Outcome(int status, String out, String err) {
    }

    static Outcome jtorch(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8), args);
        return new Outcome(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static <T> T parse(Class<T> type, String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = Main.commandLine(sink, sink);
        List<CommandLine> parsed = cl.parseArgs(args).asCommandLineList();
        return type.cast(parsed.get(parsed.size() - 1).getCommand());
    }

    @BeforeAll
    static void trainOnTinyData() throws IOException {
        data = TinyData.write(tmp.resolve("idx"), 300, 7);
        run = tmp.resolve("run");
        Outcome r = jtorch("train", "--data", data.toString(), "--epochs", "4", "--lr", "0.01", "--batch-size", "16", "--threads", "1",
                "--out", run.toString());
        assertEquals(0, r.status(), r.err());
        trainLog = r.out();
    }

    @Test
    void benchPassesItsOptionsToJtorchBench() throws IOException {
        BenchCommand b = parse(BenchCommand.class, "bench", "--workloads", "reduce", "--threads", "1", "--reps", "1",
                "--warmup", "0.1", "--python", "none", "--no-fma-peak", "--json", tmp.resolve("bench.jsonl").toString());
        assertEquals(List.of("--no-djl", "--workloads", "reduce", "--threads", "1", "--reps", "1", "--warmup", "0.1",
                "--python", "none", "--json", tmp.resolve("bench.jsonl").toString(), "--no-fma-peak"), b.benchArgs());
        assertEquals(List.of("--no-djl"), parse(BenchCommand.class, "bench").benchArgs());
        // a short jtorch-only run writes one JSON line per case (reduce: sum, max_dim1, softmax_dim1, log_softmax_dim1)
        Outcome r = jtorch("bench", "--workloads", "reduce", "--threads", "1", "--reps", "1", "--warmup", "0.1",
                "--python", "none", "--no-fma-peak", "--json", tmp.resolve("bench.jsonl").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(4, Files.readAllLines(tmp.resolve("bench.jsonl")).size());
    }

    @Test
    void trainDefaultsAreTheSeedsLeNetOnTheBundledData() {
        TrainConfig c = parse(TrainCommand.class, "train", "--threads", "2").config();
        assertEquals(new TrainConfig("lenet", "fashion-mnist", TrainCommand.DEFAULT_EPOCHS, 64, "sgd", 0.05, 0.9, 0,
                "none", 0, 0.1, new double[] {0.8, 0.1, 0.1}, 0, 0, 0, 2, 0, false).toMap(), c.toMap());
        TrainCommand t = parse(TrainCommand.class, "train");
        assertNull(t.resume);
        assertNull(t.out);
        assertEquals(Runtime.getRuntime().availableProcessors(), t.config().threads());
    }

    @Test
    void trainParsesEveryOption() {
        TrainCommand t = parse(TrainCommand.class, "train", "--model", "mlp", "--data", "/some/dir", "--epochs", "5",
                "--batch-size", "32", "--optimizer", "rmsprop", "--lr", "0.002", "--momentum", "0.5", "--weight-decay",
                "1e-4", "--scheduler", "plateau", "--step-size", "3", "--gamma", "0.5", "--split", "7:2:1", "--dropout",
                "0.25", "--early-stop", "4", "--workers", "2", "--threads", "1", "--seed", "42", "--augment", "--out", "o");
        TrainConfig c = t.config();
        assertEquals("mlp", c.model());
        assertEquals("/some/dir", c.data());
        assertEquals(5, c.epochs());
        assertEquals(32, c.batchSize());
        assertEquals("rmsprop", c.optimizer());
        assertEquals(0.002, c.lr());
        assertEquals(0.5, c.momentum());
        assertEquals(1e-4, c.weightDecay());
        assertEquals("plateau", c.scheduler());
        assertEquals(3, c.stepSize());
        assertEquals(0.5, c.gamma());
        assertArrayEquals(new double[] {0.7, 0.2, 0.1}, c.split(), 1e-12);
        assertEquals(0.25, c.dropout());
        assertEquals(4, c.earlyStop());
        assertTrue(c.augment());
        assertEquals(2, c.workers());
        assertEquals(1, c.threads());
        assertEquals(42, c.seed());
        assertEquals(Path.of("o"), t.out);
        assertEquals(Path.of("r.pt"), parse(TrainCommand.class, "train", "--resume", "r.pt").resume);
        // per-optimizer defaults
        assertEquals(1e-3, parse(TrainCommand.class, "train", "--optimizer", "adam").config().lr());
        assertEquals(0.0, parse(TrainCommand.class, "train", "--optimizer", "adamw").config().momentum());
        assertEquals(TrainConfig.fromMap(c.toMap()).toMap(), c.toMap());
    }

    @Test
    void trainParsesKFoldAndFineTuning() {
        TrainConfig c = parse(TrainCommand.class, "train", "--kfold", "5", "--finetune", "pre.pt", "--freeze", "conv1",
                "conv2", "--freeze", "fc1", "--head-lr-mult", "4").config();
        assertEquals(5, c.kfold());
        assertEquals("pre.pt", c.fineTune().checkpoint());
        assertEquals(List.of("conv1", "conv2", "fc1"), c.fineTune().freeze());
        assertEquals(4.0, c.fineTune().headLrMult());
        assertEquals(TrainConfig.fromMap(c.toMap()).toMap(), c.toMap());
        TrainConfig d = parse(TrainCommand.class, "train", "--finetune", "pre.pt").config();
        assertEquals(10.0, d.fineTune().headLrMult(), "the seed's lr_init*10");
        assertEquals(List.of(), d.fineTune().freeze());
        TrainConfig plain = parse(TrainCommand.class, "train").config();
        assertEquals(0, plain.kfold());
        assertFalse(plain.fineTune().enabled());
    }

    @Test
    void kfoldThroughTheCommand() throws IOException {
        Path dir = tmp.resolve("kfold");
        Outcome r = jtorch("train", "--data", data.toString(), "--epochs", "1", "--kfold", "2", "--batch-size", "16",
                "--threads", "1", "--out", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2-fold cross validation: valid accuracy "), r.out());
        assertEquals(5, Files.readAllLines(dir.resolve("kfold.csv")).size());
    }

    @Test
    void otherCommandsParse() {
        EvalCommand e = parse(EvalCommand.class, "eval", "--checkpoint", "a.pt", "--data", "d", "--batch-size", "10",
                "--threads", "1");
        assertEquals(Path.of("a.pt"), e.checkpoint);
        assertEquals("d", e.data);
        assertEquals(10, e.batchSize);
        assertEquals(1, e.threads);
        PredictCommand p = parse(PredictCommand.class, "predict", "--checkpoint", "b.pt", "--topk", "2", "x.png", "y.png");
        assertEquals(Path.of("b.pt"), p.checkpoint);
        assertEquals(2, p.topk);
        assertEquals(List.of(Path.of("x.png"), Path.of("y.png")), p.images);
        SummaryCommand s = parse(SummaryCommand.class, "summary", "--model", "mlp", "--input", "1,28,28", "--classes", "3");
        assertEquals("mlp", s.model);
        assertArrayEquals(new int[] {1, 28, 28}, s.inputSize());
        assertEquals(3, s.classes);
    }

    @Test
    void badArgumentsGiveOneClearLineAndANonZeroExit() {
        String[][] bad = {
            {"train", "--epochs", "x"}, {"train", "--epochs", "0"}, {"train", "--model", "vgg99"},
            {"train", "--optimizer", "foo"}, {"train", "--scheduler", "bar"}, {"train", "--lr", "-1"},
            {"train", "--split", "8:1"}, {"train", "--dropout", "1.5"}, {"train", "--momentum", "2"},
            {"train", "--batch-size", "0"}, {"train", "--bogus"}, {"train", "--resume", "x.pt", "--lr", "0.1"},
            {"train", "--kfold", "1"}, {"train", "--kfold", "-2"}, {"train", "--freeze", "conv1"},
            {"train", "--head-lr-mult", "2"}, {"train", "--finetune", "x.pt", "--head-lr-mult", "0"},
            {"train", "--finetune", "x.pt", "--freeze"}, {"train", "--resume", "x.pt", "--kfold", "3"},
            {"eval"}, {"predict", "--checkpoint", "a.pt"}, {"summary", "--input", "1,32"},
            {"summary", "--model", "lenet", "--input", "1,28,28"}, {"nosuchcommand"},
        };
        for (String[] args : bad) {
            Outcome o = jtorch(args);
            assertEquals(2, o.status(), String.join(" ", args));
            assertEquals(1, o.err().strip().lines().count(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().startsWith("jtorch"), o.err());
        }
        Outcome missing = jtorch("eval", "--checkpoint", tmp.resolve("nope.pt").toString());
        assertEquals(1, missing.status());
        assertEquals("jtorch eval: checkpoint not found: " + tmp.resolve("nope.pt"), missing.err().strip());
        Outcome noData = jtorch("train", "--data", tmp.resolve("nodata").toString());
        assertEquals(1, noData.status());
        assertEquals(1, noData.err().strip().lines().count(), noData.err());
    }

    @Test
    void helpAndNoArguments() {
        Outcome none = jtorch();
        assertEquals(0, none.status());
        assertTrue(none.out().contains("Usage: jtorch"), none.out());
        for (String cmd : List.of("train", "eval", "predict", "summary")) {
            Outcome h = jtorch(cmd, "--help");
            assertEquals(0, h.status());
            assertTrue(h.out().contains("Usage: jtorch " + cmd), h.out());
        }
        String trainHelp = jtorch("train", "--help").out();
        for (String option : List.of("--early-stop", "--kfold", "--finetune", "--freeze", "--head-lr-mult")) {
            assertTrue(trainHelp.contains(option), option);
        }
        assertTrue(none.out().contains("jtorch example"), none.out());
    }

    @Test
    void summaryPrintsTheLayerTable() {
        Outcome s = jtorch("summary", "--model", "lenet", "--input", "1,32,32");
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("Conv2d-1"), s.out());
        assertTrue(s.out().contains("Total params: 61,706"), s.out());
        Outcome m = jtorch("summary", "--model", "mlp", "--input", "1,28,28");
        assertTrue(m.out().contains("Total params: 203,530"), m.out());
        // torchvision.models.resnet18(num_classes=10): 11,181,642 parameters
        Outcome r = jtorch("summary", "--model", "resnet18", "--input", "3,32,32");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Total params: 11,181,642"), r.out());
        Outcome one = jtorch("summary", "--model", "resnet18", "--input", "1,32,32");
        assertTrue(one.status() != 0 && one.err().contains("resnet18 takes 3-channel input"), one.err());
    }

    @Test
    void trainSaysWhereItWroteAndEvalReproducesTheTestAccuracy() {
        assertTrue(trainLog.contains("run directory " + run), trainLog);
        assertTrue(trainLog.contains("test accuracy 1.0000 (30 images"), trainLog);
        Outcome e = jtorch("eval", "--checkpoint", run.resolve("best.pt").toString(), "--threads", "1");
        assertEquals(0, e.status(), e.err());
        assertTrue(e.out().contains("30 images"), e.out());
        assertTrue(e.out().contains("accuracy 1.0000"), e.out());
        assertTrue(e.out().contains("2 - two           1.0000    1.0000    1.0000"), e.out());
        Outcome all = jtorch("eval", "--checkpoint", run.resolve("last.pt").toString(), "--data", data.toString());
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("(all images), 300 images"), all.out());
    }

    @Test
    void predictReturnsTheClassOfAnImageTheTestWrites() throws IOException {
        Random rnd = new Random(99);
        Path[] pngs = new Path[3];
        for (int label = 0; label < 3; label++) {
            byte[] px = TinyData.image(label, rnd);
            int[] v = new int[px.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = px[i] & 0xFF;
            }
            pngs[label] = tmp.resolve("class" + label + ".png");
            Images.writePng(Torch.fromArray(v, 1, 28, 28).to(jtorch.DType.UINT8), pngs[label]);
        }
        Outcome p = jtorch("predict", "--checkpoint", run.resolve("best.pt").toString(), "--topk", "2",
                pngs[0].toString(), pngs[1].toString(), pngs[2].toString());
        assertEquals(0, p.status(), p.err());
        List<String> lines = p.out().lines().toList();
        assertEquals(3, lines.size(), p.out());
        String[] names = {"0 - zero", "1 - one", "2 - two"};
        for (int label = 0; label < 3; label++) {
            assertTrue(lines.get(label).startsWith(pngs[label] + ":  " + names[label] + " "), lines.get(label));
        }
    }
}

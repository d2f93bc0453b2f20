package jtorch.cli.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.functional.F;
import jtorch.optim.Adam;
import jtorch.optim.AdamW;
import jtorch.optim.Optimizer;
import jtorch.optim.RMSprop;
import jtorch.optim.SGD;
import jtorch.optim.lr.CosineAnnealingLR;
import jtorch.optim.lr.LRScheduler;
import jtorch.optim.lr.ReduceLROnPlateau;
import jtorch.optim.lr.StepLR;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.Dataset;
import jtorch.utils.data.TensorDataset;
import jtorch.utils.plot.Plots;
import jtorch.utils.progress.Progress;
import jtorch.utils.tensorboard.SummaryWriter;

/**
 * The seed's four steps in one run: data (load, split 8:1:1, normalise, pad), network, loss + optimizer
 * (+ learning-rate scheduler), and the training loop with validation after each epoch, logging to the console
 * (with a progress bar), to TensorBoard and to PNG curves; then the test accuracy of the best model (lowest
 * validation loss) and its confusion matrix.
 *
 * <p>Files of a run directory: {@code last.pt} (after every epoch: everything {@code --resume} needs) and
 * {@code best.pt} (same content, at the best epoch) in PyTorch's format, TensorBoard event files,
 * {@code loss.png}, {@code accuracy.png}, {@code Confusion_Matrix_test.png}, {@code history.csv} and
 * {@code test-report.txt}. Checkpoints are written atomically, so an interrupted run (Ctrl-C) leaves the last
 * complete epoch's checkpoint intact; resuming from it continues exactly as the uninterrupted run would have.
 */
public final class Trainer {
    /** Validation and test batch size (evaluation needs no small batches). */
    static final int EVAL_BATCH = 1000;

    /**
     * One epoch's numbers.
     *
     * @param epoch     1-based epoch
     * @param trainLoss mean training loss of the epoch's batches (weighted by batch size)
     * @param trainAcc  training accuracy during the epoch (train mode)
     * @param validLoss validation loss after the epoch
     * @param validAcc  validation accuracy after the epoch
     * @param lr        learning rate of the epoch (first parameter group)
     */
    public record EpochStats(int epoch, double trainLoss, double trainAcc, double validLoss, double validAcc,
                             double lr) {
    }

    /**
     * What a run produced.
     *
     * @param runDir    the run directory
     * @param test      the best model's evaluation on the test set
     * @param history   every epoch so far (including those before a resume)
     * @param bestEpoch the epoch of {@code best.pt}
     */
    public record Result(Path runDir, Evaluation test, List<EpochStats> history, int bestEpoch) {
    }

    private final PrintStream out;
    private final PrintStream err;
    /** Tests: stop after this many epochs of this run as an interruption would (negative: never). */
    int interruptAfter = -1;

    /** A trainer printing epoch lines to {@code out} and progress bars to {@code err}. */
    public Trainer(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A fresh run of {@code cfg} into {@code outDir}, or into {@code runs/<timestamp>} when it is null. */
    public Result train(TrainConfig cfg, Path outDir) {
        return run(cfg, outDir != null ? outDir : newRunDir(), null);
    }

    /**
     * Continues the run saved in {@code checkpoint} ({@code last.pt}) with its own configuration, to
     * {@code epochs} epochs in total when not null; writes into {@code outDir}, or next to the checkpoint.
     */
    public Result resume(Path checkpoint, Integer epochs, Path outDir) {
        Map<String, Object> ck = Checkpoints.load(checkpoint);
        TrainConfig cfg = TrainConfig.fromMap((Map<?, ?>) ck.get("config"));
        if (epochs != null) {
            cfg = cfg.withEpochs(epochs);
        }
        Path dir = outDir != null ? outDir : checkpoint.toAbsolutePath().getParent();
        return run(cfg, dir, ck);
    }

    private Result run(TrainConfig cfg, Path runDir, Map<String, Object> resumeFrom) {
        Torch.setNumThreads(cfg.threads());
        ImageData[] sets = ImageData.load(cfg.data());
        ImageData.Splits splits = ImageData.Splits.of(sets[0], sets[1], cfg.split(), cfg.seed());
        ImageData train = splits.train();
        Preprocessing.Geometry geometry = Models.geometry(cfg.model(), (int) train.images().size(1), train.height(),
                train.width());
        Preprocessing prep = Preprocessing.fit(train.images(), geometry);
        Tensor xTrain = prep.apply(train.images());
        Tensor xValid = prep.apply(splits.valid().images());
        Tensor xTest = prep.apply(splits.test().images());
        List<String> classes = train.classes();
        int c = (int) xTrain.size(1);
        int h = (int) xTrain.size(2);
        int w = (int) xTrain.size(3);

        Torch.manualSeed(cfg.seed());
        Module model = Models.create(cfg.model(), c, h, w, classes.size(), cfg.dropout());
        Optimizer optimizer = optimizer(cfg, model);
        Object scheduler = scheduler(cfg, optimizer);

        List<EpochStats> history = new ArrayList<>();
        int start = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int badEpochs = 0;
        if (resumeFrom != null) {
            Checkpoints.restore(resumeFrom, model, optimizer, scheduler);
            start = Checkpoints.num(resumeFrom, "epoch").intValue();
            history.addAll(Checkpoints.history(resumeFrom));
            bestLoss = Checkpoints.num(resumeFrom, "best_val_loss").doubleValue();
            bestEpoch = Checkpoints.num(resumeFrom, "best_epoch").intValue();
            badEpochs = Checkpoints.num(resumeFrom, "bad_epochs").intValue();
        }
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + runDir, e);
        }

        out.printf(Locale.ROOT, "jtorch train: %s on %s: %d train / %d valid / %d test images, %dx%d%s, %d classes%n",
                cfg.model(), describe(cfg.data()), train.size(), splits.valid().size(), splits.test().size(),
                train.height(), train.width(), describe(geometry, (int) train.images().size(1), h, w), classes.size());
        out.printf(Locale.ROOT, "  %s lr %s momentum %s weight decay %s, scheduler %s, batch %d, dropout %s%s, "
                        + "seed %d, %d threads%n", cfg.optimizer(), fmt(cfg.lr()), fmt(cfg.momentum()),
                fmt(cfg.weightDecay()), cfg.scheduler(), cfg.batchSize(), fmt(cfg.dropout()),
                cfg.augment() ? ", augmented" : "", cfg.seed(), cfg.threads());
        out.println((resumeFrom != null ? "  resuming after epoch " + start + ", writing to " : "  writing to ")
                + runDir);

        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("model", cfg.model());
        fixed.put("config", cfg.toMap());
        fixed.put("classes", classes);
        fixed.put("normalize", Map.of("mean", prep.mean(), "std", prep.std(), "pad", (long) prep.pad(), "channels",
                (long) geometry.channels(), "resize", (long) geometry.resize()));
        fixed.put("input_shape", List.of((long) train.images().size(1), (long) train.height(), (long) train.width()));

        Dataset<List<Tensor>> trainSet = cfg.augment() ? Augmentation.of(xTrain, train.labels())
                : new TensorDataset(xTrain, train.labels());
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(trainSet,
                DataLoader.options().batchSize(cfg.batchSize()).shuffle(true).numWorkers(cfg.workers()));
        SummaryWriter.Options wo = SummaryWriter.options().logDir(runDir);
        if (start > 0) {
            wo.purgeStep(start + 1);
        }
        int epochsThisRun = 0;
        try (SummaryWriter writer = new SummaryWriter(wo)) {
            if (start == 0) {
                writer.addText("config", cfg.toMap().toString(), 0);
            }
            for (int epoch = start + 1; epoch <= cfg.epochs(); epoch++) {
                if (interruptAfter >= 0 && epochsThisRun == interruptAfter) {
                    out.println("interrupted after epoch " + (epoch - 1));
                    return new Result(runDir, null, history, bestEpoch);
                }
                long t0 = System.nanoTime();
                double lr = optimizer.paramGroups().get(0).lr();
                model.train();
                double lossSum = 0;
                long correct = 0;
                long seen = 0;
                boolean terminal = System.console() != null && err == System.err;
                Progress<List<Tensor>> bar = Progress.wrap(loader, String.format(Locale.ROOT, "epoch %d/%d", epoch,
                        cfg.epochs()), loader.size(), err, terminal, System::nanoTime, terminal ? 10 : 50);
                for (List<Tensor> batch : bar) {
                    Tensor xb = batch.get(0);
                    Tensor yb = batch.get(1);
                    optimizer.zeroGrad();
                    Tensor logits = model.call(xb);
                    Tensor loss = F.crossEntropy(logits, yb);
                    loss.backward();
                    optimizer.step();
                    long n = yb.size(0);
                    lossSum += loss.item() * n;
                    seen += n;
                    try (var g = Torch.noGrad()) {
                        correct += (long) logits.argmax(1).eq(yb).sum().item();
                    }
                    bar.setPostfix("loss", lossSum / seen);
                }
                Evaluation valid = Evaluation.of(model, xValid, splits.valid().labels(), classes.size(), EVAL_BATCH);
                EpochStats st = new EpochStats(epoch, lossSum / seen, (double) correct / seen, valid.loss(),
                        valid.accuracy(), lr);
                history.add(st);
                if (scheduler instanceof LRScheduler s) {
                    s.step();
                } else if (scheduler instanceof ReduceLROnPlateau p) {
                    p.step(valid.loss());
                }
                boolean better = bestEpoch == 0 || valid.loss() < bestLoss; // a NaN first epoch is still saved
                if (better) {
                    bestLoss = valid.loss();
                    bestEpoch = epoch;
                    badEpochs = 0;
                } else {
                    badEpochs++;
                }
                writer.addScalar("Loss/train", st.trainLoss(), epoch);
                writer.addScalar("Loss/valid", st.validLoss(), epoch);
                writer.addScalar("Accuracy/train", st.trainAcc(), epoch);
                writer.addScalar("Accuracy/valid", st.validAcc(), epoch);
                writer.addScalar("LearningRate", lr, epoch);
                writer.flush();

                Map<String, Object> ck = new LinkedHashMap<>(fixed);
                ck.put("epoch", (long) epoch);
                ck.put("model_state_dict", model.stateDict());
                ck.put("optimizer_state_dict", optimizer.stateDict());
                if (scheduler instanceof LRScheduler s) {
                    ck.put("scheduler_state_dict", s.stateDict());
                } else if (scheduler instanceof ReduceLROnPlateau p) {
                    ck.put("scheduler_state_dict", p.stateDict());
                }
                ck.put("rng_state", Torch.getRngState());
                ck.put("history", Checkpoints.historyMap(history));
                ck.put("best_val_loss", bestLoss);
                ck.put("best_epoch", (long) bestEpoch);
                ck.put("bad_epochs", (long) badEpochs);
                if (better) {
                    Torch.save(ck, runDir.resolve("best.pt"));
                }
                Torch.save(ck, runDir.resolve("last.pt"));
                epochsThisRun++;
                out.printf(Locale.ROOT, "epoch %d/%d  train loss %.4f acc %.4f | valid loss %.4f acc %.4f | lr %s | "
                                + "%.1fs%s%n", epoch, cfg.epochs(), st.trainLoss(), st.trainAcc(), st.validLoss(),
                        st.validAcc(), fmt(lr), (System.nanoTime() - t0) / 1e9, better ? "  *best" : "");
                if (cfg.earlyStop() > 0 && badEpochs >= cfg.earlyStop()) {
                    out.printf(Locale.ROOT, "early stop: validation loss has not improved for %d epochs (best: epoch "
                            + "%d)%n", badEpochs, bestEpoch);
                    break;
                }
            }
            // the best model on the test set
            Map<String, Object> best = Checkpoints.load(runDir.resolve("best.pt"));
            model.loadStateDict(Checkpoints.stateDict(best), true);
            Evaluation test = Evaluation.of(model, xTest, splits.test().labels(), classes.size(), EVAL_BATCH);
            writer.addScalar("Accuracy/test", test.accuracy(), bestEpoch);
            writeArtifacts(runDir, history, test, classes);
            out.printf(Locale.ROOT, "test accuracy %.4f (%d images, best model: epoch %d, valid loss %.4f)%n",
                    test.accuracy(), splits.test().size(), bestEpoch, bestLoss);
            out.println("run directory " + runDir + ": best.pt, last.pt, TensorBoard events (tensorboard --logdir "
                    + runDir + "), loss.png, accuracy.png, Confusion_Matrix_test.png, history.csv, test-report.txt");
            return new Result(runDir, test, history, bestEpoch);
        }
    }

    private static void writeArtifacts(Path dir, List<EpochStats> history, Evaluation test, List<String> classes) {
        int n = history.size();
        double[] tl = new double[n];
        double[] vl = new double[n];
        double[] ta = new double[n];
        double[] va = new double[n];
        StringBuilder csv = new StringBuilder("epoch,train_loss,train_acc,valid_loss,valid_acc,lr\n");
        for (int i = 0; i < n; i++) {
            EpochStats s = history.get(i);
            tl[i] = s.trainLoss();
            vl[i] = s.validLoss();
            ta[i] = s.trainAcc();
            va[i] = s.validAcc();
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s%n", s.epoch(), s.trainLoss(), s.trainAcc(),
                    s.validLoss(), s.validAcc(), s.lr()));
        }
        Map<String, double[]> loss = new LinkedHashMap<>();
        loss.put("train", tl);
        loss.put("valid", vl);
        Map<String, double[]> acc = new LinkedHashMap<>();
        acc.put("train", ta);
        acc.put("valid", va);
        Plots.save(Plots.curves("Loss", "loss", loss), dir.resolve("loss.png"));
        Plots.save(Plots.curves("Accuracy", "accuracy", acc), dir.resolve("accuracy.png"));
        Plots.showConfMat(test.confusion(), classes, "test", dir);
        try {
            Files.writeString(dir.resolve("history.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("test-report.txt"), test.report(classes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir, e);
        }
    }

    static Optimizer optimizer(TrainConfig cfg, Module model) {
        return switch (cfg.optimizer()) {
            case "sgd" -> new SGD(model.parameters(), SGD.options(cfg.lr()).momentum(cfg.momentum())
                    .weightDecay(cfg.weightDecay()));
            case "adam" -> new Adam(model.parameters(), Adam.options().lr(cfg.lr()).weightDecay(cfg.weightDecay()));
            case "adamw" -> new AdamW(model.parameters(), AdamW.options().lr(cfg.lr()).weightDecay(cfg.weightDecay()));
            case "rmsprop" -> new RMSprop(model.parameters(), RMSprop.options().lr(cfg.lr()).momentum(cfg.momentum())
                    .weightDecay(cfg.weightDecay()));
            default -> throw new IllegalArgumentException("unknown optimizer " + cfg.optimizer());
        };
    }

    static Object scheduler(TrainConfig cfg, Optimizer optimizer) {
        return switch (cfg.scheduler()) {
            case "none" -> null;
            case "step" -> new StepLR(optimizer, cfg.stepSize() > 0 ? cfg.stepSize() : Math.max(1, cfg.epochs() / 3),
                    cfg.gamma());
            case "cosine" -> new CosineAnnealingLR(optimizer, cfg.epochs());
            case "plateau" -> new ReduceLROnPlateau(optimizer, ReduceLROnPlateau.options().factor(cfg.gamma())
                    .patience(cfg.stepSize() > 0 ? cfg.stepSize() : 2));
            default -> throw new IllegalArgumentException("unknown scheduler " + cfg.scheduler());
        };
    }

    // " padded to 32x32", " padded and resized to 64x64, replicated to 3 channels", ...
    private static String describe(Preprocessing.Geometry g, int rawChannels, int h, int w) {
        String s = g.pad() > 0 ? " padded" : "";
        if (g.resize() > 0) {
            s += s.isEmpty() ? " resized" : " and resized";
        }
        if (!s.isEmpty()) {
            s += " to " + h + "x" + w;
        }
        return s + (g.channels() != rawChannels ? ", replicated to " + g.channels() + " channels" : "");
    }

    private static String describe(String data) {
        return data.equals(ImageData.BUNDLED) ? "fashion-mnist (the bundled Fashion-MNIST test split)" : data;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1");
    }

    private static Path newRunDir() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path dir = Path.of("runs", stamp);
        for (int i = 1; Files.exists(dir); i++) {
            dir = Path.of("runs", stamp + "-" + i);
        }
        return dir;
    }
}

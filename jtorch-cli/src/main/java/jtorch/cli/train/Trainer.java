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
import jtorch.optim.ParamGroup;
import jtorch.optim.RMSprop;
import jtorch.optim.SGD;
import jtorch.optim.lr.CosineAnnealingLR;
import jtorch.optim.lr.LRScheduler;
import jtorch.optim.lr.OneCycleLR;
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

    /**
     * The data of a run, split, normalised and brought to the model's geometry.
     *
     * @param splits   the raw train / validation / test sets
     * @param prep     normalisation fitted on the training images, and the geometry
     * @param xTrain   model-ready training images
     * @param xValid   model-ready validation images
     * @param xTest    model-ready test images
     */
    private record Data(ImageData.Splits splits, Preprocessing prep, Tensor xTrain, Tensor xValid, Tensor xTest) {
        static Data prepare(TrainConfig cfg) {
            ImageData[] sets = ImageData.load(cfg.data(), cfg.folderFormat());
            ImageData.Splits splits = ImageData.Splits.of(sets[0], sets[1], cfg.split(), cfg.seed());
            ImageData train = splits.train();
            Preprocessing.Geometry geometry = Models.geometry(cfg.model(), (int) train.images().size(1),
                    train.height(), train.width());
            Preprocessing prep = Preprocessing.fit(train.images(), geometry);
            return new Data(splits, prep, prep.apply(train.images()), prep.apply(splits.valid().images()),
                    prep.apply(splits.test().images()));
        }

        List<String> classes() {
            return splits.train().classes();
        }

        ImageData train() {
            return splits.train();
        }
    }

    /** The run's first console lines: model, data, geometry and optimizer settings. */
    private void header(TrainConfig cfg, Data d) {
        ImageData train = d.train();
        out.printf(Locale.ROOT, "jtorch train: %s on %s: %d train / %d valid / %d test images, %dx%d%s, %d classes%n",
                cfg.model(), describe(cfg.data()), train.size(), d.splits().valid().size(), d.splits().test().size(),
                train.height(), train.width(), describe(d.prep().geometry(), (int) train.images().size(1),
                        (int) d.xTrain().size(2), (int) d.xTrain().size(3)), d.classes().size());
        out.printf(Locale.ROOT, "  %s lr %s momentum %s weight decay %s, scheduler %s, batch %d, dropout %s%s, "
                        + "seed %d, %d threads%n", cfg.optimizer(), fmt(cfg.lr()), fmt(cfg.momentum()),
                fmt(cfg.weightDecay()), cfg.scheduler(), cfg.batchSize(), fmt(cfg.dropout()),
                cfg.augment() ? ", augmented" : "", cfg.seed(), cfg.threads());
    }

    /**
     * A freshly initialised model after {@code torch.manual_seed(seed)}, with the fine-tuning checkpoint's weights
     * when {@code loadFineTune} (not for a resumed run: its checkpoint has them) and its frozen parameters.
     */
    private Module newModel(TrainConfig cfg, Data d, boolean loadFineTune) {
        Torch.manualSeed(cfg.seed());
        Module model = Models.create(cfg.model(), (int) d.xTrain().size(1), (int) d.xTrain().size(2),
                (int) d.xTrain().size(3), d.classes().size(), cfg.dropout());
        if (loadFineTune && cfg.fineTune().enabled()) {
            cfg.fineTune().load(model, out);
        }
        cfg.fineTune().freeze(model, out);
        if (cfg.fineTune().enabled()) {
            out.println("  head " + FineTune.headPrefix(model) + "* in a second parameter group at lr "
                    + fmt(cfg.lr() * cfg.fineTune().headLrMult()) + " (--lr x --head-lr-mult "
                    + fmt(cfg.fineTune().headLrMult()) + ")");
        }
        return model;
    }

    private Dataset<List<Tensor>> trainingSet(TrainConfig cfg, Tensor x, Tensor y) {
        return cfg.augment() ? Augmentation.of(x, y) : new TensorDataset(x, y);
    }

    /** One training epoch over {@code loader}: mean loss and accuracy of its batches (train mode). */
    private double[] trainEpoch(Module model, Optimizer optimizer, Object scheduler,
                                DataLoader<List<Tensor>, List<Tensor>> loader, String label) {
        model.train();
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        boolean terminal = System.console() != null && err == System.err;
        Progress<List<Tensor>> bar = Progress.wrap(loader, label, loader.size(), err, terminal, System::nanoTime,
                terminal ? 10 : 50);
        for (List<Tensor> batch : bar) {
            Tensor xb = batch.get(0);
            Tensor yb = batch.get(1);
            optimizer.zeroGrad();
            Tensor logits = model.call(xb);
            Tensor loss = F.crossEntropy(logits, yb);
            loss.backward();
            optimizer.step();
            if (scheduler instanceof OneCycleLR s) {
                s.step();
            }
            long n = yb.size(0);
            lossSum += loss.item() * n;
            seen += n;
            try (var g = Torch.noGrad()) {
                correct += (long) logits.argmax(1).eq(yb).sum().item();
            }
            bar.setPostfix("loss", lossSum / seen);
        }
        return new double[] {lossSum / seen, (double) correct / seen};
    }

    private Result run(TrainConfig cfg, Path runDir, Map<String, Object> resumeFrom) {
        Torch.setNumThreads(cfg.threads());
        Data d = Data.prepare(cfg);
        header(cfg, d);
        ImageData.Splits splits = d.splits();
        ImageData train = d.train();
        Preprocessing prep = d.prep();
        Preprocessing.Geometry geometry = prep.geometry();
        List<String> classes = d.classes();

        Module model = newModel(cfg, d, resumeFrom == null);
        Optimizer optimizer = optimizer(cfg, model);
        DataLoader<List<Tensor>, List<Tensor>> loader = loader(cfg, d.xTrain(), train.labels());
        Object scheduler = scheduler(cfg, optimizer, loader.size());

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
        createDirectories(runDir);
        out.println((resumeFrom != null ? "  resuming after epoch " + start + ", writing to " : "  writing to ")
                + runDir);

        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("model", cfg.model());
        fixed.put("config", cfg.toMap());
        fixed.put("classes", classes);
        fixed.put("normalize", Map.of("mean", prep.mean(), "std", prep.std(), "pad", (long) prep.pad(), "channels",
                (long) geometry.channels(), "resize", (long) geometry.resize()));
        fixed.put("input_shape", List.of((long) train.images().size(1), (long) train.height(), (long) train.width()));

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
                double[] tr = trainEpoch(model, optimizer, scheduler, loader, String.format(Locale.ROOT, "epoch %d/%d", epoch,
                        cfg.epochs()));
                Evaluation valid = Evaluation.of(model, d.xValid(), splits.valid().labels(), classes.size(), EVAL_BATCH);
                EpochStats st = new EpochStats(epoch, tr[0], tr[1], valid.loss(),
                        valid.accuracy(), lr);
                history.add(st);
                epochEnd(scheduler, valid.loss());
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
            Evaluation test = Evaluation.of(model, d.xTest(), splits.test().labels(), classes.size(), EVAL_BATCH);
            writer.addScalar("Accuracy/test", test.accuracy(), bestEpoch);
            writeArtifacts(runDir, history, test, classes);
            out.printf(Locale.ROOT, "test accuracy %.4f (%d images, best model: epoch %d, valid loss %.4f)%n",
                    test.accuracy(), splits.test().size(), bestEpoch, bestLoss);
            out.println("run directory " + runDir + ": best.pt, last.pt, TensorBoard events (tensorboard --logdir "
                    + runDir + "), loss.png, accuracy.png, Confusion_Matrix_test.png, history.csv, test-report.txt");
            return new Result(runDir, test, history, bestEpoch);
        }
    }

    /**
     * {@code --kfold K}: K trainings of a fresh model (the same seeded initialisation each) on K-1 folds of the
     * pooled training and validation parts, each validated on the remaining fold after every epoch
     * ({@link KFold} says how the folds are drawn); prints each fold's best epoch and the mean and standard
     * deviation of the folds' validation accuracies, and writes them to {@code kfold.csv}, the per-epoch numbers
     * to {@code kfold-history.csv} and TensorBoard ({@code fold<k>/Loss/train}, ...) in the run directory.
     * Normalisation is fitted once on the pooled images. No checkpoints: cross validation measures a recipe.
     */
    public KFold.Result crossValidate(TrainConfig cfg, Path outDir) {
        Path runDir = outDir != null ? outDir : newRunDir();
        Torch.setNumThreads(cfg.threads());
        Data d = Data.prepare(cfg);
        header(cfg, d);
        Tensor x = Torch.cat(List.of(d.xTrain(), d.xValid()), 0);
        Tensor y = Torch.cat(List.of(d.train().labels(), d.splits().valid().labels()), 0);
        int k = cfg.kfold();
        int[][] folds = KFold.folds((int) y.size(0), k, cfg.seed());
        int numClasses = d.classes().size();
        createDirectories(runDir);
        out.printf(Locale.ROOT, "  %d-fold cross validation over the %d train + valid images (folds of %d-%d), "
                + "writing to %s%n", k, y.size(0), folds[k - 1].length, folds[0].length, runDir);
        StringBuilder hist = new StringBuilder("fold,epoch,train_loss,train_acc,valid_loss,valid_acc,lr\n");
        List<KFold.FoldResult> results = new ArrayList<>();
        try (SummaryWriter writer = new SummaryWriter(SummaryWriter.options().logDir(runDir))) {
            writer.addText("config", cfg.toMap().toString(), 0);
            for (int f = 0; f < k; f++) {
                int[] trainIdx = KFold.trainingIndices(folds, f);
                Tensor xv = KFold.rows(x, folds[f]);
                Tensor yv = KFold.rows(y, folds[f]);
                Module model = newModel(cfg, d, true);
                Optimizer optimizer = optimizer(cfg, model);
                DataLoader<List<Tensor>, List<Tensor>> loader = loader(cfg, KFold.rows(x, trainIdx),
                        KFold.rows(y, trainIdx));
                Object scheduler = scheduler(cfg, optimizer, loader.size());
                double bestLoss = Double.POSITIVE_INFINITY;
                double bestAcc = Double.NaN;
                int bestEpoch = 0;
                int epoch = 1;
                for (; epoch <= cfg.epochs(); epoch++) {
                    double lr = optimizer.paramGroups().get(0).lr();
                    double[] tr = trainEpoch(model, optimizer, scheduler, loader, String.format(Locale.ROOT,
                            "fold %d/%d epoch %d/%d", f + 1, k, epoch, cfg.epochs()));
                    Evaluation valid = Evaluation.of(model, xv, yv, numClasses, EVAL_BATCH);
                    epochEnd(scheduler, valid.loss());
                    boolean better = bestEpoch == 0 || valid.loss() < bestLoss;
                    if (better) {
                        bestLoss = valid.loss();
                        bestAcc = valid.accuracy();
                        bestEpoch = epoch;
                    }
                    String tag = "fold" + (f + 1) + "/";
                    writer.addScalar(tag + "Loss/train", tr[0], epoch);
                    writer.addScalar(tag + "Loss/valid", valid.loss(), epoch);
                    writer.addScalar(tag + "Accuracy/train", tr[1], epoch);
                    writer.addScalar(tag + "Accuracy/valid", valid.accuracy(), epoch);
                    hist.append(String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%s,%s%n", f + 1, epoch, tr[0], tr[1],
                            valid.loss(), valid.accuracy(), lr));
                    out.printf(Locale.ROOT, "fold %d/%d epoch %d/%d  train loss %.4f acc %.4f | valid loss %.4f acc "
                                    + "%.4f | lr %s%s%n", f + 1, k, epoch, cfg.epochs(), tr[0], tr[1], valid.loss(),
                            valid.accuracy(), fmt(lr), better ? "  *best" : "");
                    if (cfg.earlyStop() > 0 && epoch - bestEpoch >= cfg.earlyStop()) {
                        out.printf(Locale.ROOT, "fold %d: early stop after epoch %d (best: epoch %d)%n", f + 1, epoch,
                                bestEpoch);
                        break;
                    }
                }
                KFold.FoldResult r = new KFold.FoldResult(f + 1, bestEpoch, bestLoss, bestAcc,
                        Math.min(epoch, cfg.epochs()));
                results.add(r);
                out.printf(Locale.ROOT, "fold %d/%d: valid accuracy %.4f, loss %.4f (best epoch %d)%n", f + 1, k,
                        r.validAcc(), r.validLoss(), r.bestEpoch());
            }
            double[] accs = results.stream().mapToDouble(KFold.FoldResult::validAcc).toArray();
            Tensor a = Torch.fromArray(accs, accs.length);
            KFold.Result result = new KFold.Result(results, a.mean().item(), a.std().item());
            writer.addScalar("kfold/mean_valid_acc", result.meanAcc(), 0);
            StringBuilder csv = new StringBuilder("fold,best_epoch,epochs,valid_loss,valid_acc\n");
            for (KFold.FoldResult r : results) {
                csv.append(String.format(Locale.ROOT, "%d,%d,%d,%s,%s%n", r.fold(), r.bestEpoch(), r.epochs(),
                        r.validLoss(), r.validAcc()));
            }
            csv.append(String.format(Locale.ROOT, "mean,,,,%s%nstd,,,,%s%n", result.meanAcc(), result.stdAcc()));
            try {
                Files.writeString(runDir.resolve("kfold.csv"), csv, StandardCharsets.UTF_8);
                Files.writeString(runDir.resolve("kfold-history.csv"), hist, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write into " + runDir, e);
            }
            out.printf(Locale.ROOT, "%d-fold cross validation: valid accuracy %.4f +- %.4f (mean +- std over the "
                    + "folds)%n", k, result.meanAcc(), result.stdAcc());
            out.println("run directory " + runDir + ": kfold.csv, kfold-history.csv, TensorBoard events");
            return result;
        }
    }

    private DataLoader<List<Tensor>, List<Tensor>> loader(TrainConfig cfg, Tensor x, Tensor y) {
        return new DataLoader<>(trainingSet(cfg, x, y),
                DataLoader.options().batchSize(cfg.batchSize()).shuffle(true).numWorkers(cfg.workers()));
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + dir, e);
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

    /**
     * The optimizer over the model's parameters; when fine-tuning, over the trainable ones in two groups (the
     * head's with {@code lr * --head-lr-mult}, {@link FineTune#paramGroups}).
     */
    static Optimizer optimizer(TrainConfig cfg, Module model) {
        List<ParamGroup> groups = cfg.fineTune().enabled() ? cfg.fineTune().paramGroups(model, cfg.lr())
                : List.of(ParamGroup.of(model.parameters()));
        return switch (cfg.optimizer()) {
            case "sgd" -> new SGD(groups, SGD.options(cfg.lr()).momentum(cfg.momentum())
                    .weightDecay(cfg.weightDecay()));
            case "adam" -> new Adam(groups, Adam.options().lr(cfg.lr()).weightDecay(cfg.weightDecay()));
            case "adamw" -> new AdamW(groups, AdamW.options().lr(cfg.lr()).weightDecay(cfg.weightDecay()));
            case "rmsprop" -> new RMSprop(groups, RMSprop.options().lr(cfg.lr()).momentum(cfg.momentum())
                    .weightDecay(cfg.weightDecay()));
            default -> throw new IllegalArgumentException("unknown optimizer " + cfg.optimizer());
        };
    }

    /** The scheduler of {@code cfg}; onecycle spans {@code cfg.epochs()} epochs of {@code stepsPerEpoch} batches. */
    static Object scheduler(TrainConfig cfg, Optimizer optimizer, int stepsPerEpoch) {
        return switch (cfg.scheduler()) {
            case "none" -> null;
            case "step" -> new StepLR(optimizer, cfg.stepSize() > 0 ? cfg.stepSize() : Math.max(1, cfg.epochs() / 3),
                    cfg.gamma());
            case "cosine" -> new CosineAnnealingLR(optimizer, cfg.epochs());
            case "plateau" -> new ReduceLROnPlateau(optimizer, ReduceLROnPlateau.options().factor(cfg.gamma())
                    .patience(cfg.stepSize() > 0 ? cfg.stepSize() : 2));
            // --lr is the peak: PyTorch's OneCycleLR(optimizer, max_lr=lr, epochs=epochs, steps_per_epoch=batches)
            case "onecycle" -> new OneCycleLR(optimizer, OneCycleLR.options(cfg.lr()).epochs(cfg.epochs())
                    .stepsPerEpoch(Math.max(1, stepsPerEpoch)));
            default -> throw new IllegalArgumentException("unknown scheduler " + cfg.scheduler());
        };
    }

    // the epoch's scheduler step (onecycle steps after every batch instead, in trainEpoch)
    private static void epochEnd(Object scheduler, double validLoss) {
        if (scheduler instanceof ReduceLROnPlateau p) {
            p.step(validLoss);
        } else if (scheduler instanceof LRScheduler s && !(s instanceof OneCycleLR)) {
            s.step();
        }
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
        if (data.equals(ImageData.BUNDLED)) {
            return "fashion-mnist (the bundled Fashion-MNIST test split)";
        }
        return data.equals(ImageData.CIFAR) ? "cifar10 (" + ImageData.CIFAR_ROOT + ")" : data;
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

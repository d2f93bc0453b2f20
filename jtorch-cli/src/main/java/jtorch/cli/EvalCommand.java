package jtorch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.cli.train.Checkpoints;
import jtorch.cli.train.Evaluation;
import jtorch.cli.train.ImageData;
import jtorch.cli.train.Preprocessing;
import jtorch.cli.train.TrainConfig;
import jtorch.nn.Module;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code jtorch eval}: accuracy, per-class precision/recall/F1 and the confusion matrix of a checkpoint. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a checkpoint: accuracy, per-class precision/recall/F1 and the confusion matrix.")
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE", description = "best.pt or last.pt of a jtorch train run")
    Path checkpoint;
    @Option(names = "--data", paramLabel = "fashion-mnist|fashion-mnist-full|cifar10[:ROOT]|DIR",
            description = "data to evaluate on (as train's --data; image folder images are brought to the model's "
                    + "size and channels): its test set, or all of it when it has only one set "
                    + "(default: the test split of the run's own data)")
    String data;
    @Option(names = "--batch-size", defaultValue = "1000", description = "evaluation batch size (default: ${DEFAULT-VALUE})")
    int batchSize;
    @Option(names = "--threads", description = "compute threads (default: the number of cores)")
    Integer threads;

    @Override
    public Integer call() {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("--batch-size must be positive, got " + batchSize);
        }
        Torch.setNumThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Map<String, Object> ck = Checkpoints.load(checkpoint);
        TrainConfig cfg = Checkpoints.config(ck);
        Module model = Checkpoints.model(ck);
        List<String> classes = Checkpoints.classes(ck);
        int[] shape = Checkpoints.inputShape(ck);
        ImageData.FolderFormat format = new ImageData.FolderFormat(shape[1], shape[0]);
        ImageData set;
        String what;
        if (data == null) {
            ImageData[] sets = ImageData.load(cfg.data(), format);
            set = ImageData.Splits.of(sets[0], sets[1], cfg.split(), cfg.seed()).test();
            what = "the test split of " + cfg.data() + " (split " + String.join(":", fmt(cfg.split())) + ", seed "
                    + cfg.seed() + ")";
        } else {
            ImageData[] sets = ImageData.load(data, format);
            set = sets[1] != null ? sets[1] : sets[0];
            what = data + (sets[1] != null ? " (test set)" : " (all images)");
        }
        if (set.height() != shape[1] || set.width() != shape[2] || set.images().size(1) != shape[0]) {
            throw new IllegalArgumentException("the model takes " + shape[0] + "-channel " + shape[1] + "x" + shape[2]
                    + " images, the data has " + set.images().size(1) + "-channel " + set.height() + "x" + set.width());
        }
        if (set.classes().size() != classes.size()) {
            throw new IllegalArgumentException("the model has " + classes.size() + " classes, the data "
                    + set.classes().size());
        }
        Preprocessing prep = Checkpoints.preprocessing(ck);
        Tensor x = prep.apply(set.images());
        Evaluation ev = Evaluation.of(model, x, set.labels(), classes.size(), batchSize);
        parent.out.println("jtorch eval: " + cfg.model() + " from " + checkpoint + " (epoch "
                + ck.get("epoch") + ") on " + what + ", " + set.size() + " images");
        parent.out.print(ev.report(classes));
        return 0;
    }

    private static String[] fmt(double[] split) {
        String[] s = new String[split.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = String.format(java.util.Locale.ROOT, "%.3g", split[i]);
        }
        return s;
    }
}

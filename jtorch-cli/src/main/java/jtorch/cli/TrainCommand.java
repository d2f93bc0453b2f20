package jtorch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jtorch.cli.train.FineTune;
import jtorch.cli.train.ImageData;
import jtorch.cli.train.TrainConfig;
import jtorch.cli.train.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jtorch train}: trains an image classifier end to end (see {@link Trainer}). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an image classifier: per epoch train and validation loss/accuracy, then the test "
                + "accuracy of the best model.",
                "Writes best.pt, last.pt (PyTorch format), TensorBoard logs, loss/accuracy curves and a confusion "
                        + "matrix PNG into runs/<timestamp>/ (or --out)."})
public final class TrainCommand implements Callable<Integer> {
    /** Epochs of a run when {@code --epochs} is not given. */
    public static final int DEFAULT_EPOCHS = 8;

    @ParentCommand
    Main parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "lenet", description = "lenet (the seed's LeNet-5), mlp, or torchvision's alexnet, vgg11, resnet18, resnet34, "
                    + "mobilenet_v2, googlenet (1-channel images replicated to 3 channels, padded to 32x32; alexnet "
                    + "resized to 64x64) (default: ${DEFAULT-VALUE})")
    String model;
    @Option(names = "--data", defaultValue = ImageData.BUNDLED, paramLabel = "fashion-mnist|fashion-mnist-full|cifar10[:ROOT]|DIR",
            description = "fashion-mnist: the bundled 10,000 Fashion-MNIST test images, split --split; "
                    + "fashion-mnist-full: Debian's 60,000 + 10,000; cifar10: CIFAR-10's 50,000 + 10,000 RGB 32x32 "
                    + "images from ./data/cifar-10-batches-py (torchvision's root='./data'; cifar10:ROOT for "
                    + "ROOT/cifar-10-batches-py; extract cifar-10-python.tar.gz there, no download); DIR: MNIST-style "
                    + "IDX files, or an image folder: DIR/train/<class>/*.png and DIR/test/<class>/*.png (test is the "
                    + "test set) or DIR/<class>/*.png (split --split); classes are the sorted folder names "
                    + "(default: ${DEFAULT-VALUE})")
    String data;
    @Option(names = "--image-size", defaultValue = "" + TrainConfig.DEFAULT_IMAGE_SIZE, paramLabel = "N",
            description = "image folders: images are resized to NxN (bilinear) and are RGB, or 1-channel when every "
                    + "image is grayscale (default: ${DEFAULT-VALUE})")
    int imageSize;
    @Option(names = "--epochs", description = "epochs (default: " + DEFAULT_EPOCHS + "; with --resume: the checkpoint's)")
    Integer epochs;
    @Option(names = "--batch-size", defaultValue = "64", description = "training batch size (default: ${DEFAULT-VALUE})")
    int batchSize;
    @Option(names = "--optimizer", defaultValue = "sgd", description = "sgd, adam, adamw or rmsprop (default: ${DEFAULT-VALUE})")
    String optimizer;
    @Option(names = "--lr", description = "learning rate (default: 0.05 for sgd, 0.001 otherwise)")
    Double lr;
    @Option(names = "--momentum", description = "momentum of sgd and rmsprop (default: 0.9 for sgd, 0 for rmsprop)")
    Double momentum;
    @Option(names = "--weight-decay", defaultValue = "0", description = "weight decay (default: ${DEFAULT-VALUE})")
    double weightDecay;
    @Option(names = "--scheduler", defaultValue = "none", description = "none, step, cosine, plateau or onecycle (--lr the peak, stepped per batch) (default: ${DEFAULT-VALUE})")
    String scheduler;
    @Option(names = "--step-size", defaultValue = "0",
            description = "step: epochs between decays (0: a third of --epochs); plateau: patience (0: 2)")
    int stepSize;
    @Option(names = "--gamma", defaultValue = "0.1", description = "decay factor of step and plateau (default: ${DEFAULT-VALUE})")
    double gamma;
    @Option(names = "--split", defaultValue = "8:1:1", paramLabel = "TRAIN:VALID:TEST",
            description = "random split of the data (default: ${DEFAULT-VALUE}); with a separate test set only the "
                    + "first two parts' ratio is used")
    String split;
    @Option(names = "--dropout", defaultValue = "0", description = "dropout probability in the classifier (default: ${DEFAULT-VALUE})")
    double dropout;
    @Option(names = "--augment", description = "augment the training images: random crop (padding 2) and horizontal "
            + "flip, drawn in torchvision's order (default: off)")
    boolean augment;
    @Option(names = "--early-stop", defaultValue = "0", paramLabel = "PATIENCE",
            description = "stop after PATIENCE epochs without a better validation loss (default: 0, off)")
    int earlyStop;
    @Option(names = "--workers", defaultValue = "0", description = "DataLoader workers (default: ${DEFAULT-VALUE})")
    int workers;
    @Option(names = "--threads", description = "compute threads (default: the number of cores); results are "
            + "deterministic for a given --seed and --threads")
    Integer threads;
    @Option(names = "--seed", defaultValue = "0", description = "seed of split, initialisation, shuffling and dropout (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--resume", paramLabel = "CHECKPOINT",
            description = "continue the run of this last.pt with its own settings (only --epochs and --out may be given)")
    Path resume;
    @Option(names = "--kfold", defaultValue = "0", paramLabel = "K",
            description = "K-fold cross validation over the train + valid parts instead of one run: per fold a fresh "
                    + "seeded model trained on K-1 folds and validated on the other; prints and writes (kfold.csv) "
                    + "each fold's and the mean/std validation accuracy. Folds: torch.randperm(n, "
                    + "generator=torch.Generator().manual_seed(seed)) cut into K consecutive parts (default: 0, off)")
    int kfold;
    @Option(names = "--finetune", paramLabel = "CHECKPOINT",
            description = "start from this checkpoint (a jtorch train .pt or a PyTorch state dict): tensors whose "
                    + "names and shapes fit are loaded, the others (a head with another class count) are named and "
                    + "kept fresh; the head (the module of the last parameter) trains with lr * --head-lr-mult")
    Path finetune;
    @Option(names = "--freeze", arity = "1..*", paramLabel = "PREFIX",
            description = "with --finetune: freeze the parameters whose names start with PREFIX (requires_grad "
                    + "false, left out of the optimizer), e.g. --freeze conv1 conv2")
    List<String> freeze = new ArrayList<>();
    @Option(names = "--head-lr-mult", paramLabel = "M",
            description = "with --finetune: the head's learning rate is lr * M (default: 10, the seed's lr_init*10)")
    Double headLrMult;
    @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: runs/<timestamp>; with --resume: the checkpoint's)")
    Path out;

    /** The options as a training configuration. */
    TrainConfig config() {
        double lrv = lr != null ? lr : TrainConfig.defaultLr(optimizer);
        double mom = momentum != null ? momentum : optimizer.equals("sgd") ? 0.9 : 0.0;
        int th = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            return new TrainConfig(model, data, epochs != null ? epochs : DEFAULT_EPOCHS, batchSize, optimizer, lrv, mom,
                    weightDecay, scheduler, stepSize, gamma, TrainConfig.parseSplit(split), dropout, earlyStop, workers,
                    th, seed, augment, kfold, fineTune(), imageSize);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private FineTune fineTune() {
        if (finetune == null) {
            if (!freeze.isEmpty() || headLrMult != null) {
                throw new IllegalArgumentException("--freeze and --head-lr-mult need --finetune CHECKPOINT");
            }
            return FineTune.NONE;
        }
        return new FineTune(finetune.toString(), freeze,
                headLrMult != null ? headLrMult : FineTune.DEFAULT_HEAD_LR_MULT);
    }

    @Override
    public Integer call() {
        Trainer trainer = new Trainer(parent.out, parent.err);
        if (resume != null) {
            Set<String> allowed = Set.of("--resume", "--epochs", "--out");
            for (var o : spec.commandLine().getParseResult().matchedOptions()) {
                if (!allowed.contains(o.longestName())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), o.longestName()
                            + " cannot be combined with --resume: a resumed run keeps its checkpoint's settings");
                }
            }
            if (epochs != null && epochs <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be positive, got " + epochs);
            }
            trainer.resume(resume, epochs, out);
        } else if (kfold > 0) {
            trainer.crossValidate(config(), out);
        } else {
            trainer.train(config(), out);
        }
        return 0;
    }
}

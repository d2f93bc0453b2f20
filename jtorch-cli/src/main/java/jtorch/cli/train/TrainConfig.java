package jtorch.cli.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code jtorch train} was asked to do; saved in every checkpoint (as a plain map) so that
 * {@code --resume}, {@code eval} and {@code predict} rebuild the same model, data split and preprocessing.
 *
 * @param model       {@code lenet} or {@code mlp}
 * @param data        {@code fashion-mnist} (bundled), {@code fashion-mnist-full}, {@code cifar10[:ROOT]}, or an
 *                    IDX or image folder directory ({@link ImageData#load})
 * @param epochs      number of epochs
 * @param batchSize   training batch size
 * @param optimizer   {@code sgd}, {@code adam}, {@code adamw} or {@code rmsprop}
 * @param lr          learning rate
 * @param momentum    momentum (SGD, RMSprop)
 * @param weightDecay L2 penalty (decoupled for AdamW)
 * @param scheduler   {@code none}, {@code step}, {@code cosine}, {@code plateau} or {@code onecycle}
 * @param stepSize    StepLR's step size in epochs (0: a third of the epochs); ReduceLROnPlateau's patience
 * @param gamma       StepLR's and ReduceLROnPlateau's factor
 * @param split       train:validation:test fractions, summing to 1
 * @param dropout     dropout probability in the model's classifier (0: none, the seed's Net)
 * @param earlyStop   stop after this many epochs without a better validation loss (0: never)
 * @param workers     DataLoader worker threads (0: load in the training thread)
 * @param threads     intra-op threads ({@code torch.set_num_threads})
 * @param seed        seed of the split ({@code torch.Generator().manual_seed(seed)}) and of everything else
 *                    ({@code torch.manual_seed(seed)}: initialisation, shuffling, dropout, augmentation)
 * @param augment     random crop and horizontal flip of the training images ({@link Augmentation})
 * @param kfold       K of K-fold cross validation over the training and validation parts ({@link KFold}; 0: off)
 * @param fineTune    the checkpoint to start from, frozen prefixes and the head's lr factor ({@link FineTune#NONE}:
 *                    a fresh model)
 * @param imageSize   the side image folder images are resized to (other data keeps its size)
 */
public record TrainConfig(String model, String data, int epochs, int batchSize, String optimizer, double lr,
                          double momentum, double weightDecay, String scheduler, int stepSize, double gamma,
                          double[] split, double dropout, int earlyStop, int workers, int threads, long seed,
                          boolean augment, int kfold, FineTune fineTune, int imageSize) {

    /** {@code --image-size}'s default: small images, as CIFAR's and LeNet's 32x32. */
    public static final int DEFAULT_IMAGE_SIZE = 32;

    /**
     * A plain run (no cross validation, no fine-tuning, image folders at {@value #DEFAULT_IMAGE_SIZE}): the
     * options that existed before {@code --kfold}.
     */
    public TrainConfig(String model, String data, int epochs, int batchSize, String optimizer, double lr,
                       double momentum, double weightDecay, String scheduler, int stepSize, double gamma,
                       double[] split, double dropout, int earlyStop, int workers, int threads, long seed,
                       boolean augment) {
        this(model, data, epochs, batchSize, optimizer, lr, momentum, weightDecay, scheduler, stepSize, gamma, split,
                dropout, earlyStop, workers, threads, seed, augment, 0, FineTune.NONE, DEFAULT_IMAGE_SIZE);
    }

    /** The accepted {@code --optimizer} names. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "adam", "adamw", "rmsprop");
    /** The accepted {@code --scheduler} names. */
    public static final List<String> SCHEDULERS = List.of("none", "step", "cosine", "plateau", "onecycle");

    /** The default learning rate of an optimizer as {@code jtorch train} uses it (SGD: 0.05, the others 0.001). */
    public static double defaultLr(String optimizer) {
        return optimizer.equals("sgd") ? 0.05 : 1e-3;
    }

    /**
     * Checks the values against each other.
     *
     * @throws IllegalArgumentException naming the first bad option
     */
    public TrainConfig {
        if (!Models.NAMES.contains(model)) {
            throw new IllegalArgumentException("--model: unknown model '" + model + "' (expected one of "
                    + String.join(", ", Models.NAMES) + ")");
        }
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("--optimizer: unknown optimizer '" + optimizer + "' (expected one of "
                    + String.join(", ", OPTIMIZERS) + ")");
        }
        if (!SCHEDULERS.contains(scheduler)) {
            throw new IllegalArgumentException("--scheduler: unknown scheduler '" + scheduler + "' (expected one of "
                    + String.join(", ", SCHEDULERS) + ")");
        }
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positive("--threads", threads);
        positive("--image-size", imageSize);
        if (!(lr > 0)) {
            throw new IllegalArgumentException("--lr must be positive, got " + lr);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("--momentum must be in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("--weight-decay must be >= 0, got " + weightDecay);
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("--gamma must be in (0, 1], got " + gamma);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("--dropout must be in [0, 1), got " + dropout);
        }
        if (stepSize < 0 || earlyStop < 0 || workers < 0) {
            throw new IllegalArgumentException("--step-size, --early-stop and --workers must be >= 0");
        }
        java.util.Objects.requireNonNull(fineTune, "fineTune (FineTune.NONE for none)");
        if (kfold < 0 || kfold == 1) {
            throw new IllegalArgumentException("--kfold needs at least 2 folds, got " + kfold);
        }
        split = split.clone();
        if (split.length != 3) {
            throw new IllegalArgumentException("--split needs three parts train:valid:test, got " + split.length);
        }
    }

    /**
     * Parses {@code --split}: three non-negative numbers separated by colons ({@code 8:1:1}, {@code 0.8:0.1:0.1}),
     * scaled to sum to 1; train and validation must be positive.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static double[] parseSplit(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("--split: expected train:valid:test such as 8:1:1, got '" + s + "'");
        }
        double[] v = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--split: '" + parts[i] + "' in '" + s + "' is not a number");
            }
            if (!(v[i] >= 0) || Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("--split: parts must be >= 0, got '" + s + "'");
            }
            sum += v[i];
        }
        if (v[0] == 0 || v[1] == 0) {
            throw new IllegalArgumentException("--split: train and validation parts must be positive, got '" + s + "'");
        }
        for (int i = 0; i < 3; i++) {
            v[i] /= sum;
        }
        // random_split rejects fractions whose floating-point sum exceeds 1 (8:1:1 gives 0.8, 0.1, 0.1: exactly 1)
        while (v[0] + v[1] + v[2] > 1) {
            v[2] = Math.nextDown(v[2]);
        }
        return v;
    }

    /** The config as a map of strings and numbers, for checkpoints. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        m.put("data", data);
        m.put("epochs", (long) epochs);
        m.put("batch_size", (long) batchSize);
        m.put("optimizer", optimizer);
        m.put("lr", lr);
        m.put("momentum", momentum);
        m.put("weight_decay", weightDecay);
        m.put("scheduler", scheduler);
        m.put("step_size", (long) stepSize);
        m.put("gamma", gamma);
        m.put("split", List.of(split[0], split[1], split[2]));
        m.put("dropout", dropout);
        m.put("early_stop", (long) earlyStop);
        m.put("workers", (long) workers);
        m.put("threads", (long) threads);
        m.put("seed", seed);
        m.put("augment", augment);
        m.put("kfold", (long) kfold);
        m.put("finetune", fineTune.toMap());
        m.put("image_size", (long) imageSize);
        return m;
    }

    /** The inverse of {@link #toMap()}. */
    public static TrainConfig fromMap(Map<?, ?> m) {
        List<?> sp = (List<?>) m.get("split");
        double[] split = new double[sp.size()];
        for (int i = 0; i < split.length; i++) {
            split[i] = ((Number) sp.get(i)).doubleValue();
        }
        return new TrainConfig((String) m.get("model"), (String) m.get("data"), num(m, "epochs").intValue(),
                num(m, "batch_size").intValue(), (String) m.get("optimizer"), num(m, "lr").doubleValue(),
                num(m, "momentum").doubleValue(), num(m, "weight_decay").doubleValue(), (String) m.get("scheduler"),
                num(m, "step_size").intValue(), num(m, "gamma").doubleValue(), split, num(m, "dropout").doubleValue(),
                num(m, "early_stop").intValue(), num(m, "workers").intValue(), num(m, "threads").intValue(),
                // absent in checkpoints written before --augment, --kfold, --finetune and --image-size existed
                num(m, "seed").longValue(), Boolean.TRUE.equals(m.get("augment")),
                m.get("kfold") instanceof Number k ? k.intValue() : 0,
                m.get("finetune") instanceof Map<?, ?> f ? FineTune.fromMap(f) : FineTune.NONE,
                m.get("image_size") instanceof Number n ? n.intValue() : DEFAULT_IMAGE_SIZE);
    }

    /** This config with another epoch count (a resumed run that goes further). */
    public TrainConfig withEpochs(int e) {
        return new TrainConfig(model, data, e, batchSize, optimizer, lr, momentum, weightDecay, scheduler, stepSize,
                gamma, split, dropout, earlyStop, workers, threads, seed, augment, kfold, fineTune, imageSize);
    }

    /** How this run's image folder images are loaded: {@link #imageSize()}, their own channels. */
    public ImageData.FolderFormat folderFormat() {
        return new ImageData.FolderFormat(imageSize, 0);
    }

    @Override
    public double[] split() {
        return split.clone();
    }

    private static Number num(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("checkpoint config has no number '" + key + "'");
        }
        return n;
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }
}

package jtorch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./jtorch example [NAME [--quick] [--out DIR]]}: lists the seed programs, or runs one. {@code --quick} runs
 * the reduced form CI checks against PyTorch ({@code tools/golden/examples.py}); files (PNGs, TensorBoard events,
 * state dicts) go to {@code --out}, by default {@code runs/examples/NAME}.
 */
public final class Examples {
    /** What runs an example: prints to {@code out}, writes files into {@code dir}, reduced when {@code quick}. */
    @FunctionalInterface
    public interface Program {
        /** Runs the example. */
        void run(PrintStream out, Path dir, boolean quick);
    }

    /**
     * One example.
     *
     * @param name        the name {@code ./jtorch example} takes
     * @param seed        the seed note it comes from
     * @param description one line
     * @param program     the program
     */
    public record Example(String name, String seed, String description, Program program) {
    }

    /** Every example, in the notes' order. */
    public static final List<Example> ALL = List.of(
            new Example("two-layer-manual", "002", "the two-layer network with gradients by hand",
                    (out, dir, quick) -> TwoLayerNet.byHand(out, quick)),
            new Example("two-layer-autograd", "002", "the two-layer network with autograd and a no-grad update",
                    (out, dir, quick) -> TwoLayerNet.withAutograd(out, quick)),
            new Example("two-layer-nn", "002", "the two-layer network as nn.Sequential with nn.MSELoss and optim.Adam",
                    (out, dir, quick) -> TwoLayerNet.withNn(out, quick)),
            new Example("himmelblau", "004",
                    "Himmelblau's function minimised with Adam, and its surface (himmelblau.png)", Himmelblau::run),
            new Example("logistic-regression", "004",
                    "multi-class logistic regression with raw weights w1/w2/w3 and one-hot MSE",
                    (out, dir, quick) -> LogisticRegression.run(out, quick)),
            new Example("lenet", "000", "LeNet-5 train/test loop: running loss, total and per-class test accuracy",
                    (out, dir, quick) -> LeNetExample.run(out, quick)),
            new Example("finetune", "003",
                    "fine-tuning: pretrained weights, frozen convolutions, fc3 at 10x the learning rate",
                    FineTuning::run),
            new Example("visualize", "003", "convolution kernels and feature maps as TensorBoard images",
                    Visualisation::run),
            new Example("histograms", "003", "weight and gradient histograms per epoch in TensorBoard",
                    Histograms::run),
            new Example("confusion-matrix", "003", "per-class recall/precision and the confusion-matrix figure",
                    ConfusionMatrix::run),
            new Example("kfold", "004", "k-fold cross validation of the notes' digit MLP",
                    (out, dir, quick) -> CrossValidation.run(out, quick)),
            new Example("early-stopping", "004", "dropout and early stopping on the validation loss",
                    (out, dir, quick) -> EarlyStopping.run(out, quick)));

    private Examples() {
    }

    /** The example called {@code name}. */
    public static Example byName(String name) {
        for (Example e : ALL) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no example '" + name + "' (run './jtorch example' for the list)");
    }

    /** Runs {@code example} into {@code dir} (created). */
    public static void run(Example example, PrintStream out, Path dir, boolean quick) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        example.program().run(out, dir, quick);
    }

    /** {@code jtorch example [NAME [--quick] [--out DIR]]}. */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** The command with the given streams; returns the exit status. */
    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println("Usage: jtorch example NAME [--quick] [--out DIR]");
            out.println("The seed programs, each printing what its Python prints (--quick: the reduced form CI "
                    + "checks against PyTorch). Files go to --out, by default runs/examples/NAME.");
            for (Example e : ALL) {
                out.printf("  %-20s %s (seed %s)%n", e.name(), e.description(), e.seed());
            }
            return 0;
        }
        Example example;
        boolean quick = false;
        Path dir = null;
        try {
            example = byName(args[0]);
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--out" -> {
                        if (++i == args.length) {
                            throw new IllegalArgumentException("--out needs a directory");
                        }
                        dir = Path.of(args[i]);
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i]
                            + "' (expected --quick or --out DIR)");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("jtorch example: " + e.getMessage());
            return 2;
        }
        run(example, out, dir != null ? dir : Path.of("runs", "examples", example.name()), quick);
        return 0;
    }
}

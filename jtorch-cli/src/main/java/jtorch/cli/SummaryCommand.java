package jtorch.cli;

import java.util.concurrent.Callable;
import jtorch.cli.train.Models;
import jtorch.nn.Module;
import jtorch.utils.summary.ModelSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jtorch summary}: torchsummary's layer table (output shapes, parameter counts) of a model. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print a model's layers, output shapes and parameter counts (torchsummary).")
public final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "lenet", description = "lenet, mlp, alexnet, vgg11, resnet18, resnet34, mobilenet_v2 or googlenet "
            + "(default: ${DEFAULT-VALUE})")
    String model;
    @Option(names = "--input", defaultValue = "1,32,32", paramLabel = "C,H,W", description = "input size without the batch (default: ${DEFAULT-VALUE})")
    String input;
    @Option(names = "--classes", defaultValue = "10", description = "number of classes (default: ${DEFAULT-VALUE})")
    int classes;

    /** The {@code --input} size as {@code [C, H, W]}. */
    int[] inputSize() {
        String[] p = input.split(",", -1);
        if (p.length != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input: expected C,H,W such as 1,32,32, got '"
                    + input + "'");
        }
        int[] s = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                s[i] = Integer.parseInt(p[i].strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--input: '" + p[i] + "' is not an integer");
            }
            if (s[i] <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--input: sizes must be positive, got '"
                        + input + "'");
            }
        }
        return s;
    }

    @Override
    public Integer call() {
        int[] s = inputSize();
        if (classes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--classes must be positive, got " + classes);
        }
        Module m;
        try {
            m = Models.create(model, s[0], s[1], s[2], classes, 0);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        parent.out.println(m);
        parent.out.print(ModelSummary.summary(m, s));
        return 0;
    }
}

package jtorch.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jtorch}: train, evaluate and use image classifiers from the command line. Without a subcommand it
 * prints its help. Bad arguments print one line naming the problem and exit with status 2; a failure while
 * running (missing files, unreadable data) prints one line and exits with status 1.
 */
@Command(name = "jtorch", mixinStandardHelpOptions = true, version = "jtorch 0.1.0",
        description = "PyTorch for Java: train, evaluate and use image classifiers.",
        subcommands = {TrainCommand.class, EvalCommand.class, PredictCommand.class, SummaryCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Start with: jtorch train   (LeNet-5 on the bundled Fashion-MNIST, about a minute)",
                "The seed programs: jtorch example [NAME]   (jtorch-examples)"})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    final PrintStream out;
    final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command with the given streams and returns its exit status (0 on success). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured picocli command line (for tests that only parse). */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            String cmd = name.equals("jtorch") ? "jtorch" : "jtorch " + name;
            err.println(cmd + ": " + ex.getMessage() + " (see '" + cmd + " --help')");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmdLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException
                    || ex instanceof IllegalStateException) {
                err.println("jtorch " + cmdLine.getCommandName() + ": " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl;
    }
}

package jtorch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jtorch.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jtorch bench}: jtorch-bench's workloads beside PyTorch in one run (see the README's Performance section). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time jtorch's workloads and, in the same run, PyTorch's (interleaved repetitions, medians); "
                + "prints a table of figures and ratios and appends JSON lines.",
                "PyTorch is the peer when --python names an interpreter with torch (Debian's python3-torch); "
                        + "--python none times jtorch alone."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--workloads", paramLabel = "W,...", description = "comma-separated: gemm, twolayer, conv2d, "
            + "pointwise, reduce, pool, batchnorm, optim, tbscalar, dataload, resnet34_step, mlp, lenet, resnet18, mem_resnet18, "
            + "coldstart (the default: all of these), e2e (one Fashion-MNIST epoch per repetition; only when named)")
    String workloads;
    @Option(names = "--threads", paramLabel = "T,...", description = "thread counts (default: 1 and the cores)")
    String threads;
    @Option(names = "--reps", description = "interleaved repetitions per case (default: 5)")
    Integer reps;
    @Option(names = "--warmup", paramLabel = "SECONDS", description = "warm-up per case and peer (default: 5)")
    Double warmup;
    @Option(names = "--python", description = "the PyTorch peer's interpreter, or none (default: /usr/bin/python3)")
    String python;
    @Option(names = "--json", description = "JSON lines file to append to (default: target/bench/results.jsonl)")
    Path json;
    @Option(names = "--no-fma-peak", description = "skip the FMA-peak probe (the table's fraction-of-peak column)")
    boolean noFmaPeak;

    /** The options as jtorch-bench's own arguments (DJL is a build profile of jtorch-bench, not bundled here). */
    List<String> benchArgs() {
        List<String> a = new ArrayList<>(List.of("--no-djl"));
        add(a, "--workloads", workloads);
        add(a, "--threads", threads);
        add(a, "--reps", reps);
        add(a, "--warmup", warmup);
        add(a, "--python", python);
        add(a, "--json", json);
        if (noFmaPeak) {
            a.add("--no-fma-peak");
        }
        return a;
    }

    private static void add(List<String> args, String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value.toString());
        }
    }

    @Override
    public Integer call() throws Exception {
        Bench.main(benchArgs().toArray(new String[0]));
        return 0;
    }
}

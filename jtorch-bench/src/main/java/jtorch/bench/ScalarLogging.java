package jtorch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.utils.tensorboard.SummaryWriter;

/**
 * The {@code tbscalar} workload: what logging costs a training step. The step is the seed's two-layer step of the
 * {@code twolayer} workload; the {@code step+addScalar} variant also calls
 * {@code writer.addScalar("loss", loss, step)} every step, with a default {@link SummaryWriter} (flush every 10
 * events or 120 s) writing to a temporary directory. The target: within 2% of the bare step.
 *
 * <p>The two rows of the bench table are measured one after the other; {@link #main} measures the two variants
 * interleaved in one JVM (ABBA order, many short rounds), which is what an overhead of a few percent needs on a
 * shared machine:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... jtorch.bench.ScalarLogging [rounds=40] [seconds per round=0.2] [threads=1]
 * </pre>
 */
final class ScalarLogging {
    /** The writers' temporary log directories, deleted at exit. */
    private static final List<Path> DIRS = new ArrayList<>();

    private ScalarLogging() {
    }

    /** The step, logging its loss when {@code log} (a fresh writer in a temporary directory). */
    static Runnable step(boolean log) {
        Supplier<Tensor> step = JtorchPeer.twoLayerStep();
        if (!log) {
            return step::get;
        }
        SummaryWriter writer = new SummaryWriter(tempDir());
        long[] n = {0};
        return () -> writer.addScalar("loss", step.get(), n[0]++);
    }

    private static synchronized Path tempDir() {
        try {
            if (DIRS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(ScalarLogging::deleteAll));
            }
            Path d = Files.createTempDirectory("jtorch-bench-tb");
            DIRS.add(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void deleteAll() {
        for (Path d : DIRS) {
            try (var files = Files.walk(d)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete " + d + ": " + e.getMessage());
            }
        }
    }

    /** Interleaved A/B measurement of the two variants; prints steps/s of each and the overhead. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.2;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Torch.setNumThreads(threads);
        Torch.manualSeed(0);
        Machine machine = Machine.describe(List.of(), java.util.Map.of());
        Runnable bare = step(false);
        Runnable logged = step(true);
        int n = Math.max(Timing.calibrate(bare, 5, seconds), Timing.calibrate(logged, 5, seconds));
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            // ABBA: a drift in machine load within a round touches both variants alike
            double a1 = Timing.time(bare, n);
            double b1 = Timing.time(logged, n);
            double b2 = Timing.time(logged, n);
            double a2 = Timing.time(bare, n);
            a.add((a1 + a2) / 2);
            b.add((b1 + b2) / 2);
            ratio.add((b1 + b2) / (a1 + a2));
        }
        double[] perCall = addScalarSeconds(Math.max(1, (int) (seconds * 1e5)), rounds);
        double[] q = quartiles(ratio);
        System.out.println(machine.withLoadAfter().summary());
        System.out.printf("tbscalar, %d thread(s), %d rounds of 4 x %d steps%n", threads, rounds, n);
        System.out.printf("  step               %8.1f steps/s (median)%n", 1 / Bench.median(a));
        System.out.printf("  step + addScalar   %8.1f steps/s (median)%n", 1 / Bench.median(b));
        System.out.printf("  overhead           %+7.2f%% (median of per-round ratios; quartiles %+.2f%% .. %+.2f%%)%n",
                (q[1] - 1) * 100, (q[0] - 1) * 100, (q[2] - 1) * 100);
        System.out.printf("  addScalar alone    %8.2f us a call (fastest of %d loops; median %.2f us), %.2f%% of the bare step%n",
                perCall[0] * 1e6, rounds, perCall[1] * 1e6, perCall[1] / Bench.median(a) * 100);
    }

    /**
     * Seconds per addScalar call: the fastest and the median of {@code loops} loops of {@code calls} calls, after
     * five loops of warm-up (on a loaded machine the fastest is the call's own cost, the median includes waiting).
     */
    private static double[] addScalarSeconds(int calls, int loops) {
        SummaryWriter writer = new SummaryWriter(tempDir());
        long step = 0;
        List<Double> times = new ArrayList<>();
        for (int l = 0; l < loops + 5; l++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                writer.addScalar("loss", 1.0 / (step + 1), step);
                step++;
            }
            if (l >= 5) {
                times.add((System.nanoTime() - t0) / 1e9 / calls);
            }
        }
        writer.close();
        return new double[] {times.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), Bench.median(times)};
    }

    private static double[] quartiles(List<Double> xs) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {v[v.length / 4], Bench.median(xs), v[(3 * v.length) / 4]};
    }
}

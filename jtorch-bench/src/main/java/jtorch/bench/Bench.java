package jtorch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jtorch-bench: times named workloads in jtorch and, in the same run, in its peers (PyTorch in each
 * thread configuration, DJL when built with {@code -Pdjl}), interleaved repetition by repetition after
 * a warm-up, and prints one table of medians with jtorch/peer ratios; every row is also appended as a
 * JSON line so runs can be compared over time. GFLOP/s figures are also given as a fraction of the
 * machine's FMA peak, measured first at each thread count ({@link FmaPeak}).
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... jtorch.bench.Bench [--workloads gemm,twolayer,mlp,e2e,...]
 *     [--threads 1,N] [--reps 5] [--warmup 5.0] [--rep-seconds 0.25] [--settle-ms 250]
 *     [--python /usr/bin/python3 | --python none] [--no-djl] [--no-fma-peak] [--json target/bench/results.jsonl]
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    /** Command-line options with their defaults. */
    static final class Options {
        List<String> workloads = Workloads.ALL;
        List<Integer> threads = defaultThreads();
        int reps = 5;
        // C2 keeps improving the eager step for seconds (twolayer: 520 steps/s after 1 s, 650 after 5 s)
        double warmupSeconds = 5.0;
        double repSeconds = 0.25;
        long settleMillis = 250;
        String python = "/usr/bin/python3";
        boolean djl = true;
        boolean fmaPeak = true;
        Path json = Path.of("target", "bench", "results.jsonl");

        static List<Integer> defaultThreads() {
            int n = Runtime.getRuntime().availableProcessors();
            return n > 1 ? List.of(1, n) : List.of(1);
        }

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--no-djl")) {
                    o.djl = false;
                    continue;
                }
                if (a.equals("--no-fma-peak")) {
                    o.fmaPeak = false;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--workloads" -> o.workloads = List.of(v.split(","));
                    case "--threads" -> o.threads = Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
                    case "--reps" -> o.reps = Integer.parseInt(v);
                    case "--warmup" -> o.warmupSeconds = Double.parseDouble(v);
                    case "--rep-seconds" -> o.repSeconds = Double.parseDouble(v);
                    case "--settle-ms" -> o.settleMillis = Long.parseLong(v);
                    case "--python" -> o.python = v;
                    case "--json" -> o.json = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<List<Case>> runs = Workloads.runs(o.workloads, o.threads);
        int maxThreads = o.threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Peer> peers = new ArrayList<>();
        peers.add(new JtorchPeer(o.warmupSeconds, o.repSeconds));
        if (!o.python.equals("none")) {
            // no JIT on the Python side: a second of warm-up settles its caches and allocator
            peers.addAll(PythonPeer.start(o.python, maxThreads, Math.min(1.0, o.warmupSeconds), o.repSeconds));
        }
        if (o.djl) {
            Peer djl = loadDjl(o);
            if (djl != null) {
                peers.add(djl);
            }
        }
        Map<Integer, Double> peak = new java.util.TreeMap<>();
        if (o.fmaPeak) {
            for (int t : o.threads) {
                peak.put(t, FmaPeak.measure(t, 20));
            }
        }
        Machine machine = Machine.describe(peers, peak);
        System.err.println(machine.summary());
        List<Result> results = new ArrayList<>();
        try {
            for (List<Case> run : runs) {
                for (Result r : run(run, peers, o)) {
                    results.add(r);
                    System.err.println(Report.progressLine(r));
                }
            }
        } finally {
            for (Peer p : peers) {
                p.close();
            }
        }
        machine = machine.withLoadAfter();
        System.out.println(Report.table(machine, peers, results));
        try {
            Report.appendJson(o.json, machine, results);
            System.err.println("JSON lines appended to " + o.json.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not write " + o.json + ": " + e);
        }
    }

    /**
     * The measurements of one case for every peer that accepts it (seconds per op for a rate, else the measured
     * values), summarised by their medians.
     */
    record Result(Case c, Map<String, List<Double>> measured, Map<String, String> families) {
        double figure(String peer) {
            List<Double> s = measured.get(peer);
            return s == null || s.isEmpty() ? Double.NaN : c.figure(median(s));
        }

        /**
         * The best figure among the peers of {@code family}: the largest, or the smallest for a case where lower
         * is better (NaN when none measured the case).
         */
        double best(String family) {
            double best = Double.NaN;
            for (var e : families.entrySet()) {
                if (e.getValue().equals(family)) {
                    double f = figure(e.getKey());
                    if (!Double.isNaN(f) && (Double.isNaN(best) || (c.lowerIsBetter() ? f < best : f > best))) {
                        best = f;
                    }
                }
            }
            return best;
        }
    }

    /** The cases of one run (see {@link Workloads#runs}) measured by one op per repetition and peer. */
    private static List<Result> run(List<Case> run, List<Peer> peers, Options o) throws InterruptedException {
        Case c = run.get(0);
        List<Peer> active = new ArrayList<>();
        // per case of the run: the peer's values
        List<Map<String, List<Double>>> measured = new ArrayList<>();
        run.forEach(k -> measured.add(new LinkedHashMap<>()));
        Map<String, String> families = new LinkedHashMap<>();
        for (Peer p : peers) {
            if (!p.accepts(c)) {
                continue;
            }
            try {
                p.setup(c);
                active.add(p);
                measured.forEach(m -> m.put(p.name(), new ArrayList<>()));
                families.put(p.name(), p.family());
            } catch (Exception e) {
                System.err.println("  " + p.name() + " skips " + c.label() + ": " + e.getMessage());
            }
        }
        // interleaved: each repetition visits every peer, starting one further along each time
        for (int r = 0; r < o.reps; r++) {
            for (int i = 0; i < active.size(); i++) {
                Peer p = active.get((i + r) % active.size());
                // the previous peer's threads spin after their last op (measured: ~0.13 s of CPU within 0.2 s for
                // Debian's torch at 2 threads); they must be idle before the next peer is timed
                Thread.sleep(o.settleMillis);
                try {
                    double[] values = p.measure();
                    if (values.length != run.size()) {
                        throw new IllegalStateException(values.length + " values for the " + run.size() + " cases "
                                + run.stream().map(Case::label).toList());
                    }
                    for (int k = 0; k < values.length; k++) {
                        measured.get(k).get(p.name()).add(values[k]);
                    }
                } catch (Exception e) {
                    System.err.println("  " + p.name() + " failed on " + c.label() + ": " + e.getMessage());
                }
            }
        }
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            out.add(new Result(run.get(k), measured.get(k), families));
        }
        return out;
    }

    private static Peer loadDjl(Options o) {
        try {
            Class<?> k = Class.forName("jtorch.bench.djl.DjlPeer");
            // DJL's work is native; its Java side is thin and settles quickly
            return (Peer) k.getDeclaredConstructor(double.class, double.class).newInstance(Math.min(2.0, o.warmupSeconds),
                    o.repSeconds);
        } catch (ClassNotFoundException e) {
            System.err.println("DJL peer: not built (build and run with -Pdjl to add it)");
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("DJL peer disabled: " + cause);
            return null;
        }
    }

    static double median(List<Double> xs) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}

package jtorch.bench;

/** Warm-up, repetition sizing and timing for peers that run in this JVM (jtorch, DJL). */
public final class Timing {
    /** Longest warm-up before measuring anyway. */
    private static final double MAX_WARMUP_SECONDS = 30;

    private Timing() {
    }

    /**
     * Warms {@code op} up until the JIT has settled, then returns how many calls make one repetition of
     * about {@code repSeconds}. Settled means at least {@code warmupSeconds} have passed and three
     * repetition-long windows in a row ran within 3% of the fastest window before them: Vector API code is slow (boxed,
     * allocating) until C2 has compiled it, which on a busy machine takes seconds.
     */
    public static int calibrate(Runnable op, double warmupSeconds, double repSeconds) {
        long start = System.nanoTime();
        op.run();
        double best = Double.MAX_VALUE;
        int calm = 0;
        int calls = 1;
        double perOp = (System.nanoTime() - start) / 1e9;
        while (true) {
            int window = (int) Math.max(1, Math.min(1_000_000, Math.round(repSeconds / perOp)));
            perOp = time(op, window);
            calls += window;
            // settled: neither faster (the JIT still improving) nor slower than the best by more than 3%
            calm = perOp >= best * 0.97 && perOp <= best * 1.03 ? calm + 1 : 0;
            best = Math.min(best, perOp);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if ((calm >= 3 && elapsed >= warmupSeconds && calls >= 3) || elapsed >= MAX_WARMUP_SECONDS) {
                break;
            }
        }
        return (int) Math.max(1, Math.min(1_000_000, Math.round(repSeconds / best)));
    }

    /** Seconds per call over {@code iterations} calls. */
    public static double time(Runnable op, int iterations) {
        long t0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            op.run();
        }
        return (System.nanoTime() - t0) / 1e9 / iterations;
    }
}

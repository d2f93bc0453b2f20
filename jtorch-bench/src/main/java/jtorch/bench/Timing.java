package jtorch.bench;

/** Warm-up, repetition sizing and timing for peers that run in this JVM. */
final class Timing {
    private Timing() {
    }

    /**
     * Runs {@code op} for at least {@code warmupSeconds} (and 3 calls), then returns how many calls
     * make one repetition of about {@code repSeconds}.
     */
    static int calibrate(Runnable op, double warmupSeconds, double repSeconds) {
        long start = System.nanoTime();
        int calls = 0;
        while (calls < 3 || System.nanoTime() - start < warmupSeconds * 1e9) {
            op.run();
            calls++;
        }
        // size the repetition from the last stretch of the warm-up, when the JIT has settled
        long t0 = System.nanoTime();
        int probe = Math.max(1, calls / 4);
        for (int i = 0; i < probe; i++) {
            op.run();
        }
        double perOp = (System.nanoTime() - t0) / 1e9 / probe;
        return (int) Math.max(1, Math.min(1_000_000, Math.round(repSeconds / perOp)));
    }

    /** Seconds per call over {@code iterations} calls. */
    static double time(Runnable op, int iterations) {
        long t0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            op.run();
        }
        return (System.nanoTime() - t0) / 1e9 / iterations;
    }
}

package jtorch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The machine's float32 FMA peak, measured: each thread runs independent FMA chains on the preferred
 * species (12 chains, enough to cover the latency of two FMA pipes and few enough for AVX2's 16
 * registers), timed by each thread's own CPU time, so that a shared machine's other processes, which
 * take turns on the cores, slow the figure less; the threads run at once (two hyperthreads of one core
 * share its FMA units, and the figure shows it). The figure is the sum of the threads' rates, the best of
 * a few rounds (a hardware bound: the best is the least disturbed). GEMM and convolution figures are
 * printed as a fraction of it.
 */
final class FmaPeak {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Independent accumulators per thread. */
    static final int CHAINS = 12;
    /** FMA steps per chain in one timed round (12 chains x 16 lanes x 2 flops x 2^22: 1.6 GFLOP at 512 bits). */
    private static final long STEPS = 1L << 22;

    private FmaPeak() {
    }

    /** GFLOP/s of {@code threads} threads running the chains at once, the best of {@code rounds}. */
    static double measure(int threads, int rounds) throws InterruptedException {
        // compile first: a few short calls take the loop through the JIT tiers to C2
        for (int i = 0; i < 200; i++) {
            sink += chains(1 << 12);
        }
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            best = Math.max(best, round(threads));
        }
        return best;
    }

    /** Description of the probe, printed beside its figures. */
    static String describe() {
        return "float32 FMA peak (" + CHAINS + " chains of " + S.vectorBitSize() + "-bit FMAs per thread)";
    }

    private static volatile float sink;

    private static double round(int threads) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        List<Thread> workers = new ArrayList<>();
        double[] rates = new double[threads];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += chains(STEPS);
                long c1 = mx.getCurrentThreadCpuTime();
                long wall = System.nanoTime() - t0;
                // the shorter of CPU and wall time (without a CPU clock, -1: wall time)
                double seconds = (c0 < 0 || c1 <= c0 ? wall : Math.min(wall, c1 - c0)) / 1e9;
                rates[id] = 2.0 * CHAINS * S.length() * STEPS / seconds / 1e9;
            }, "fma-peak-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        try {
            start.await();
        } catch (java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        double total = 0;
        for (int t = 0; t < threads; t++) {
            workers.get(t).join();
            total += rates[t];
        }
        return total;
    }

    // acc = acc * x + y on 12 independent chains: x < 1 keeps every value near the fixed point y / (1 - x)
    static float chains(long steps) {
        FloatVector x = FloatVector.broadcast(S, 0.999f);
        FloatVector y = FloatVector.broadcast(S, 0.001f);
        FloatVector a0 = FloatVector.broadcast(S, 0.5f);
        FloatVector a1 = FloatVector.broadcast(S, 0.6f);
        FloatVector a2 = FloatVector.broadcast(S, 0.7f);
        FloatVector a3 = FloatVector.broadcast(S, 0.8f);
        FloatVector a4 = FloatVector.broadcast(S, 0.9f);
        FloatVector a5 = FloatVector.broadcast(S, 1.0f);
        FloatVector a6 = FloatVector.broadcast(S, 1.1f);
        FloatVector a7 = FloatVector.broadcast(S, 1.2f);
        FloatVector a8 = FloatVector.broadcast(S, 1.3f);
        FloatVector a9 = FloatVector.broadcast(S, 1.4f);
        FloatVector a10 = FloatVector.broadcast(S, 1.5f);
        FloatVector a11 = FloatVector.broadcast(S, 1.6f);
        for (long i = 0; i < steps; i++) {
            a0 = a0.fma(x, y);
            a1 = a1.fma(x, y);
            a2 = a2.fma(x, y);
            a3 = a3.fma(x, y);
            a4 = a4.fma(x, y);
            a5 = a5.fma(x, y);
            a6 = a6.fma(x, y);
            a7 = a7.fma(x, y);
            a8 = a8.fma(x, y);
            a9 = a9.fma(x, y);
            a10 = a10.fma(x, y);
            a11 = a11.fma(x, y);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}

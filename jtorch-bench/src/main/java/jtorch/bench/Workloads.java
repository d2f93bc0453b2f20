package jtorch.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The named workloads (issue 7), each a list of variants run at 1 thread and at all threads. Every
 * peer implements the same ops on the same shapes with fixed seeds; the figures are comparable.
 */
final class Workloads {
    /** float32 elements of the pointwise inputs (4M). */
    static final int POINTWISE_N = 1 << 22;
    /** Shape of the reduction input. */
    static final int REDUCE_ROWS = 4096;
    static final int REDUCE_COLS = 1024;

    static final List<String> ALL = List.of("gemm", "twolayer", "conv2d", "pointwise", "reduce", "pool", "dataload");
    /** conv2d: batch, channels in = out, image side, kernel side (padding 1 keeps the side). */
    static final int CONV_N = 32;
    static final int CONV_C = 64;
    static final int CONV_HW = 32;
    static final int CONV_K = 3;
    /** pool: the [N, C, H, W] input of max_pool2d(2) and avg_pool2d(2). */
    static final int[] POOL_SHAPE = {32, 64, 32, 32};

    private Workloads() {
    }

    /** The cases of {@code workloads} for each thread count, in table order. */
    static List<Case> cases(List<String> workloads, List<Integer> threadCounts) {
        List<Case> out = new ArrayList<>();
        for (String w : workloads) {
            for (int t : threadCounts) {
                out.addAll(variants(w, t));
            }
        }
        return out;
    }

    private static List<Case> variants(String workload, int t) {
        List<Case> out = new ArrayList<>();
        switch (workload) {
            case "gemm" -> {
                for (int n : new int[] {256, 512, 1024, 2048}) {
                    out.add(new Case("gemm", "n=" + n, t, "GFLOP/s", 2.0 * n * n * n, 1e9));
                }
            }
            case "twolayer" -> out.add(new Case("twolayer", "step", t, "steps/s", 1, 1));
            case "pointwise" -> {
                for (String op : new String[] {"add", "mul"}) {
                    out.add(new Case("pointwise", op, t, "GB/s", 12.0 * POINTWISE_N, 1e9));
                }
                for (String op : new String[] {"exp", "relu", "sigmoid"}) {
                    out.add(new Case("pointwise", op, t, "GB/s", 8.0 * POINTWISE_N, 1e9));
                }
            }
            case "reduce" -> {
                double in = 4.0 * REDUCE_ROWS * REDUCE_COLS;
                out.add(new Case("reduce", "sum", t, "GB/s", in, 1e9));
                out.add(new Case("reduce", "max_dim1", t, "GB/s", in + 12.0 * REDUCE_ROWS, 1e9));
                out.add(new Case("reduce", "softmax_dim1", t, "GB/s", 2 * in, 1e9));
            }
            case "conv2d" -> {
                // forward: 2·N·Cout·Cin·KH·KW·H·W; the backward's input and weight gradients cost as much again each
                double fwd = 2.0 * CONV_N * CONV_C * CONV_C * CONV_K * CONV_K * CONV_HW * CONV_HW;
                out.add(new Case("conv2d", "fwd", t, "GFLOP/s", fwd, 1e9));
                out.add(new Case("conv2d", "fwd+bwd", t, "GFLOP/s", 3 * fwd, 1e9));
            }
            case "pool" -> {
                // bytes of values read and written: the input and the quarter-size output; the backward reads
                // the output's gradient and writes the input's (max pooling's int64 indices are not counted)
                double in = 4.0 * POOL_SHAPE[0] * POOL_SHAPE[1] * POOL_SHAPE[2] * POOL_SHAPE[3];
                for (String op : new String[] {"max", "avg"}) {
                    out.add(new Case("pool", op + " fwd", t, "GB/s", 1.25 * in, 1e9));
                    out.add(new Case("pool", op + " fwd+bwd", t, "GB/s", 2.5 * in, 1e9));
                }
            }
            case "dataload" -> out.addAll(DataLoad.variants(t));
            default -> throw new IllegalArgumentException("unknown workload " + workload + "; known: " + ALL);
        }
        return out;
    }
}

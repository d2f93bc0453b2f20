package jtorch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /** The default set. */
    static final List<String> ALL = List.of("gemm", "twolayer", "conv2d", "pointwise", "reduce", "pool", "batchnorm",
            "optim", "tbscalar", "dataload", "resnet34_step", "mlp", "lenet", "resnet18", "mem_resnet18", "coldstart");
    /** Every workload: the default set and e2e (one op is a whole Fashion-MNIST epoch, about a minute). */
    static final List<String> KNOWN = Stream.concat(ALL.stream(), Stream.of("e2e")).toList();
    /** conv2d: batch, channels in = out, image side, kernel side (padding 1 keeps the side). */
    static final int CONV_N = 32;
    static final int CONV_C = 64;
    static final int CONV_HW = 32;
    static final int CONV_K = 3;
    /** pool: the [N, C, H, W] input of max_pool2d(2) and avg_pool2d(2). */
    static final int[] POOL_SHAPE = {32, 64, 32, 32};

    /** optim: float32 values in ResNet-18's parameters (torchvision's resnet18(), 1000 classes). */
    static final int RESNET18_NUMEL = 11_689_512;

    private Workloads() {
    }

    /**
     * optim: the shapes of ResNet-18's 62 parameters in torchvision's order (conv1 and bn1; per stage two
     * BasicBlocks of conv-bn-conv-bn, the first of stages 2-4 with a 1x1 conv-bn downsample; fc).
     */
    static List<int[]> resnet18Shapes() {
        List<int[]> s = new ArrayList<>();
        convBn(s, 64, 3, 7);
        int in = 64;
        for (int width : new int[] {64, 128, 256, 512}) {
            for (int block = 0; block < 2; block++) {
                int blockIn = block == 0 ? in : width;
                convBn(s, width, blockIn, 3);
                convBn(s, width, width, 3);
                if (blockIn != width) {
                    convBn(s, width, blockIn, 1);
                }
            }
            in = width;
        }
        s.add(new int[] {1000, 512});
        s.add(new int[] {1000});
        return s;
    }

    private static void convBn(List<int[]> s, int out, int in, int k) {
        s.add(new int[] {out, in, k, k});
        s.add(new int[] {out});
        s.add(new int[] {out});
    }

    /** The cases of {@code workloads} for each thread count, in table order. */
    static List<Case> cases(List<String> workloads, List<Integer> threadCounts) {
        return runs(workloads, threadCounts).stream().flatMap(List::stream).toList();
    }

    /**
     * The cases grouped by the op that measures them, in table order: one case per op, except the workloads
     * whose one run in a fresh process yields several figures ({@code e2e}: wall time, peak RSS and test
     * accuracy; {@code mem_resnet18}: the step's memory and peak RSS), whose variants at a thread count form
     * one run.
     */
    static List<List<Case>> runs(List<String> workloads, List<Integer> threadCounts) {
        List<List<Case>> out = new ArrayList<>();
        for (String w : workloads) {
            for (int t : threadCounts) {
                List<Case> v = variants(w, t);
                if (w.equals("e2e") || w.equals("mem_resnet18")) {
                    out.add(v);
                } else {
                    v.forEach(c -> out.add(List.of(c)));
                }
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
            case "tbscalar" -> {
                // the twolayer step without and with SummaryWriter.addScalar every step (ScalarLogging)
                out.add(new Case("tbscalar", "step", t, "steps/s", 1, 1));
                out.add(new Case("tbscalar", "step+addScalar", t, "steps/s", 1, 1));
            }
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
                out.add(new Case("reduce", "log_softmax_dim1", t, "GB/s", 2 * in, 1e9));
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
                // ResNet's stem pooling: 3x3 windows, stride 2, padding 1 (the same quarter-size output)
                for (String op : new String[] {"max 3x3s2", "avg 3x3s2"}) {
                    out.add(new Case("pool", op + " fwd", t, "GB/s", 1.25 * in, 1e9));
                    out.add(new Case("pool", op + " fwd+bwd", t, "GB/s", 2.5 * in, 1e9));
                }
            }
            case "batchnorm" -> {
                // training-mode batch norm of [32, 64, 32, 32]: GB/s of the input-sized tensors an op must stream
                // at least (forward: read x, write y; with backward also read x and the output gradient, and
                // write the input gradient)
                double in = 4.0 * POOL_SHAPE[0] * POOL_SHAPE[1] * POOL_SHAPE[2] * POOL_SHAPE[3];
                out.add(new Case("batchnorm", "fwd", t, "GB/s", 2 * in, 1e9));
                out.add(new Case("batchnorm", "fwd+bwd", t, "GB/s", 5 * in, 1e9));
            }
            case "optim" -> {
                // bytes each update must stream at least: SGD reads p, grad, momentum buffer and writes p and the
                // buffer; Adam reads p, grad, exp_avg, exp_avg_sq and writes p and both moments. The "foreach" rows
                // time torch with foreach=True beside the same jtorch step (jtorch has one implementation)
                for (String v : new String[] {"sgd", "sgd foreach", "adam", "adam foreach"}) {
                    int streams = v.startsWith("sgd") ? 5 : 7;
                    out.add(new Case("optim", v, t, "GB/s", 4.0 * streams * RESNET18_NUMEL, 1e9));
                }
            }
            case "dataload" -> out.addAll(DataLoad.variants(t));
            case "resnet34_step", "mlp", "lenet" -> out.add(new Case(workload, "step", t, "steps/s", 1, 1));
            case "resnet18" -> {
                out.add(new Case("resnet18", "train", t, "steps/s", 1, 1));
                out.add(new Case("resnet18", "inference", t, "images/s", ModelWorkloads.RESNET18_BATCH, 1));
            }
            case "e2e" -> {
                out.add(Case.cost("e2e", "wall", t, "s"));
                out.add(Case.cost("e2e", "peak RSS", t, "MB"));
                out.add(Case.score("e2e", "test accuracy", t, "%"));
            }
            case "mem_resnet18" -> {
                out.add(Case.cost("mem_resnet18", "step", t, "MB"));
                out.add(Case.cost("mem_resnet18", "peak RSS", t, "MB"));
            }
            case "coldstart" -> out.add(Case.cost("coldstart", "100 lenet steps", t, "s"));
            default -> throw new IllegalArgumentException("unknown workload " + workload + "; known: " + KNOWN);
        }
        return out;
    }
}

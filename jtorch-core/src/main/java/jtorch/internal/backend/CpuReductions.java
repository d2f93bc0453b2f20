package jtorch.internal.backend;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Storage;
import jtorch.internal.kernels.KernelProvider;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.SliceKernels;
import jtorch.internal.kernels.Slices;
import jtorch.internal.kernels.StridedIterator;

/** The CPU's reductions: one output per run of reduced elements, runs split among threads. */
final class CpuReductions {
    private CpuReductions() {
    }

    static void reduce(ReduceOp op, Strided x, int kept, Strided out) {
        int[] shape = x.shape();
        int rank = shape.length;
        int runLength = 1;
        for (int d = kept; d < rank; d++) {
            runLength *= shape[d];
        }
        Strided p = x;
        Integer runStride = coalescedStride(shape, x.stride(), kept);
        if (runStride == null) {
            p = contiguous(x);
            runStride = 1;
        }
        int[] outerShape = Arrays.copyOf(shape, kept);
        StridedIterator it = new StridedIterator(outerShape,
                new int[][] {out.stride(), Arrays.copyOf(p.stride(), kept)}, new int[] {out.offset(), p.offset()});
        if (!it.isEmpty()) {
            reduceRuns(op, it, p.storage(), out.storage(), runLength, runStride);
        }
    }

    private static Strided contiguous(Strided x) {
        Strided c = new Strided(Storage.allocate(x.storage().dtype(), x.numel()), x.shape(),
                CpuPointwise.contiguousStrides(x.shape()), 0);
        CpuPointwise.copy(x, c);
        return c;
    }

    // the reduced dims [from, rank) as one (stride, length) run, or null if they do not coalesce
    private static Integer coalescedStride(int[] shape, int[] stride, int from) {
        int s = -1;
        int expect = -1;
        for (int d = shape.length - 1; d >= from; d--) {
            if (shape[d] == 1) {
                continue;
            }
            if (s == -1) {
                s = stride[d];
                expect = stride[d] * shape[d];
            } else if (stride[d] != expect) {
                return null;
            } else {
                expect *= shape[d];
            }
        }
        return s == -1 ? 1 : s;
    }

    // one output per run; the outputs are split among threads, and a lone long run is split itself
    private static void reduceRuns(ReduceOp op, StridedIterator it, Storage x, Storage out, int runLength, int runStride) {
        KernelProvider k = Kernels.get();
        DType t = x.dtype();
        int os = it.innerStride(0);
        int xs = it.innerStride(1);
        it.forEachRun(Math.max(1, Parallel.GRAIN / Math.max(1, runLength)), 0, (off, n) -> {
            for (int i = 0, oi = off[0], xi = off[1]; i < n; i++, oi += os, xi += xs) {
                switch (t) {
                    case FLOAT32, FLOAT64 -> out.setDouble(oi, n == 1 && runLength >= 2 * Parallel.GRAIN
                            ? reduceSplit(op, k, x, xi, runStride, runLength)
                            : reduceFloat(op, k, x, xi, runStride, runLength));
                    default -> out.setLong(oi, reduceLong(op, x, xi, runStride, runLength));
                }
            }
        });
    }

    private static double reduceFloat(ReduceOp op, KernelProvider k, Storage x, int off, int stride, int n) {
        return x.dtype() == DType.FLOAT32 ? k.reduce(op, (float[]) x.data(), off, stride, n)
                : k.reduce(op, (double[]) x.data(), off, stride, n);
    }

    // one long run (a full reduction): threads reduce consecutive pieces, combined in order
    private static double reduceSplit(ReduceOp op, KernelProvider k, Storage x, int off, int stride, int n) {
        int chunks = Math.min(Parallel.numThreads(), n / Parallel.GRAIN);
        double[] partial = new double[chunks];
        Parallel.run(chunks, (c, cs) -> {
            int from = (int) ((long) n * c / cs);
            int to = (int) ((long) n * (c + 1) / cs);
            partial[c] = reduceFloat(op, k, x, off + from * stride, stride, to - from);
        });
        double acc = partial[0];
        for (int c = 1; c < chunks; c++) {
            acc = switch (op) {
                case SUM -> acc + partial[c];
                case PROD -> acc * partial[c];
                case MAX -> Math.max(acc, partial[c]);
                case MIN -> Math.min(acc, partial[c]);
            };
        }
        return acc;
    }

    private static long reduceLong(ReduceOp op, Storage x, int off, int stride, int n) {
        long acc = switch (op) {
            case SUM -> 0;
            case PROD -> 1;
            case MAX -> Long.MIN_VALUE;
            case MIN -> Long.MAX_VALUE;
        };
        for (int i = 0, xi = off; i < n; i++, xi += stride) {
            long v = x.getLong(xi);
            acc = switch (op) {
                case SUM -> acc + v;
                case PROD -> acc * v;
                case MAX -> Math.max(acc, v);
                case MIN -> Math.min(acc, v);
            };
        }
        return acc;
    }

    static void argReduce(Strided x, int dim, boolean max, Strided values, Strided indices) {
        int[] shape = x.shape();
        int n = shape.length == 0 ? 1 : shape[dim];
        int xs = shape.length == 0 ? 0 : x.stride()[dim];
        Storage xd = x.storage();
        Storage vd = values.storage();
        Storage id = indices.storage();
        KernelProvider k = Kernels.get();
        Slices.forEach(shape, dim, new int[][] {x.stride(), values.stride(), indices.stride()},
                new int[] {x.offset(), values.offset(), indices.offset()}, Math.max(1, Parallel.GRAIN / Math.max(1, n)), 1, off -> {
                    int best = switch (xd.dtype()) {
                        case FLOAT32 -> k.argExtreme((float[]) xd.data(), off[0], xs, n, max);
                        case FLOAT64 -> k.argExtreme((double[]) xd.data(), off[0], xs, n, max);
                        default -> SliceKernels.argExtreme(xd, off[0], xs, n, max);
                    };
                    SliceKernels.copyElement(xd, off[0] + best * xs, vd, off[1]);
                    id.setLong(off[2], best);
                });
    }

    static void softmax(Strided x, int dim, boolean log, Strided out) {
        int[] shape = x.shape();
        int n = shape.length == 0 ? 1 : shape[dim];
        int xs = shape.length == 0 ? 0 : x.stride()[dim];
        int os = shape.length == 0 ? 0 : out.stride()[dim];
        Storage xd = x.storage();
        Storage od = out.storage();
        KernelProvider k = Kernels.get();
        Slices.forEach(shape, dim, new int[][] {x.stride(), out.stride()}, new int[] {x.offset(), out.offset()},
                Math.max(1, Parallel.GRAIN / Math.max(1, n)), 1, off -> {
                    if (xd.dtype() == DType.FLOAT32) {
                        k.softmax((float[]) xd.data(), off[0], xs, (float[]) od.data(), off[1], os, n, log);
                    } else {
                        k.softmax((double[]) xd.data(), off[0], xs, (double[]) od.data(), off[1], os, n, log);
                    }
                });
    }
}

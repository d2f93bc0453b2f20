package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.KernelProvider;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.SliceKernels;
import jtorch.internal.kernels.StridedIterator;

/**
 * The reduction engine: moves the reduced dims innermost, makes them one strided run (copying only
 * when they do not coalesce), and reduces each run with the kernel provider (float32/float64) or in
 * long (integers). Ops along one dim (arg-extremes, sorting, scans) visit each 1-d slice through
 * {@link #forEachSlice}. No autograd here; {@link ReductionOps} and {@link SortOps} record.
 */
public final class Reductions {
    private Reductions() {
    }

    /**
     * {@code dims} null or empty means every dim (PyTorch's dim=None or dim=()). A 0-d tensor accepts
     * dims 0 and -1, which reduce nothing.
     */
    public static int[] dimsOrAll(int[] dims, int rank) {
        if (dims == null || dims.length == 0) {
            return Shapes.allDims(rank);
        }
        int[] d = Shapes.wrapDims(dims, rank);
        return rank == 0 ? new int[0] : d;
    }

    /**
     * Reduces {@code x} over {@code dims} with {@code op}, computing in {@code computeType} and
     * returning {@code outType}.
     */
    public static Tensor reduce(ReduceOp op, Tensor x, int[] dims, boolean keepdim, DType computeType, DType outType) {
        int rank = x.dim();
        int[] outShape = Shapes.reduceShape(x.shape(), dims, keepdim);
        Tensor out = Torch.empty(Torch.options().dtype(outType).device(x.device()), outShape);
        if (x.isMeta()) {
            return out;
        }
        Tensor in = x.dtype() == computeType ? x : x.to(computeType);
        if (Elementwise.isHalf(computeType)) {
            in = x.to(DType.FLOAT32);
            computeType = DType.FLOAT32;
        }
        // order: kept dims first, reduced dims last
        boolean[] reduced = new boolean[Math.max(rank, 1)];
        for (int d : dims) {
            reduced[d] = true;
        }
        int[] perm = new int[rank];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (!reduced[d]) {
                perm[k++] = d;
            }
        }
        int kept = k;
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                perm[k++] = d;
            }
        }
        Tensor p = rank == 0 ? in : in.permute(perm);
        int[] pShape = p.shape();
        int[] pStride = p.stride();
        int runLength = 1;
        for (int d = kept; d < rank; d++) {
            runLength *= pShape[d];
        }
        Integer runStride = coalescedStride(pShape, pStride, kept);
        if (runStride == null) {
            p = p.contiguous();
            pStride = p.stride();
            runStride = 1;
        }
        int[] outerShape = java.util.Arrays.copyOf(pShape, kept);
        int[] outerStride = java.util.Arrays.copyOf(pStride, kept);
        Tensor outFlat = out.reshape(outerShape);
        Tensor tmp = outType == computeType ? outFlat : Torch.empty(Torch.options().dtype(computeType), outerShape);
        StridedIterator it = new StridedIterator(outerShape, new int[][] {tmp.stride(), outerStride},
                new int[] {tmp.storageOffset(), p.storageOffset()});
        if (!it.isEmpty()) {
            reduceRuns(op, it, p.storage(), tmp.storage(), runLength, runStride);
        }
        if (tmp != outFlat) {
            CopyOps.copyInto(outFlat, tmp);
        }
        return out;
    }

    // the reduced dims [kept, rank) as one (stride, length) run, or null if they do not coalesce
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

    /**
     * Values and int64 indices of the first maximum (or minimum) along {@code dim}, NaN counting as
     * the extreme (PyTorch's {@code max(dim)}, {@code argmax}). The reduced dim must not be empty.
     */
    public static Tensor[] argReduce(Tensor x, int dim, boolean keepdim, boolean max) {
        int[] shape = x.shape();
        int[] outShape = x.dim() == 0 ? shape : Shapes.reduceShape(shape, new int[] {dim}, keepdim);
        Tensor values = Torch.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape);
        Tensor indices = Torch.empty(Torch.options().dtype(DType.INT64).device(x.device()), outShape);
        if (x.isMeta()) {
            return new Tensor[] {values, indices};
        }
        int n = sliceLength(x, dim);
        int xs = sliceStride(x, dim);
        Storage xd = x.storage();
        Storage vd = values.storage();
        Storage id = indices.storage();
        int rank = x.dim();
        KernelProvider k = Kernels.get();
        forEachSlice(shape, dim, new int[][] {x.stride(), keptStrides(values, dim, rank),
            keptStrides(indices, dim, rank)}, new int[] {x.storageOffset(), 0, 0}, Math.max(1, Parallel.GRAIN / n), 1,
            off -> {
                int best = switch (x.dtype()) {
                    case FLOAT32 -> k.argExtreme((float[]) xd.data(), off[0], xs, n, max);
                    case FLOAT64 -> k.argExtreme((double[]) xd.data(), off[0], xs, n, max);
                    default -> SliceKernels.argExtreme(xd, off[0], xs, n, max);
                };
                SliceKernels.copyElement(xd, off[0] + best * xs, vd, off[1]);
                id.setLong(off[2], best);
            });
        return new Tensor[] {values, indices};
    }

    /**
     * Softmax (or log-softmax) of a float32/float64 tensor along {@code dim}, each slice in one kernel
     * call (PyTorch's {@code softmax} / {@code log_softmax} CPU kernels), slices split among threads.
     */
    public static Tensor softmax(Tensor x, int dim, boolean log) {
        Tensor out = Torch.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.shape());
        if (x.isMeta()) {
            return out;
        }
        int n = sliceLength(x, dim);
        int xs = sliceStride(x, dim);
        int os = sliceStride(out, dim);
        Storage xd = x.storage();
        Storage od = out.storage();
        KernelProvider k = Kernels.get();
        forEachSlice(x.shape(), dim, new int[][] {x.stride(), out.stride()}, new int[] {x.storageOffset(), 0},
                Math.max(1, Parallel.GRAIN / n), 1, off -> {
                    if (x.dtype() == DType.FLOAT32) {
                        k.softmax((float[]) xd.data(), off[0], xs, (float[]) od.data(), off[1], os, n, log);
                    } else {
                        k.softmax((double[]) xd.data(), off[0], xs, (double[]) od.data(), off[1], os, n, log);
                    }
                });
        return out;
    }

    /** Visits the base offsets of one 1-d slice along a dim, one per operand. */
    @FunctionalInterface
    interface SliceVisitor {
        void visit(int[] offsets);
    }

    /**
     * Calls {@code v} once per 1-d slice along {@code dim} of {@code shape} (once for a 0-d shape),
     * with each operand's storage offset of the slice start. Operands share the sizes of every other
     * dim; along {@code dim} their sizes may differ (e.g. topk's k), each walks with its own stride.
     */
    static void forEachSlice(int[] shape, int dim, int[][] strides, int[] offsets, SliceVisitor v) {
        forEachSlice(shape, dim, strides, offsets, Integer.MAX_VALUE, 0, v);
    }

    /**
     * {@link #forEachSlice} with the slices split among the pool's threads when there are at least
     * {@code grain} per thread; {@code v} must then be safe to call concurrently, and operand
     * {@code written} is the one written (see {@link StridedIterator#forEachRun}).
     */
    static void forEachSlice(int[] shape, int dim, int[][] strides, int[] offsets, int grain, int written,
                             SliceVisitor v) {
        int[] iterShape = shape.clone();
        if (iterShape.length > 0) {
            iterShape[dim] = 1;
        }
        StridedIterator it = new StridedIterator(iterShape, strides, offsets);
        int ops = strides.length;
        int[] inner = new int[ops];
        for (int k = 0; k < ops; k++) {
            inner[k] = it.innerStride(k);
        }
        it.forEachRun(grain, written, (start, n) -> {
            int[] off = new int[ops];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < ops; k++) {
                    off[k] = start[k] + i * inner[k];
                }
                v.visit(off);
            }
        });
    }

    /** Length of the slices along {@code dim} (1 for a 0-d tensor). */
    static int sliceLength(Tensor t, int dim) {
        return t.dim() == 0 ? 1 : t.size(dim);
    }

    /** Element stride along {@code dim} (0 for a 0-d tensor). */
    static int sliceStride(Tensor t, int dim) {
        return t.dim() == 0 ? 0 : t.stride(dim);
    }

    /**
     * Strides of {@code out} as if it kept the reduced {@code dim} with size 1 (when it has one dim
     * fewer than the input's {@code rank}), so a result allocated without keepdim can be written by a
     * slice loop over the input's shape.
     */
    static int[] keptStrides(Tensor out, int dim, int rank) {
        return out.dim() == rank ? out.stride() : ViewOps.insert(out.stride(), dim, 0);
    }

    /** Number of elements reduced over {@code dims}. */
    public static int count(int[] shape, int[] dims) {
        int c = 1;
        for (int d : dims) {
            c *= shape[d];
        }
        return c;
    }

    /** Re-inserts reduced dims (size 1) into a gradient so it broadcasts against the input. */
    public static Tensor unsqueezeReduced(Tensor g, int[] dims, boolean keepdim) {
        if (keepdim) {
            return g;
        }
        int[] sorted = dims.clone();
        java.util.Arrays.sort(sorted);
        Tensor r = g;
        for (int d : sorted) {
            r = r.unsqueeze(d);
        }
        return r;
    }
}

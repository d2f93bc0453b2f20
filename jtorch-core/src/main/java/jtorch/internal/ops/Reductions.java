package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.backend.Strided;
import jtorch.internal.kernels.ReduceOp;

/**
 * The reduction engine: decides result shapes and dtypes, moves the reduced dims innermost and hands
 * the permuted input to the backend, which reduces each run. No autograd here; {@link ReductionOps} and
 * {@link SortOps} record.
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
        int[] outShape = Shapes.reduceShape(x.sizes(), dims, keepdim);
        Tensor out = Operands.empty(Torch.options().dtype(outType).device(x.device()), outShape);
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
        int[] outerShape = java.util.Arrays.copyOf(p.sizes(), kept);
        Tensor outFlat = out.reshape(outerShape);
        Tensor tmp = outType == computeType ? outFlat
                : Operands.empty(Torch.options().dtype(computeType).device(x.device()), outerShape);
        Operands.backend(tmp).reduce(op, Operands.of(p), kept, Operands.of(tmp));
        if (tmp != outFlat) {
            CopyOps.copyInto(outFlat, tmp);
        }
        return out;
    }

    /**
     * Values and int64 indices of the first maximum (or minimum) along {@code dim}, NaN counting as
     * the extreme (PyTorch's {@code max(dim)}, {@code argmax}). The reduced dim must not be empty.
     */
    public static Tensor[] argReduce(Tensor x, int dim, boolean keepdim, boolean max) {
        int[] shape = x.sizes();
        int[] outShape = x.dim() == 0 ? shape : Shapes.reduceShape(shape, new int[] {dim}, keepdim);
        Tensor values = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape);
        Tensor indices = Operands.empty(Torch.options().dtype(DType.INT64).device(x.device()), outShape);
        Operands.backend(values).argReduce(Operands.of(x), dim, max, keptDim(values, dim, x.dim()),
                keptDim(indices, dim, x.dim()));
        return new Tensor[] {values, indices};
    }

    /**
     * Softmax (or log-softmax) of a float32/float64 tensor along {@code dim}, each slice in one kernel
     * call (PyTorch's {@code softmax} / {@code log_softmax} CPU kernels), slices split among threads.
     */
    public static Tensor softmax(Tensor x, int dim, boolean log) {
        Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
        Operands.backend(out).softmax(Operands.of(x), dim, log, Operands.of(out));
        return out;
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

    /** {@code out} laid out with the reduced {@code dim} kept (size 1), as the backend's slice loops take it. */
    static Strided keptDim(Tensor out, int dim, int rank) {
        int[] shape = out.dim() == rank ? out.sizes() : ViewOps.insert(out.sizes(), dim, 1);
        return new Strided(out.storage(), shape, keptStrides(out, dim, rank), out.storageOffset());
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

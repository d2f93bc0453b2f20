package jtorch.ops;

import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.kernels.SliceKernels;
import jtorch.kernels.StridedIterator;

/**
 * gather and scatter-add into zeros along one dim, with an int64 index shaped like the dense side:
 * the differentiable primitive behind the value-selecting ops' backward (max(dim), sort, topk,
 * kthvalue place their gradient at the selected indices, as PyTorch's
 * {@code value_selecting_reduction_backward} does with {@code scatter}) and behind the flips and
 * shifts in the scan gradients. Each op is the other's backward, so higher-order gradients work.
 * PyTorch: {@code torch.gather}, {@code zeros.scatter_add(dim, index, src)}.
 *
 * <p>The reduction family owns this pair until the indexing family's general {@code gather}/{@code
 * scatter_add} (with their argument checks) replace it.
 */
final class GatherScatter {
    static final OpDef GATHER = OpDef.of("gather");
    static final OpDef SCATTER_ADD = OpDef.of("scatter_add");

    private GatherScatter() {
    }

    /** {@code out[..., i, ...] = x[..., index[..., i, ...], ...]} along {@code dim}; out has the index's shape. */
    static Tensor gather(Tensor x, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkIndex(index);
        int[] inShape = x.shape();
        return Dispatch.apply(GATHER, new Tensor[] {x}, () -> {
            Tensor out = Torch.empty(Torch.options().dtype(x.dtype()).device(x.device()), index.shape());
            if (!x.isMeta()) {
                walk(index, d, out, x, false);
            }
            return out;
        }, (ctx, g) -> new Tensor[] {scatterAddIntoZeros(inShape, d, index, g[0])});
    }

    /** Zeros of {@code shape} with {@code src[..., i, ...]} added at {@code index[..., i, ...]} along {@code dim}. */
    static Tensor scatterAddIntoZeros(int[] shape, int dim, Tensor index, Tensor src) {
        int d = Shapes.wrapDim(dim, shape.length);
        checkIndex(index);
        return Dispatch.apply(SCATTER_ADD, new Tensor[] {src}, () -> {
            Tensor out = Torch.zeros(Torch.options().dtype(src.dtype()).device(src.device()), shape);
            if (!src.isMeta()) {
                walk(index, d, src, out, true);
            }
            return out;
        }, (ctx, g) -> new Tensor[] {gather(g[0], d, index)});
    }

    private static void checkIndex(Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("gather(): Expected dtype int64 for index");
        }
    }

    // Walks the index shape: `dense` is read (scatter) or written (gather) in place, `indexed` at the
    // index's position along dim (stride 0 there in the walk, plus index * its dim stride).
    private static void walk(Tensor index, int dim, Tensor dense, Tensor indexed, boolean scatter) {
        if (index.dim() == 0) {
            index = index.reshape(1);
            dense = Tensor.viewOf(dense, new int[] {1}, new int[] {1}, dense.storageOffset());
            indexed = Tensor.viewOf(indexed, new int[] {1}, new int[] {1}, indexed.storageOffset());
        }
        int size = indexed.size(dim);
        int dimStride = indexed.stride(dim);
        int[] walkStride = indexed.stride().clone();
        walkStride[dim] = 0;
        StridedIterator it = new StridedIterator(index.shape(), new int[][] {index.stride(), dense.stride(), walkStride},
                new int[] {index.storageOffset(), dense.storageOffset(), indexed.storageOffset()});
        if (it.isEmpty()) {
            return;
        }
        Storage is = index.storage();
        Storage ds = dense.storage();
        Storage xs = indexed.storage();
        int n = it.innerSize();
        int s0 = it.innerStride(0);
        int s1 = it.innerStride(1);
        int s2 = it.innerStride(2);
        do {
            for (int k = 0, io = it.offset(0), dOff = it.offset(1), xOff = it.offset(2); k < n;
                 k++, io += s0, dOff += s1, xOff += s2) {
                long i = is.getLong(io);
                if (i < 0 || i >= size) {
                    throw new IndexOutOfBoundsException("index " + i + " is out of bounds for dimension " + dim
                            + " with size " + size);
                }
                int target = xOff + (int) i * dimStride;
                if (scatter) {
                    SliceKernels.addElement(ds, dOff, xs, target);
                } else {
                    SliceKernels.copyElement(xs, target, ds, dOff);
                }
            }
        } while (it.next());
    }

    /** An int64 index holding {@code values} along {@code dim}, broadcast (stride 0) to {@code shape}. */
    static Tensor alongDim(long[] values, int dim, int[] shape) {
        int[] s = new int[shape.length];
        java.util.Arrays.fill(s, 1);
        s[dim] = values.length;
        return Torch.fromArray(values, values.length).view(s).expand(shape);
    }
}

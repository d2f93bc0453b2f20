package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ScatterReduction;

/**
 * Index ops along one dim or over the flattened tensor: gather, scatter, scatter_add, index_select
 * and take, each with PyTorch's checks and messages, forward and backward. All of them turn their
 * index into a table of element offsets and walk it with {@link AdvancedIndex#gather} /
 * {@link AdvancedIndex#scatter}. As in PyTorch, a 0-d tensor counts as one element of size 1
 * ({@code ensure_nonempty_dim}).
 */
public final class GatherScatterOps {
    static final OpDef GATHER = OpDef.of("gather", Saves.inputs(1));
    static final OpDef SCATTER = OpDef.of("scatter", Saves.inputs(1));
    static final OpDef SCATTER_VALUE = OpDef.of("scatter", 1, Saves.inputs(1));
    static final OpDef SCATTER_ADD = OpDef.of("scatter_add", Saves.inputs(1));
    static final OpDef INDEX_SELECT = OpDef.of("index_select", Saves.inputs(1));
    static final OpDef TAKE = OpDef.of("take", Saves.inputs(1));

    private GatherScatterOps() {
    }

    // ---------------------------------------------------------------- gather

    /** {@code out[i][j] = x[index[i][j]][j]} for dim 0, and so on. PyTorch: {@code torch.gather}. */
    public static Tensor gather(Tensor x, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.numel() != 0) {
            if (index.dtype() != DType.INT64) {
                throw new IllegalArgumentException("gather(): Expected dtype int64 for index");
            }
            if (dims(x) != dims(index)) {
                throw new IllegalArgumentException("Index tensor must have the same number of dimensions as input tensor");
            }
            for (int k = 0; k < dims(x); k++) {
                if (k != d && size(index, k) > size(x, k)) {
                    throw new IllegalArgumentException("Size does not match at dimension " + k + " expected index "
                            + Shapes.format(index.sizes()) + " to be smaller than self " + Shapes.format(x.sizes())
                            + " apart from dimension " + d);
                }
            }
        }
        int[] shape = x.sizes();
        return Dispatch.apply(GATHER, new Tensor[] {x, index}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), index.sizes());
            if (index.numel() != 0) {
                int[] ishape = shape(index);
                int[] table = offsets(index, d, size(x, d), stride(x)[d]);
                AdvancedIndex.gather(Tensor.viewOf(out, ishape, Shapes.contiguousStrides(ishape), 0),
                        alongIndex(x, ishape, d), table, Shapes.contiguousStrides(ishape));
            }
            return out;
        }, (ctx, g) -> new Tensor[] {scatterAdd(zeros(shape, g[0]), d, ctx.input(1), g[0]), null});
    }

    // ---------------------------------------------------------------- scatter / scatter_add

    /** A copy of x with {@code src[i][j]} written at {@code [index[i][j]][j]} (dim 0). PyTorch: {@code Tensor.scatter}. */
    public static Tensor scatter(Tensor x, int dim, Tensor index, Tensor src) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, src);
        int[] srcShape = src.sizes();
        return Dispatch.apply(SCATTER, new Tensor[] {x, index, src}, () -> scattered(x, d, index, src, false),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? scatter(g[0], d, ctx.input(1), 0) : null, null,
                    ctx.needsInputGrad(2) ? padTo(gather(g[0], d, ctx.input(1)), srcShape) : null});
    }

    /** A copy of x with {@code value} written at the indexed positions. PyTorch: {@code Tensor.scatter(dim, index, value)}. */
    public static Tensor scatter(Tensor x, int dim, Tensor index, double value) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, null);
        return Dispatch.apply(SCATTER_VALUE, new Tensor[] {x, index},
                () -> scattered(x, d, index, Torch.scalarTensor(value, x.dtype()), false),
                (ctx, g) -> new Tensor[] {scatter(g[0], d, ctx.input(1), 0), null});
    }

    /** In-place {@link #scatter(Tensor, int, Tensor, Tensor)}. PyTorch: {@code Tensor.scatter_}. */
    public static Tensor scatter_(Tensor x, int dim, Tensor index, Tensor src) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, src);
        return Dispatch.inPlace(SCATTER, x, new Tensor[] {index, src}, old -> scatter(old, d, index, src),
                () -> scatterInto(x, d, index, src, false));
    }

    /** In-place {@link #scatter(Tensor, int, Tensor, double)}. PyTorch: {@code Tensor.scatter_(dim, index, value)}. */
    public static Tensor scatter_(Tensor x, int dim, Tensor index, double value) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, null);
        return Dispatch.inPlace(SCATTER_VALUE, x, new Tensor[] {index}, old -> scatter(old, d, index, value),
                () -> scatterInto(x, d, index, Torch.scalarTensor(value, x.dtype()), false));
    }

    /** A copy of x with src added at the indexed positions; duplicates accumulate. PyTorch: {@code Tensor.scatter_add}. */
    public static Tensor scatterAdd(Tensor x, int dim, Tensor index, Tensor src) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, src);
        int[] srcShape = src.sizes();
        return Dispatch.apply(SCATTER_ADD, new Tensor[] {x, index, src}, () -> scattered(x, d, index, src, true),
                (ctx, g) -> new Tensor[] {g[0], null,
                    ctx.needsInputGrad(2) ? padTo(gather(g[0], d, ctx.input(1)), srcShape) : null});
    }

    /** In-place {@link #scatterAdd}. PyTorch: {@code Tensor.scatter_add_}. */
    public static Tensor scatterAdd_(Tensor x, int dim, Tensor index, Tensor src) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkScatter(x, d, index, src);
        return Dispatch.inPlace(SCATTER_ADD, x, new Tensor[] {index, src}, old -> scatterAdd(old, d, index, src),
                () -> scatterInto(x, d, index, src, true));
    }

    // PyTorch's scatter_gather_dtype_check + scatter_shape_check (the messages say "scatter" for scatter_add too)
    static void checkScatter(Tensor x, int d, Tensor index, Tensor src) {
        boolean empty = index.numel() == 0;
        if (!empty && index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("scatter(): Expected dtype int64 for index");
        }
        if (src != null && src.dtype() != x.dtype()) {
            throw new IllegalArgumentException("scatter(): Expected self.dtype to be equal to src.dtype");
        }
        if (empty) {
            return;
        }
        if (dims(x) != dims(index)) {
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as self tensor");
        }
        boolean wrongShape = false;
        for (int k = 0; k < dims(x) && !wrongShape; k++) {
            wrongShape = k != d && size(index, k) > size(x, k);
        }
        for (int k = 0; src != null && k < dims(x) && !wrongShape; k++) {
            wrongShape = size(index, k) > size(src, k);
        }
        String expected = "Expected index " + Shapes.format(index.sizes()) + " to be smaller than self "
                + Shapes.format(x.sizes()) + " apart from dimension " + d;
        if (src != null) {
            if (dims(src) != dims(index)) {
                throw new IllegalArgumentException("Index tensor must have the same number of dimensions as src tensor");
            }
            if (wrongShape) {
                throw new IllegalArgumentException(expected + " and to be smaller size than src "
                        + Shapes.format(src.sizes()));
            }
        } else if (wrongShape) {
            throw new IllegalArgumentException(expected);
        }
    }

    private static Tensor scattered(Tensor x, int d, Tensor index, Tensor src, boolean accumulate) {
        Tensor out = x.clone();
        scatterInto(out, d, index, src, accumulate);
        return out;
    }

    // the raw scatter into target (no autograd, no version bump); src is read over index's shape
    private static void scatterInto(Tensor target, int d, Tensor index, Tensor src, boolean accumulate) {
        if (index.numel() == 0) {
            return;
        }
        int[] ishape = shape(index);
        int[] table = offsets(index, d, size(target, d), stride(target)[d]);
        Tensor values = src.dim() == 0 ? IndexingOps.broadcastView(src, ishape)
                : Tensor.viewOf(src, ishape, src.stride(), src.storageOffset());
        AdvancedIndex.scatter(alongIndex(target, ishape, d), values, table, Shapes.contiguousStrides(ishape), accumulate);
    }

    /**
     * The raw reducing scatter into target (no autograd, no version bump) behind scatter_reduce and index_reduce's
     * prod/amax/amin: {@code target[..index..] = r(target[..index..], src[..])} over index's shape.
     */
    static void scatterReduceInto(Tensor target, int d, Tensor index, Tensor src, ScatterReduction r) {
        if (index.numel() == 0) {
            return;
        }
        int[] ishape = shape(index);
        int[] table = offsets(index, d, size(target, d), stride(target)[d]);
        AdvancedIndex.scatterReduce(alongIndex(target, ishape, d), Tensor.viewOf(src, ishape, stride(src),
                src.storageOffset()), table, Shapes.contiguousStrides(ishape), r);
    }

    // the gradient of src when index covers only part of it: zeros elsewhere
    static Tensor padTo(Tensor g, int[] shape) {
        if (Arrays.equals(g.sizes(), shape)) {
            return g;
        }
        int[] stride = g.dim() == shape.length ? Shapes.contiguousStrides(shape) : new int[g.dim()];
        return ViewOps.asStridedScatter(g, shape, new ViewOps.Geometry(g.sizes(), stride, 0));
    }

    // ---------------------------------------------------------------- index_select

    /** The slices of x at {@code index} (1-D int64 or int32) along dim. PyTorch: {@code torch.index_select}. */
    public static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() > 1) {
            throw new IndexOutOfBoundsException("index_select(): Index is supposed to be a vector");
        }
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw new IllegalArgumentException("index_select(): Expected dtype int32 or int64 for index");
        }
        int[] shape = x.sizes();
        int indexCount = index.numel();
        return Dispatch.apply(INDEX_SELECT, new Tensor[] {x, index}, () -> {
            long[] values = Operands.indexValues(index);
            checkIndexSelectRange(x, d, values);
            int step = stride(x)[d];
            int[] table = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                table[i] = (int) values[i] * step;
            }
            if (x.dim() == 0) {
                return x.clone(); // PyTorch: a 0-d input gives a 0-d result whatever the index length
            }
            int[] outShape = x.sizes();
            outShape[d] = values.length;
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape);
            int[] tableStrides = new int[outShape.length];
            tableStrides[d] = 1;
            AdvancedIndex.gather(out, alongIndex(x, outShape, d), table, tableStrides);
            return out;
        }, (ctx, g) -> {
            if (shape.length == 0) {
                return new Tensor[] {g[0], null};
            }
            int[] ones = new int[shape.length];
            Arrays.fill(ones, 1);
            ones[d] = indexCount;
            Tensor idx = ctx.input(1).to(DType.INT64).reshape(ones).expand(g[0].sizes());
            return new Tensor[] {scatterAdd(zeros(shape, g[0]), d, idx, g[0]), null};
        });
    }

    // PyTorch's CPU kernel reports a bad index in one of two ways, depending on the path it takes
    private static void checkIndexSelectRange(Tensor x, int d, long[] values) {
        int size = size(x, d);
        boolean axisCheck = x.dim() > 1 && values.length > 0 && (x.numel() == 0 || d == 1);
        if (axisCheck && size == 0) {
            throw new IllegalArgumentException("index_select(): self indexing axis dim should be positive");
        }
        for (long v : values) {
            if (v < 0 || v >= size) {
                if (axisCheck) {
                    throw new IndexOutOfBoundsException("INDICES element is out of DATA bounds, id=" + v + " axis_dim="
                            + size);
                }
                throw new IndexOutOfBoundsException("index out of range in self");
            }
        }
    }

    // ---------------------------------------------------------------- take

    /** Elements of the flattened x at {@code index} (int64; negative counts from the end). PyTorch: {@code torch.take}. */
    public static Tensor take(Tensor x, Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("take(): Expected a long tensor for index, but got "
                    + TypePromotion.scalarTypeName(index.dtype()));
        }
        if (x.numel() == 0 && index.numel() != 0) {
            throw new IndexOutOfBoundsException("take(): tried to take from an empty tensor");
        }
        int[] shape = x.sizes();
        int numel = x.numel();
        return Dispatch.apply(TAKE, new Tensor[] {x, index}, () -> {
            long[] values = Operands.indexValues(index);
            int[] table = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                long v = values[i];
                if (v < -numel || v >= numel) {
                    throw new IndexOutOfBoundsException("out of range: tried to access index " + v + " on a tensor of "
                            + numel + " elements.");
                }
                table[i] = (int) (v < 0 ? v + numel : v);
            }
            Tensor c = x.contiguous();
            int[] ishape = index.sizes();
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), ishape);
            Tensor base = Tensor.viewOf(c, ishape, new int[ishape.length], c.storageOffset());
            AdvancedIndex.gather(out, base, table, Shapes.contiguousStrides(ishape));
            return out;
        }, (ctx, g) -> {
            Tensor flat = IndexingOps.indexPut(zeros(new int[] {numel}, g[0]), new Tensor[] {ctx.input(1).reshape(-1)},
                    g[0].reshape(-1), true);
            return new Tensor[] {flat.reshape(shape), null};
        });
    }

    // ---------------------------------------------------------------- helpers

    // table[k] = index[k] * step for the index's elements in row-major order, each checked against size
    private static int[] offsets(Tensor index, int dim, int size, int step) {
        long[] values = Operands.indexValues(index);
        int[] table = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            long v = values[k];
            if (v < 0 || v >= size) {
                throw new IndexOutOfBoundsException("index " + v + " is out of bounds for dimension " + dim
                        + " with size " + size);
            }
            table[k] = (int) v * step;
        }
        return table;
    }

    // t viewed with `shape` (<= t's in every dim but d), stride 0 along d: offsets along d come from a table
    private static Tensor alongIndex(Tensor t, int[] shape, int d) {
        int[] stride = stride(t);
        stride[d] = 0;
        return Tensor.viewOf(t, shape, stride, t.storageOffset());
    }

    private static Tensor zeros(int[] shape, Tensor like) {
        return Operands.zerosLike(like, shape);
    }

    // ensure_nonempty_dim / ensure_nonempty_size: a 0-d tensor acts as shape [1]
    private static int dims(Tensor t) {
        return Math.max(t.dim(), 1);
    }

    private static int size(Tensor t, int k) {
        return t.dim() == 0 ? 1 : t.size(k);
    }

    private static int[] shape(Tensor t) {
        return t.dim() == 0 ? new int[] {1} : t.sizes();
    }

    private static int[] stride(Tensor t) {
        return t.dim() == 0 ? new int[] {1} : t.stride();
    }
}

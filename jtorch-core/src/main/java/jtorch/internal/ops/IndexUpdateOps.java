package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Updates of a copy of self at positions along one dim: index_add, index_copy and index_fill (with their in-place
 * forms), at flat positions (put) or where a mask holds (masked_scatter), and the inverses of the view ops,
 * select_scatter, slice_scatter and diagonal_scatter. Each has
 * PyTorch's checks and messages, its node, and a backward written with index_select / index_fill and the views.
 * The writes go through index_put on self's copy viewed with the indexed dim first.
 */
public final class IndexUpdateOps {
    static final OpDef INDEX_ADD = OpDef.of("index_add", Saves.inputs(1));
    static final OpDef INDEX_COPY = OpDef.of("index_copy", Saves.inputs(1));
    static final OpDef INDEX_FILL = OpDef.of("index_fill", Saves.inputs(1));
    static final OpDef INDEX_FILL_TENSOR = OpDef.of("index_fill", 1, Saves.inputs(1));
    static final OpDef SELECT_SCATTER = OpDef.of("select_scatter", Saves.NOTHING);
    static final OpDef SLICE_SCATTER = OpDef.of("slice_scatter", Saves.NOTHING);
    static final OpDef DIAGONAL_SCATTER = OpDef.of("diagonal_scatter", Saves.NOTHING);
    static final OpDef PUT = OpDef.of("put", Saves.inputs(1));
    static final OpDef MASKED_SCATTER = OpDef.of("masked_scatter", Saves.inputs(1));

    private IndexUpdateOps() {
    }

    // ---------------------------------------------------------------- index_add

    /**
     * A copy of x with {@code alpha * source} added at {@code index} along {@code dim}; repeated indices accumulate.
     * PyTorch: {@code torch.index_add(input, dim, index, source, *, alpha=1)}.
     */
    public static Tensor indexAdd(Tensor x, int dim, Tensor index, Tensor source, double alpha) {
        int d = checkIndexFunc("index_add", x, dim, index, source);
        int[] sourceShape = source.sizes();
        return Dispatch.apply(INDEX_ADD, new Tensor[] {x, index, source}, () -> {
            Tensor out = x.clone();
            addInto(out, d, index, source, alpha);
            return out;
        }, (ctx, g) -> new Tensor[] {g[0], null,
            ctx.needsInputGrad(2) ? scaled(selected(g[0], d, ctx.input(1), sourceShape), alpha) : null});
    }

    /** In-place {@link #indexAdd}. PyTorch: {@code Tensor.index_add_(dim, index, source, *, alpha=1)}. */
    public static Tensor indexAdd_(Tensor x, int dim, Tensor index, Tensor source, double alpha) {
        int d = checkIndexFunc("index_add", x, dim, index, source);
        return Dispatch.inPlace(INDEX_ADD, x, new Tensor[] {index, source},
                old -> indexAdd(old, d, index, source, alpha), () -> addInto(x, d, index, source, alpha));
    }

    // PyTorch's index_func_meta_impl (shared by index_add and index_reduce), then the bounds check of its CPU loop
    static int checkIndexFunc(String func, Tensor x, int dim, Tensor index, Tensor source) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() > 1) {
            throw new IndexOutOfBoundsException(func + "_(): Index is supposed to be a vector, but got dim: "
                    + index.dim() + " with type: " + TypePromotion.scalarTypeName(index.dtype()) + " and size: "
                    + Shapes.format(index.sizes()));
        }
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw new IllegalArgumentException(func + "_(): Expected dtype int32/int64 for index but got: "
                    + TypePromotion.scalarTypeName(index.dtype()));
        }
        if (x.dtype() != source.dtype()) {
            throw new IllegalArgumentException(func + "_(): self (" + TypePromotion.scalarTypeName(x.dtype())
                    + ") and source (" + TypePromotion.scalarTypeName(source.dtype()) + ") must have the same scalar type");
        }
        if (d != 0 && d >= source.dim()) {
            throw new IllegalArgumentException(func + "_(): Indexing dim " + d + " is out of bounds of the source "
                    + "tensor with dim " + source.dim());
        }
        int count = source.dim() == 0 ? 1 : source.size(d);
        if (index.numel() != count) {
            throw new IllegalArgumentException(func + "_(): Number of indices (" + index.numel() + ") should be "
                    + "equal to source.size(dim): (" + count + "), for dim: " + d);
        }
        checkSlices(x, d, source);
        for (long i : index.toLongArray()) {
            if (i < 0 || i >= dimSize(x, d)) {
                throw new IndexOutOfBoundsException("index out of range in self");
            }
        }
        return d;
    }

    private static void addInto(Tensor out, int d, Tensor index, Tensor source, double alpha) {
        // alpha is cast to self's dtype first, as PyTorch's Scalar is (2.5 adds twice the source to int64)
        double a = out.dtype().isFloatingPoint() ? alpha : (long) alpha;
        Tensor values = a == 1 ? source : source.mul(Torch.scalarTensor(a, source.dtype()));
        putAlong(out, d, index, values, true);
    }

    // ---------------------------------------------------------------- index_copy

    /**
     * A copy of x with the slices of {@code source} written at {@code index} along {@code dim}.
     * PyTorch: {@code torch.index_copy(input, dim, index, source)}.
     */
    public static Tensor indexCopy(Tensor x, int dim, Tensor index, Tensor source) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.promote(INDEX_COPY, new Tensor[] {x, index, source},
                    t -> indexCopy(t[0], dim, t[1], t[2]));
        }
        int d = checkIndexCopy(x, dim, index, source);
        int[] sourceShape = source.sizes();
        return Dispatch.apply(INDEX_COPY, new Tensor[] {x, index, source}, () -> {
            Tensor out = x.clone();
            putAlong(out, d, index, source, false);
            return out;
        }, (ctx, g) -> new Tensor[] {
            ctx.needsInputGrad(0) ? indexFill(g[0], d, ctx.input(1), 0) : null, null,
            ctx.needsInputGrad(2) ? selected(g[0], d, ctx.input(1), sourceShape) : null});
    }

    /** In-place {@link #indexCopy}. PyTorch: {@code Tensor.index_copy_(dim, index, source)}. */
    public static Tensor indexCopy_(Tensor x, int dim, Tensor index, Tensor source) {
        int d = checkIndexCopy(x, dim, index, source);
        return Dispatch.inPlace(INDEX_COPY, x, new Tensor[] {index, source}, old -> indexCopy(old, d, index, source),
                () -> putAlong(x, d, index, source, false));
    }

    // PyTorch's index_copy meta function and CPU bounds check
    private static int checkIndexCopy(Tensor x, int dim, Tensor index, Tensor source) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() >= 2) {
            throw new IndexOutOfBoundsException("index_copy_(): Index should have dimension 1 or 0 (got "
                    + index.dim() + ")");
        }
        int count = source.dim() == 0 ? 1 : source.size(d < source.dim() ? d : 0);
        if (index.numel() != count) {
            throw new IndexOutOfBoundsException("index_copy_(): Number of indices (" + index.numel()
                    + ") should be equal to source.size(dim) (" + count + ")");
        }
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("index_copy_(): Expected a long tensor for index, but got "
                    + TypePromotion.scalarTypeName(index.dtype()));
        }
        if (x.dtype() != source.dtype()) {
            throw new IllegalArgumentException("index_copy_(): self and source expected to have the same dtype, but "
                    + "got (self) " + TypePromotion.scalarTypeName(x.dtype()) + " and (source) "
                    + TypePromotion.scalarTypeName(source.dtype()));
        }
        if (x.dim() != source.dim() && source.dim() > 0) {
            throw new IndexOutOfBoundsException("index_copy_(): When source and destination are not scalars, their "
                    + "dimensionality must match. Source dimensionality (" + source.dim() + "), destination "
                    + "dimensionality (" + x.dim() + ")");
        }
        if (source.dim() > 0) {
            // PyTorch numbers the dims of the slices (self without dim d)
            int[] selfSlice = ViewOps.remove(x.sizes(), d);
            int[] sourceSlice = ViewOps.remove(source.sizes(), d);
            for (int k = 0; k < selfSlice.length; k++) {
                if (selfSlice[k] != sourceSlice[k]) {
                    throw new IllegalArgumentException("index_copy_(): Source/destination tensor must have same slice "
                            + "shapes. Destination slice shape: " + selfSlice[k] + " at dimension " + k + " and source "
                            + "slice shape: " + sourceSlice[k] + " at dimension " + k + ".");
                }
            }
        }
        for (long i : index.toLongArray()) {
            if (i < 0 || i >= dimSize(x, d)) {
                throw new IndexOutOfBoundsException("index_copy_(): index " + i + " is out of bounds for dimension "
                        + d + " with size " + dimSize(x, d));
            }
        }
        return d;
    }

    // ---------------------------------------------------------------- index_fill

    /**
     * A copy of x with {@code value} at {@code index} along {@code dim} (negative indices count from the end).
     * PyTorch: {@code torch.index_fill(input, dim, index, value)}.
     */
    public static Tensor indexFill(Tensor x, int dim, Tensor index, double value) {
        int d = checkIndexFill(x, dim, index);
        return Dispatch.apply(INDEX_FILL, new Tensor[] {x, index}, () -> {
            Tensor out = x.clone();
            fillInto(out, d, index, Torch.scalarTensor(value, x.dtype()));
            return out;
        }, (ctx, g) -> new Tensor[] {indexFill(g[0], d, ctx.input(1), 0), null});
    }

    /**
     * {@link #indexFill(Tensor, int, Tensor, double)} with a 0-D tensor value, which gets the sum of the filled
     * positions' gradient. PyTorch: {@code torch.index_fill(input, dim, index, value: Tensor)}.
     */
    public static Tensor indexFill(Tensor x, int dim, Tensor index, Tensor value) {
        int d = checkIndexFill(x, dim, index);
        checkFillValue(value);
        return Dispatch.apply(INDEX_FILL_TENSOR, new Tensor[] {x, index, value}, () -> {
            Tensor out = x.clone();
            fillInto(out, d, index, value.to(x.dtype()));
            return out;
        }, (ctx, g) -> new Tensor[] {
            ctx.needsInputGrad(0) ? indexFill(g[0], d, ctx.input(1), 0) : null, null,
            ctx.needsInputGrad(2) ? g[0].indexSelect(d, wrapped(ctx.input(1), dimSize(g[0], d))).sum() : null});
    }

    /** In-place {@link #indexFill(Tensor, int, Tensor, double)}. PyTorch: {@code Tensor.index_fill_}. */
    public static Tensor indexFill_(Tensor x, int dim, Tensor index, double value) {
        int d = checkIndexFill(x, dim, index);
        return Dispatch.inPlace(INDEX_FILL, x, new Tensor[] {index}, old -> indexFill(old, d, index, value),
                () -> fillInto(x, d, index, Torch.scalarTensor(value, x.dtype())));
    }

    /** In-place {@link #indexFill(Tensor, int, Tensor, Tensor)}. PyTorch: {@code Tensor.index_fill_}. */
    public static Tensor indexFill_(Tensor x, int dim, Tensor index, Tensor value) {
        int d = checkIndexFill(x, dim, index);
        checkFillValue(value);
        return Dispatch.inPlace(INDEX_FILL_TENSOR, x, new Tensor[] {index, value},
                old -> indexFill(old, d, index, value), () -> fillInto(x, d, index, value.to(x.dtype())));
    }

    private static int checkIndexFill(Tensor x, int dim, Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw new IndexOutOfBoundsException("index_fill_(): Expected dtype int64 for index.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() > 1) {
            throw new IllegalArgumentException("Index has to be a vector/scalar");
        }
        int size = dimSize(x, d);
        for (long i : index.toLongArray()) {
            if (i < -size || i >= size) {
                throw new IndexOutOfBoundsException("index " + i + " is out of bounds for dimension " + d
                        + " with size " + size);
            }
        }
        return d;
    }

    private static void checkFillValue(Tensor value) {
        if (value.dim() != 0) {
            throw new IllegalArgumentException("index_fill_ only supports a 0-dimensional value tensor, but got "
                    + "tensor with " + value.dim() + " dimension(s).");
        }
    }

    private static void fillInto(Tensor out, int d, Tensor index, Tensor value) {
        putAlong(out, d, wrapped(index, dimSize(out, d)), value, false);
    }

    // index_fill's negative indices count from the end of the dim
    private static Tensor wrapped(Tensor index, int size) {
        return Torch.where(index.lt(0L), index.add(Torch.scalarTensor(size, DType.INT64)), index);
    }

    // ---------------------------------------------------------------- shared

    // a 0-d tensor is one element of size 1 along dim 0, as PyTorch's index ops treat it
    private static int dimSize(Tensor x, int d) {
        return x.dim() == 0 ? 1 : x.size(d);
    }

    // source's slices (all but dim d) must broadcast onto self's, as PyTorch's per-index add does
    private static void checkSlices(Tensor x, int d, Tensor source) {
        if (x.dim() == 0 || source.dim() == 0) {
            return;
        }
        int[] selfSlice = ViewOps.remove(x.sizes(), d);
        int[] sourceSlice = ViewOps.remove(source.sizes(), d);
        int[] shape = Shapes.broadcast(selfSlice, sourceSlice);
        if (!Arrays.equals(shape, selfSlice)) {
            throw new IllegalArgumentException("output with shape " + Shapes.format(selfSlice) + " doesn't match the "
                    + "broadcast shape " + Shapes.format(shape));
        }
    }

    /**
     * Writes (or with {@code accumulate} adds) {@code values}' slices into {@code out} at {@code index} along d:
     * index_put on out viewed with d first. values is either 0-d (one value for every position) or has source's
     * layout (index along d, slices in the other dims).
     */
    private static void putAlong(Tensor out, int d, Tensor index, Tensor values, boolean accumulate) {
        Tensor target = out.dim() == 0 ? out.view(1) : ViewOps.movedim(out, new int[] {d}, new int[] {0});
        Tensor idx = index.reshape(-1).to(DType.INT64);
        Tensor v = values;
        if (values.dim() > 0) {
            // index first, then the slice dims right-aligned with self's so they broadcast
            Tensor moved = ViewOps.movedim(values, new int[] {d}, new int[] {0});
            int[] shape = new int[target.dim()];
            Arrays.fill(shape, 1);
            int[] ms = moved.sizes();
            shape[0] = ms[0];
            System.arraycopy(ms, 1, shape, shape.length - (ms.length - 1), ms.length - 1);
            v = moved.reshape(shape);
        } else if (accumulate) {
            v = values.reshape(1);
        }
        IndexingOps.indexPut_(target, new Tensor[] {idx}, v, accumulate);
    }

    // the gradient at index along d, in source's shape (0-d source: one element)
    private static Tensor selected(Tensor g, int d, Tensor index, int[] sourceShape) {
        Tensor s = g.dim() == 0 ? g.reshape(1) : g.indexSelect(d, index.reshape(-1).to(DType.INT64));
        return sourceShape.length == 0 ? s.reshape() : s;
    }

    private static Tensor scaled(Tensor g, double alpha) {
        return alpha == 1 ? g : g.mul(alpha);
    }

    // ---------------------------------------------------------------- put

    /**
     * A copy of x with {@code source}'s elements written (or with {@code accumulate} added) at the flat positions
     * {@code index} (negative ones count from the end), x seen as 1-D. PyTorch: {@code Tensor.put(index, source,
     * accumulate=False)}.
     */
    public static Tensor put(Tensor x, Tensor index, Tensor source, boolean accumulate) {
        checkPut(x, index, source);
        int[] sourceShape = source.sizes();
        return Dispatch.apply(PUT, new Tensor[] {x, index, source}, () -> {
            Tensor out = x.clone();
            putInto(out, index, source, accumulate);
            return out;
        }, (ctx, g) -> new Tensor[] {
            !ctx.needsInputGrad(0) ? null : accumulate ? g[0]
                    : put(g[0], ctx.input(1), Operands.zerosLike(g[0], sourceShape), false), null,
            ctx.needsInputGrad(2) ? g[0].take(ctx.input(1)).reshape(sourceShape) : null});
    }

    /** In-place {@link #put}. PyTorch: {@code Tensor.put_(index, source, accumulate=False)}. */
    public static Tensor put_(Tensor x, Tensor index, Tensor source, boolean accumulate) {
        checkPut(x, index, source);
        return Dispatch.inPlace(PUT, x, new Tensor[] {index, source}, old -> put(old, index, source, accumulate),
                () -> putInto(x, index, source, accumulate));
    }

    private static void checkPut(Tensor x, Tensor index, Tensor source) {
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("put_(): Expected a long tensor for index, but got "
                    + TypePromotion.scalarTypeName(index.dtype()));
        }
        if (x.dtype() != source.dtype()) {
            throw new IllegalArgumentException("put_(): self and source expected to have the same dtype, but got "
                    + "self.dtype = " + TypePromotion.scalarTypeName(x.dtype()) + " and source.dtype = "
                    + TypePromotion.scalarTypeName(source.dtype()));
        }
        if (source.numel() != index.numel()) {
            throw new IndexOutOfBoundsException("put_(): Expected source and index to have the same number of "
                    + "elements, but got source.numel() = " + source.numel() + ", index.numel() = " + index.numel());
        }
        int n = x.numel();
        for (long i : index.toLongArray()) {
            if (i < -n || i >= n) {
                throw new IndexOutOfBoundsException("out of range: tried to access index " + i + " on a tensor of "
                        + n + " elements.");
            }
        }
    }

    private static void putInto(Tensor out, Tensor index, Tensor source, boolean accumulate) {
        // positions are row-major: a non-contiguous self (put_ on a view) is written through a contiguous copy
        boolean contiguous = Shapes.isContiguous(out.sizes(), out.stride());
        Tensor flat = (contiguous ? out : out.contiguous()).view(-1);
        Tensor idx = wrapped(index.reshape(-1), out.numel());
        IndexingOps.indexPut_(flat, new Tensor[] {idx}, source.reshape(-1), accumulate);
        if (!contiguous) {
            CopyOps.copyInto(out, flat.view(out.sizes()));
        }
    }

    // ---------------------------------------------------------------- masked_scatter

    /**
     * x (broadcast with mask) with the positions where mask holds taken, in order, from the first elements of
     * {@code source}. PyTorch: {@code Tensor.masked_scatter(mask, source)}.
     */
    public static Tensor maskedScatter(Tensor x, Tensor mask, Tensor source) {
        checkMaskedScatter(x, source);
        int[] shape = Shapes.broadcast(mask.sizes(), x.sizes());
        int[] xShape = x.sizes();
        int[] sourceShape = source.sizes();
        return Dispatch.apply(MASKED_SCATTER, new Tensor[] {x, mask, source}, () -> {
            Tensor out = ViewOps.expand(x, shape).clone();
            scatterInto(out, ViewOps.expand(mask, shape), source);
            return out;
        }, (ctx, g) -> {
            Tensor m = boolMask(ctx.input(1));
            Tensor gSelf = null;
            if (ctx.needsInputGrad(0)) {
                gSelf = ViewOps.sumTo(g[0].maskedFill(m, 0.0), xShape);
            }
            Tensor gSource = null;
            if (ctx.needsInputGrad(2)) {
                Tensor selected = g[0].maskedSelect(m);
                int missing = Shapes.numel(sourceShape) - selected.numel();
                gSource = (missing > 0 ? JoinOps.cat(List.of(selected, Operands.zerosLike(selected, missing)), 0)
                        : selected).view(sourceShape);
            }
            return new Tensor[] {gSelf, null, gSource};
        });
    }

    /** In-place {@link #maskedScatter}: mask must broadcast to x's shape. PyTorch: {@code Tensor.masked_scatter_}. */
    public static Tensor maskedScatter_(Tensor x, Tensor mask, Tensor source) {
        checkMaskedScatter(x, source);
        Tensor m = ViewOps.expand(mask, x.sizes());
        return Dispatch.inPlace(MASKED_SCATTER, x, new Tensor[] {mask, source}, old -> maskedScatter(old, mask, source),
                () -> scatterInto(x, m, source));
    }

    private static void checkMaskedScatter(Tensor x, Tensor source) {
        if (x.dtype() != source.dtype()) {
            throw new IllegalArgumentException("masked_scatter: expected self and source to have same dtypes but got"
                    + TypePromotion.scalarTypeName(x.dtype()) + " and " + TypePromotion.scalarTypeName(source.dtype()));
        }
    }

    // PyTorch reads any non-bool mask (uint8 included) by its non-zero elements
    private static Tensor boolMask(Tensor mask) {
        return mask.dtype() == DType.BOOL ? mask : mask.ne(0L);
    }

    private static void scatterInto(Tensor out, Tensor mask, Tensor source) {
        Tensor m = boolMask(mask);
        long count = ReductionOps.countNonzero(m, null).toLongArray()[0];
        if (count > source.numel()) {
            throw new IllegalArgumentException("Number of elements of source < number of ones in mask");
        }
        IndexingOps.indexPut_(out, new Tensor[] {m}, source.reshape(-1).narrow(0, 0, (int) count), false);
    }

    // ---------------------------------------------------------------- select / slice / diagonal scatter

    /**
     * A copy of x with {@code src} written into {@code x.select(dim, index)}.
     * PyTorch: {@code torch.select_scatter(input, src, dim, index)}.
     */
    public static Tensor selectScatter(Tensor x, Tensor src, int dim, int index) {
        Tensor view = ViewOps.select(x, dim, index);
        checkEmbed(src, view);
        int d = Shapes.wrapDim(dim, x.dim());
        int i = index < 0 ? index + x.size(d) : index;
        int[] srcShape = src.sizes();
        return Dispatch.apply(SELECT_SCATTER, new Tensor[] {x, src}, () -> embed(x, src, c -> c.select(d, i)),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? selectScatter(g[0], Operands.zerosLike(g[0], srcShape), d, i) : null,
                    ctx.needsInputGrad(1) ? g[0].select(d, i) : null});
    }

    /**
     * A copy of x with {@code src} written into {@code x[start:end:step]} along {@code dim} (null bounds: the whole
     * dim). PyTorch: {@code torch.slice_scatter(input, src, dim=0, start=None, end=None, step=1)}.
     */
    public static Tensor sliceScatter(Tensor x, Tensor src, int dim, Integer start, Integer end, int step) {
        Tensor view = ViewOps.slice(x, dim, start, end, step);
        checkEmbed(src, view);
        int d = Shapes.wrapDim(dim, x.dim());
        int[] srcShape = src.sizes();
        return Dispatch.apply(SLICE_SCATTER, new Tensor[] {x, src},
                () -> embed(x, src, c -> c.slice(d, start, end, step)), (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? sliceScatter(g[0], Operands.zerosLike(g[0], srcShape), d, start, end, step)
                            : null,
                    ctx.needsInputGrad(1) ? g[0].slice(d, start, end, step) : null});
    }

    /**
     * A copy of x with {@code src} written into {@code x.diagonal(offset, dim1, dim2)}.
     * PyTorch: {@code torch.diagonal_scatter(input, src, offset=0, dim1=0, dim2=1)}.
     */
    public static Tensor diagonalScatter(Tensor x, Tensor src, int offset, int dim1, int dim2) {
        Tensor view = x.diagonal(offset, dim1, dim2);
        checkEmbed(src, view);
        int[] srcShape = src.sizes();
        return Dispatch.apply(DIAGONAL_SCATTER, new Tensor[] {x, src},
                () -> embed(x, src, c -> c.diagonal(offset, dim1, dim2)), (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0)
                            ? diagonalScatter(g[0], Operands.zerosLike(g[0], srcShape), offset, dim1, dim2) : null,
                    ctx.needsInputGrad(1) ? g[0].diagonal(offset, dim1, dim2) : null});
    }

    private static void checkEmbed(Tensor src, Tensor view) {
        if (!Arrays.equals(src.sizes(), view.sizes())) {
            throw new IllegalArgumentException("expected src to have a size equal to the slice of self. src size = "
                    + Shapes.format(src.sizes()) + ", slice size = " + Shapes.format(view.sizes()));
        }
    }

    // x's copy with src (cast to x's dtype) copied into the view `part` takes of it
    private static Tensor embed(Tensor x, Tensor src, java.util.function.UnaryOperator<Tensor> part) {
        Tensor out = x.clone();
        CopyOps.copyInto(part.apply(out), src);
        return out;
    }
}

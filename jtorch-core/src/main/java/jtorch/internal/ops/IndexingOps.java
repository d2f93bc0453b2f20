package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;
import jtorch.autograd.SavedContext;

/**
 * Subscripts and advanced indexing: {@code x[...]} get and set, {@code index_put}, and masked
 * selection and filling, each with its checks (PyTorch's messages), forward and backward.
 * Basic subscripts are views ({@link Subscript}); tensor indices are resolved by
 * {@link AdvancedIndex}. Gather, scatter, index_select and take live in {@link GatherScatterOps}.
 */
public final class IndexingOps {
    static final OpDef INDEX = OpDef.of("index", Saves.inputsFrom(1));
    static final OpDef INDEX_PUT = OpDef.of("index_put", Saves.inputsFrom(2));
    static final OpDef SETITEM = OpDef.withNode("setitem", "CopySlices", Saves.inputsFrom(2));
    /** {@code x[...] = v} / {@code x[:] = v} cover x itself: PyTorch copies into x (CopyBackwards). */
    static final OpDef SETITEM_WHOLE = OpDef.withNode("setitem", "CopyBackwards", Saves.inputsFrom(2));
    static final OpDef ALIAS = OpDef.of("alias", Saves.NOTHING);
    static final OpDef MASKED_SELECT = OpDef.of("masked_select", Saves.inputs(1));
    static final OpDef MASKED_FILL = OpDef.of("masked_fill", Saves.inputs(1));
    static final OpDef MASKED_FILL_TENSOR = OpDef.of("masked_fill", 1, Saves.inputs(1));

    private IndexingOps() {
    }

    // ---------------------------------------------------------------- x[...]

    /**
     * {@code x[indices]} with PyTorch's rules (see {@link jtorch.Indexing}). Integers, slices, None,
     * booleans and ellipsis give a view; tensor indices (int64, bool or uint8 masks, Java arrays) then
     * give a copy: adjacent ones replace their dims in place, separated ones move to the front.
     */
    public static Tensor index(Tensor x, Object[] indices) {
        Subscript.Sliced s = Subscript.apply(x, Subscript.normalize(indices));
        if (s.tensorIndices().length > 0) {
            return indexTensors(s.view(), s.tensorIndices());
        }
        return s.view() == x ? Dispatch.apply(ALIAS, new Tensor[] {x}, x::alias, (ctx, g) -> new Tensor[] {g[0]})
                : s.view();
    }

    /**
     * PyTorch's {@code aten::index(self, indices)}: advanced indexing by a list of tensors, one per
     * leading dim (null leaves a dim alone). Always a copy.
     */
    static Tensor indexTensors(Tensor self, Tensor[] indices) {
        if (indices.length > self.dim()) {
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim() + " (got "
                    + indices.length + ")");
        }
        int[] shape = self.sizes();
        boolean[] present = present(indices);
        return Dispatch.apply(INDEX, withIndices(new Tensor[] {self}, indices),
                () -> AdvancedIndex.of(self, indices).gather(),
                (ctx, g) -> grads(ctx, indexPut(Operands.zerosLike(g[0], shape),
                        saved(ctx, present, 1), g[0], true)));
    }

    /**
     * {@code x[indices] = value}, in place: value broadcasts to the indexed region (leading size-1
     * dims of value are dropped first, as PyTorch does). With only basic indices value is cast to
     * x's dtype; with tensor indices it must have x's dtype (PyTorch's index_put_ rule), unless it is
     * one element assigned through a single mask.
     */
    public static Tensor set(Tensor x, Object[] indices, Tensor value) {
        Object[] idx = Subscript.normalize(indices);
        if (idx.length == 1 && Boolean.FALSE.equals(idx[0])) {
            return x; // PyTorch: x[False] = v assigns nothing and checks nothing
        }
        Tensor v = Subscript.stripLeadingOnes(value);
        Subscript.Sliced probe;
        try (GradMode.Guard g = GradMode.disable()) {
            probe = Subscript.apply(x, idx);
        }
        // PyTorch records index_put_ on x itself, or copy_ / index_put_ on a view of x (CopySlices)
        OpDef op = probe.tensorIndices().length > 0 ? (probe.view() == x ? INDEX_PUT : SETITEM)
                : coversWhole(probe.view(), x) ? SETITEM_WHOLE : SETITEM;
        Tensor[] others = withIndices(new Tensor[] {v}, Subscript.tensorsIn(idx));
        return Dispatch.inPlace(op, x, others, old -> setOutOfPlace(op, old, idx, v), () -> writeInto(x, idx, v));
    }

    private static boolean coversWhole(Tensor view, Tensor x) {
        return view.storageOffset() == x.storageOffset() && java.util.Arrays.equals(view.sizes(), x.sizes())
                && java.util.Arrays.equals(view.stride(), x.stride());
    }

    // the out-of-place form of set: a copy of self with value written through the subscript
    private static Tensor setOutOfPlace(OpDef op, Tensor self, Object[] idx, Tensor value) {
        int[] valueShape = value.sizes();
        Object[] pattern = withoutTensors(idx);
        return Dispatch.apply(op, withIndices(new Tensor[] {self, value}, Subscript.tensorsIn(idx)), () -> {
            Tensor out = self.clone();
            writeInto(out, idx, value);
            return out;
        }, (ctx, g) -> {
            Object[] at = savedSubscript(ctx, pattern);
            Tensor gSelf = ctx.needsInputGrad(0)
                    ? setOutOfPlace(op, g[0], at, Operands.zerosLike(g[0], valueShape)) : null;
            Tensor gValue = ctx.needsInputGrad(1) ? reduceTo(index(g[0], at), valueShape) : null;
            return grads(ctx, gSelf, gValue);
        });
    }

    // the raw write of x[idx] = value (no autograd, no version bump)
    private static void writeInto(Tensor target, Object[] idx, Tensor value) {
        try (GradMode.Guard g = GradMode.disable()) {
            if (idx.length == 1 && Boolean.TRUE.equals(idx[0])) {
                copyTo(target.unsqueeze(0), value);
                return;
            }
            Subscript.Sliced s = Subscript.apply(target, idx);
            if (s.tensorIndices().length == 0) {
                copyTo(s.view(), value);
            } else {
                indexPutInto(s.view(), s.tensorIndices(), value, false);
            }
        }
    }

    // PyTorch's copy_to: value expands to the region (with expand's messages) and is cast
    private static void copyTo(Tensor dst, Tensor value) {
        Tensor src = value.expand(dst.sizes());
        CopyOps.copyInto(dst, src.storage() == dst.storage() ? src.clone() : src);
    }

    // ---------------------------------------------------------------- index_put

    /** Out-of-place {@code index_put}: a copy of x with values written at the indices. PyTorch: {@code Tensor.index_put}. */
    public static Tensor indexPut(Tensor x, Tensor[] indices, Tensor values, boolean accumulate) {
        int[] valuesShape = values.sizes();
        boolean[] present = present(indices);
        return Dispatch.apply(INDEX_PUT, withIndices(new Tensor[] {x, values}, indices), () -> {
            Tensor out = x.clone();
            indexPutInto(out, indices, values, accumulate);
            return out;
        }, (ctx, g) -> {
            Tensor[] at = saved(ctx, present, 2);
            Tensor gSelf = !ctx.needsInputGrad(0) ? null : accumulate ? g[0]
                    : indexPut(g[0], at, Operands.zerosLike(g[0], valuesShape), false);
            Tensor gValues = ctx.needsInputGrad(1) ? reduceTo(indexTensors(g[0], at), valuesShape) : null;
            return grads(ctx, gSelf, gValues);
        });
    }

    /**
     * Writes values at the indices in place; with {@code accumulate} duplicate indices add up.
     * PyTorch: {@code Tensor.index_put_(indices, values, accumulate)}.
     */
    public static Tensor indexPut_(Tensor x, Tensor[] indices, Tensor values, boolean accumulate) {
        return Dispatch.inPlace(INDEX_PUT, x, withIndices(new Tensor[] {values}, indices),
                old -> indexPut(old, indices, values, accumulate), () -> indexPutInto(x, indices, values, accumulate));
    }

    // PyTorch's _index_put_impl_ on CPU, without autograd
    private static void indexPutInto(Tensor self, Tensor[] indices, Tensor values, boolean accumulate) {
        if (indices.length > self.dim()) {
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim() + " (got "
                    + indices.length + ")");
        }
        if (!accumulate && values.numel() == 1) {
            Tensor mask = singleMask(self, indices);
            if (mask != null) {
                // PyTorch turns this case into masked_fill_, which casts the value
                Tensor v = values.reshape().to(self.dtype());
                CopyOps.copyInto(self, Elementwise.where(mask, v, self));
                return;
            }
        }
        AdvancedIndex ai = AdvancedIndex.of(self, indices);
        int[] shape = ai.shape();
        if (!expandable(values.sizes(), shape)) {
            throw new IllegalArgumentException("shape mismatch: value tensor of shape " + Shapes.format(values.sizes())
                    + " cannot be broadcast to indexing result of shape " + Shapes.format(shape));
        }
        if (values.dtype() != self.dtype()) {
            throw new IllegalArgumentException("Index put requires the source and destination dtypes match, got "
                    + TypePromotion.scalarTypeName(self.dtype()) + " for the destination and "
                    + TypePromotion.scalarTypeName(values.dtype()) + " for the source.");
        }
        AdvancedIndex.scatter(ai.base, values, ai.table, ai.tableStrides, accumulate);
    }

    // PyTorch's canDispatchToMaskedFill: one bool/uint8 mask and otherwise only skipped dims;
    // returns it as a bool mask that broadcasts onto self at the mask's dims, or null
    private static Tensor singleMask(Tensor self, Tensor[] indices) {
        Tensor mask = null;
        int lead = 0;
        for (Tensor t : indices) {
            if (t == null) {
                lead += mask == null ? 1 : 0;
                continue;
            }
            if ((t.dtype() != DType.BOOL && t.dtype() != DType.UINT8) || mask != null) {
                return null;
            }
            for (int j = 0; j < t.dim(); j++) {
                if (t.size(j) != self.size(lead + j)) {
                    throw new IndexOutOfBoundsException("The shape of the mask " + Shapes.format(t.sizes()) + " at index "
                            + j + " does not match the shape of the indexed tensor " + Shapes.format(self.sizes())
                            + " at index " + (lead + j));
                }
            }
            mask = t;
        }
        if (mask == null) {
            return null;
        }
        // trailing size-1 dims put the mask's dims at [lead, lead + k) when broadcast from the right
        int[] shape = Arrays.copyOf(mask.sizes(), self.dim() - lead);
        Arrays.fill(shape, mask.dim(), shape.length, 1);
        Tensor m = Tensor.viewOf(mask, shape, Arrays.copyOf(mask.stride(), shape.length), mask.storageOffset());
        return m.dtype() == DType.BOOL ? m : m.to(DType.BOOL);
    }

    // ---------------------------------------------------------------- masked ops

    /** The elements of x where mask (broadcast with x) is true, as a 1-D tensor. PyTorch: {@code torch.masked_select}. */
    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        if (mask.dtype() != DType.BOOL && mask.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("masked_select: expected BoolTensor or ByteTensor for mask");
        }
        int[] bshape = Shapes.broadcast(mask.sizes(), x.sizes());
        // a 0-d broadcast still selects into a 1-D result
        int[] shape = bshape.length == 0 ? new int[] {1} : bshape;
        int[] xShape = x.sizes();
        return Dispatch.apply(MASKED_SELECT, new Tensor[] {x, mask}, () -> AdvancedIndex.of(broadcastView(x, shape),
                new Tensor[] {broadcastView(mask, shape)}).gather(), (ctx, g) -> {
                    Tensor m = broadcastView(ctx.input(1), shape);
                    Tensor zeros = Operands.zerosLike(g[0], shape);
                    Tensor full = indexPut(zeros, new Tensor[] {m}, g[0], true).reshape(bshape);
                    return new Tensor[] {reduceTo(full, xShape), null};
                });
    }

    /**
     * x with {@code value} where mask (broadcast with x) is true; the result has the broadcast shape.
     * value is a 0-d tensor (a Java number is wrapped by the facade) cast to x's dtype.
     * PyTorch: {@code Tensor.masked_fill}.
     */
    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        checkMaskedFill(mask, value);
        Shapes.broadcast(mask.sizes(), x.sizes()); // PyTorch's message names the mask first here
        return maskedFillOp(x, mask, value);
    }

    /** In-place {@link #maskedFill}; mask must broadcast to x's shape. PyTorch: {@code Tensor.masked_fill_}. */
    public static Tensor maskedFill_(Tensor x, Tensor mask, Tensor value) {
        checkMaskedFill(mask, value);
        int[] shape = Shapes.broadcast(x.sizes(), mask.sizes());
        if (!Arrays.equals(shape, x.sizes())) {
            throw new IllegalArgumentException("output with shape " + Shapes.format(x.sizes())
                    + " doesn't match the broadcast shape " + Shapes.format(shape));
        }
        return Dispatch.inPlace(maskedFillDef(value), x, new Tensor[] {mask, value}, old -> maskedFillOp(old, mask, value),
                () -> CopyOps.copyInto(x, filled(x, mask, value)));
    }

    private static void checkMaskedFill(Tensor mask, Tensor value) {
        if (mask.dtype() != DType.BOOL && mask.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + TypePromotion.cppTypeName(mask.dtype()));
        }
        if (value.dim() != 0) {
            throw new IllegalArgumentException("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + value.dim() + " dimension(s).");
        }
    }


    // a Java number (wrapped) is PyTorch's Scalar overload, a tensor the Tensor overload
    private static OpDef maskedFillDef(Tensor value) {
        return value.isWrappedNumber() ? MASKED_FILL : MASKED_FILL_TENSOR;
    }

    private static Tensor maskedFillOp(Tensor x, Tensor mask, Tensor value) {
        int[] xShape = x.sizes();
        return Dispatch.apply(maskedFillDef(value), new Tensor[] {x, mask, value}, () -> filled(x, mask, value),
                (ctx, g) -> {
                    Tensor m = ctx.input(1);
                    Tensor gSelf = ctx.needsInputGrad(0) ? reduceTo(g[0].maskedFill(m, 0), xShape) : null;
                    Tensor gValue = ctx.needsInputGrad(2) ? g[0].maskedFill(m.logicalNot(), 0).sum() : null;
                    return new Tensor[] {gSelf, null, gValue};
                });
    }

    // value cast to x's dtype where mask, x elsewhere, over the broadcast shape of mask and x
    private static Tensor filled(Tensor x, Tensor mask, Tensor value) {
        Tensor m = mask.dtype() == DType.BOOL ? mask : mask.to(DType.BOOL);
        return Elementwise.where(m, value.to(x.dtype()), x);
    }

    // ---------------------------------------------------------------- helpers shared with GatherScatterOps

    /** x read as if broadcast to {@code shape} (no autograd: forwards run under no-grad anyway). */
    static Tensor broadcastView(Tensor x, int[] shape) {
        return Tensor.viewOf(x, shape, Shapes.broadcastStrides(x.sizes(), x.stride(), shape), x.storageOffset());
    }

    /** PyTorch's {@code is_expandable_to}. */
    static boolean expandable(int[] shape, int[] target) {
        if (shape.length > target.length) {
            return false;
        }
        for (int i = 1; i <= shape.length; i++) {
            int s = shape[shape.length - i];
            if (s != 1 && s != target[target.length - i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sums a gradient down to {@code shape} like the autograd engine's {@code sum_to}, also when
     * shape has more (size-1) leading dims than the gradient (a one-element value of any rank).
     */
    static Tensor reduceTo(Tensor g, int[] shape) {
        if (g.dim() < shape.length) {
            int[] s = new int[shape.length];
            Arrays.fill(s, 1);
            int[] gs = g.sizes();
            System.arraycopy(gs, 0, s, shape.length - gs.length, gs.length);
            g = g.reshape(s);
        }
        return ViewOps.sumTo(g, shape);
    }

    /** The op's inputs followed by the non-null index tensors (saved, so in-place changes are caught). */
    static Tensor[] withIndices(Tensor[] inputs, Tensor[] indices) {
        List<Tensor> all = new ArrayList<>(Arrays.asList(inputs));
        for (Tensor t : indices) {
            if (t != null) {
                all.add(t);
            }
        }
        return all.toArray(new Tensor[0]);
    }

    /** One gradient per input: the given ones first, null for the index tensors after them. */
    static Tensor[] grads(SavedContext ctx, Tensor... given) {
        return Arrays.copyOf(given, ctx.numInputs());
    }

    /** Which entries of an index list hold a tensor (the rest are null: dims left alone). */
    static boolean[] present(Tensor[] indices) {
        boolean[] p = new boolean[indices.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = indices[i] != null;
        }
        return p;
    }

    /**
     * The index tensors as saved by {@link #withIndices} from input {@code first} on, read back
     * through the context so that an index changed in place since the forward fails the backward.
     */
    static Tensor[] saved(SavedContext ctx, boolean[] present, int first) {
        Tensor[] out = new Tensor[present.length];
        for (int i = 0, k = first; i < out.length; i++) {
            if (present[i]) {
                out[i] = ctx.input(k++);
            }
        }
        return out;
    }

    // where a subscript's tensors were: a formula keeps this pattern, not the tensors
    private static final Object SAVED_TENSOR = new Object();

    private static Object[] withoutTensors(Object[] idx) {
        Object[] out = idx.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Tensor) {
                out[i] = SAVED_TENSOR;
            }
        }
        return out;
    }

    // the subscript of set with its tensors read back from the context (inputs 2...)
    private static Object[] savedSubscript(SavedContext ctx, Object[] pattern) {
        Object[] out = pattern.clone();
        for (int i = 0, k = 2; i < out.length; i++) {
            if (out[i] == SAVED_TENSOR) {
                out[i] = ctx.input(k++);
            }
        }
        return out;
    }
}

package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Ops that return a view sharing storage: view/reshape, squeeze/unsqueeze, expand, transpose/permute,
 * slicing (narrow, select, slice, unbind). Each op computes the view's geometry from the input's;
 * backward formulas are the inverse view op, or for slicing ops a scatter of the gradient into
 * zeros through the same geometry ({@link #asStridedScatter}).
 */
public final class ViewOps {
    static final OpDef VIEW = OpDef.of("view", Saves.NOTHING);
    static final OpDef RESHAPE_ALIAS = OpDef.withNode("_reshape_alias", "ReshapeAliasBackward0", Saves.NOTHING);
    static final OpDef UNSAFE_VIEW = OpDef.of("_unsafe_view", Saves.NOTHING);
    static final OpDef UNBIND = OpDef.of("unbind", Saves.NOTHING);
    static final OpDef SQUEEZE = OpDef.of("squeeze", Saves.NOTHING);
    static final OpDef SQUEEZE_DIM = OpDef.of("squeeze", 1, Saves.NOTHING);
    static final OpDef UNSQUEEZE = OpDef.of("unsqueeze", Saves.NOTHING);
    static final OpDef EXPAND = OpDef.of("expand", Saves.NOTHING);
    static final OpDef T = OpDef.of("t", Saves.NOTHING);
    static final OpDef TRANSPOSE = OpDef.of("transpose", Saves.NOTHING);
    static final OpDef PERMUTE = OpDef.of("permute", Saves.NOTHING);
    static final OpDef SLICE = OpDef.of("slice", Saves.NOTHING);
    static final OpDef SELECT = OpDef.of("select", Saves.NOTHING);
    static final OpDef AS_STRIDED = OpDef.of("as_strided", Saves.NOTHING);
    static final OpDef AS_STRIDED_SCATTER = OpDef.of("as_strided_scatter", Saves.NOTHING);
    static final OpDef UNFOLD = OpDef.of("unfold", Saves.NOTHING);
    // the in-place forms: self takes the view's geometry; PyTorch numbers their nodes after the out-of-place ones'
    static final OpDef SQUEEZE_ = OpDef.of("squeeze_", 2, Saves.NOTHING);
    static final OpDef SQUEEZE_DIM_ = OpDef.of("squeeze_", 3, Saves.NOTHING);
    static final OpDef UNSQUEEZE_ = OpDef.of("unsqueeze_", 1, Saves.NOTHING);
    static final OpDef T_ = OpDef.of("t_", 1, Saves.NOTHING);
    static final OpDef TRANSPOSE_ = OpDef.of("transpose_", 1, Saves.NOTHING);
    static final OpDef AS_STRIDED_ = OpDef.of("as_strided_", 1, Saves.NOTHING);

    private ViewOps() {
    }

    /** Shape, strides and offset of a view. */
    record Geometry(int[] shape, int[] stride, int offset) {
        static Geometry of(Tensor t) {
            return new Geometry(t.sizes(), t.stride(), t.storageOffset());
        }

        static Geometry contiguous(int[] shape) {
            return new Geometry(shape, Shapes.contiguousStrides(shape), 0);
        }
    }

    private static Tensor viewOf(Tensor x, Geometry g) {
        return Tensor.viewOf(x, g.shape(), g.stride(), g.offset());
    }

    /**
     * A view op: out of place it returns the view; its in-place form (the op's name ends in "_": transpose_,
     * squeeze_, ...) gives {@code x} the view's geometry and the view's node ({@link Dispatch#inPlaceView}).
     */
    private static Tensor viewOp(OpDef op, Tensor x, java.util.function.Supplier<Tensor> view,
                                 jtorch.autograd.Backward backward) {
        return op.name().endsWith("_") ? Dispatch.inPlaceView(op, x, new Tensor[0], view, backward)
                : Dispatch.apply(op, new Tensor[] {x}, view, backward);
    }

    // ---------------------------------------------------------------- view / reshape

    /** PyTorch: {@code Tensor.view(*shape)}; fails where the strides cannot express the new shape. */
    public static Tensor view(Tensor x, int... shape) {
        int[] inShape = x.sizes();
        int[] newShape = Shapes.inferSize(shape, x.numel());
        int[] stride = computeViewStrides(inShape, x.stride(), newShape);
        if (stride == null) {
            throw new IllegalArgumentException("view size is not compatible with input tensor's size and stride (at "
                    + "least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        return Dispatch.apply(VIEW, new Tensor[] {x}, () -> Tensor.viewOf(x, newShape, stride, x.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].reshape(inShape)});
    }

    /** PyTorch: {@code Tensor.reshape}: a view when the strides allow it, a copy otherwise. */
    public static Tensor reshape(Tensor x, int... shape) {
        int[] newShape = Shapes.inferSize(shape, x.numel());
        int[] inShape = x.sizes();
        int[] stride = computeViewStrides(inShape, x.stride(), newShape);
        if (stride != null) {
            // PyTorch 1.13 reshapes a viewable tensor through _reshape_alias
            return Dispatch.apply(RESHAPE_ALIAS, new Tensor[] {x},
                    () -> Tensor.viewOf(x, newShape, stride, x.storageOffset()),
                    (ctx, g) -> new Tensor[] {g[0].reshape(inShape)});
        }
        return unsafeView(x.clone(), newShape);
    }

    /**
     * PyTorch's {@code _unsafe_view}: a freshly computed tensor reshaped without becoming a view of it,
     * so in-place ops on the result stay allowed (nothing else can see that storage).
     */
    static Tensor unsafeView(Tensor fresh, int... shape) {
        int[] inShape = fresh.sizes();
        return Dispatch.apply(UNSAFE_VIEW, new Tensor[] {fresh},
                () -> new Tensor(fresh.storage(), shape.clone(), Shapes.contiguousStrides(shape), fresh.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].reshape(inShape)});
    }

    /**
     * The strides that let {@code newShape} view a tensor of {@code shape}/{@code stride}, or null
     * when some new dim would span two non-contiguous chunks (PyTorch's {@code computeStride}).
     */
    static int[] computeViewStrides(int[] shape, int[] stride, int[] newShape) {
        int[] newStride = new int[newShape.length];
        if (Shapes.numel(shape) == 0) {
            return Shapes.contiguousStrides(newShape);
        }
        if (shape.length == 0) {
            shape = new int[] {1};
            stride = new int[] {1};
        }
        int viewD = newShape.length - 1;
        long chunkBaseStride = stride[stride.length - 1];
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            tensorNumel *= shape[d];
            if (d == 0 || (shape[d - 1] != 1 && stride[d - 1] != tensorNumel * chunkBaseStride)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStride[viewD] = (int) (viewNumel * chunkBaseStride);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) {
                    return null;
                }
                if (d > 0) {
                    chunkBaseStride = stride[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? newStride : null;
    }

    public static Tensor flatten(Tensor x, int startDim, int endDim) {
        int rank = x.dim();
        if (rank == 0) {
            return x.reshape(1);
        }
        int s = Shapes.wrapDim(startDim, rank);
        int e = Shapes.wrapDim(endDim, rank);
        if (s > e) {
            throw new IllegalArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        if (s == e) {
            return x;
        }
        int[] shape = x.sizes();
        int[] out = new int[rank - (e - s)];
        int j = 0;
        for (int i = 0; i < rank; i++) {
            if (i > s && i <= e) {
                out[j - 1] *= shape[i];
            } else {
                out[j++] = shape[i];
            }
        }
        return x.reshape(out);
    }

    public static Tensor unflatten(Tensor x, int dim, int... sizes) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (sizes.length == 0) {
            throw new IllegalArgumentException("unflatten: sizes must be non-empty");
        }
        int[] resolved;
        try {
            resolved = Shapes.inferSize(sizes, x.size(d));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unflatten: Provided sizes " + Shapes.format(sizes) + " don't multiply up "
                    + "to the size of dim " + d + " (" + x.size(d) + ") in the input tensor");
        }
        int[] shape = x.sizes();
        int[] out = new int[shape.length - 1 + resolved.length];
        System.arraycopy(shape, 0, out, 0, d);
        System.arraycopy(resolved, 0, out, d, resolved.length);
        System.arraycopy(shape, d + 1, out, d + resolved.length, shape.length - d - 1);
        return x.view(out);
    }

    // ---------------------------------------------------------------- squeeze / unsqueeze / expand

    public static Tensor squeeze(Tensor x) {
        return squeeze(SQUEEZE, x);
    }

    /** PyTorch: {@code Tensor.squeeze_()}. */
    public static Tensor squeeze_(Tensor x) {
        return squeeze(SQUEEZE_, x);
    }

    private static Tensor squeeze(OpDef op, Tensor x) {
        int[] inShape = x.sizes();
        int[] shape = x.sizes();
        int[] stride = x.stride();
        int n = 0;
        for (int s : shape) {
            n += s == 1 ? 0 : 1;
        }
        int[] ns = new int[n];
        int[] nst = new int[n];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                ns[j] = shape[i];
                nst[j++] = stride[i];
            }
        }
        return viewOp(op, x, () -> Tensor.viewOf(x, ns, nst, x.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].reshape(inShape)});
    }

    /** Removes dim {@code dim} if its size is 1; otherwise returns an unchanged view, as PyTorch does. */
    public static Tensor squeeze(Tensor x, int dim) {
        return squeeze(SQUEEZE_DIM, x, dim);
    }

    /** PyTorch: {@code Tensor.squeeze_(dim)}. */
    public static Tensor squeeze_(Tensor x, int dim) {
        return squeeze(SQUEEZE_DIM_, x, dim);
    }

    private static Tensor squeeze(OpDef op, Tensor x, int dim) {
        int[] inShape = x.sizes();
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0 || inShape[d] != 1) {
            return viewOp(op, x, x::alias, (ctx, g) -> new Tensor[] {g[0]});
        }
        int[] ns = remove(inShape, d);
        int[] nst = remove(x.stride(), d);
        return viewOp(op, x, () -> Tensor.viewOf(x, ns, nst, x.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].unsqueeze(d)});
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        return unsqueeze(UNSQUEEZE, x, dim);
    }

    /** PyTorch: {@code Tensor.unsqueeze_(dim)}. */
    public static Tensor unsqueeze_(Tensor x, int dim) {
        return unsqueeze(UNSQUEEZE_, x, dim);
    }

    private static Tensor unsqueeze(OpDef op, Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim() + 1);
        int[] shape = x.sizes();
        int[] stride = x.stride();
        int[] ns = insert(shape, d, 1);
        int newStride = d < shape.length ? shape[d] * stride[d] : 1;
        int[] nst = insert(stride, d, newStride);
        return viewOp(op, x, () -> Tensor.viewOf(x, ns, nst, x.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].squeeze(d)});
    }

    /** PyTorch: {@code Tensor.expand}: size-1 dims repeat with stride 0; -1 keeps a dim. */
    public static Tensor expand(Tensor x, int... sizes) {
        int[] shape = x.sizes();
        if (sizes.length < shape.length) {
            throw new IllegalArgumentException("expand(" + x.type() + "{" + Shapes.format(shape) + "}, size="
                    + Shapes.format(sizes) + "): the number of sizes provided (" + sizes.length + ") must be greater "
                    + "or equal to the number of dimensions in the tensor (" + shape.length + ")");
        }
        int[] inStride = x.stride();
        int lead = sizes.length - shape.length;
        int[] target = new int[sizes.length];
        int[] stride = new int[sizes.length];
        // PyTorch's inferExpandGeometry, innermost first: kept dims keep their stride, expanded ones
        // get 0, and a new leading dim of size 1 gets the stride a contiguous tensor would have
        for (int i = sizes.length - 1; i >= 0; i--) {
            int d = i - lead;
            int size = d >= 0 ? shape[d] : 1;
            int st = d >= 0 ? inStride[d] : i + 1 < sizes.length ? target[i + 1] * stride[i + 1] : 1;
            int t = sizes[i];
            if (t == -1) {
                if (d < 0) {
                    throw new IllegalArgumentException("The expanded size of the tensor (-1) isn't allowed in a "
                            + "leading, non-existing dimension " + i);
                }
                t = size;
            } else if (t < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + t + ": "
                        + Shapes.format(sizes));
            }
            if (size != t) {
                if (size != 1) {
                    throw new IllegalArgumentException("The expanded size of the tensor (" + t + ") must match the "
                            + "existing size (" + size + ") at non-singleton dimension " + i + ".  Target sizes: "
                            + Shapes.format(sizes) + ".  Tensor sizes: " + Shapes.format(shape));
                }
                st = 0;
            }
            target[i] = t;
            stride[i] = st;
        }
        return Dispatch.apply(EXPAND, new Tensor[] {x}, () -> Tensor.viewOf(x, target, stride, x.storageOffset()),
                (ctx, g) -> new Tensor[] {sumTo(g[0], shape)});
    }

    /** Sums a broadcast gradient back to {@code shape} (PyTorch's {@code at::sum_to}). */
    public static Tensor sumTo(Tensor grad, int[] shape) {
        int[] gs = grad.sizes();
        if (Arrays.equals(gs, shape)) {
            return grad;
        }
        int lead = gs.length - shape.length;
        List<Integer> dims = new ArrayList<>();
        for (int i = 0; i < gs.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) {
                dims.add(i);
            }
        }
        Tensor r = dims.isEmpty() ? grad : grad.sum(dims.stream().mapToInt(Integer::intValue).toArray(), true);
        return lead > 0 || !Arrays.equals(r.sizes(), shape) ? r.reshape(shape) : r;
    }

    // ---------------------------------------------------------------- transpose / permute

    public static Tensor t(Tensor x) {
        return t(T, x);
    }

    /** PyTorch: {@code Tensor.t_()}. */
    public static Tensor t_(Tensor x) {
        return t(T_, x);
    }

    private static Tensor t(OpDef op, Tensor x) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException(op.name() + "() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        }
        if (x.dim() < 2) {
            return viewOp(op, x, x::alias, (ctx, g) -> new Tensor[] {g[0]});
        }
        return viewOp(op, x, () -> swapped(x, 0, 1), (ctx, g) -> new Tensor[] {g[0].t()});
    }

    public static Tensor transpose(Tensor x, int dim0, int dim1) {
        return transpose(TRANSPOSE, x, dim0, dim1);
    }

    /** PyTorch: {@code Tensor.transpose_(dim0, dim1)} (also swapaxes_ and swapdims_). */
    public static Tensor transpose_(Tensor x, int dim0, int dim1) {
        return transpose(TRANSPOSE_, x, dim0, dim1);
    }

    private static Tensor transpose(OpDef op, Tensor x, int dim0, int dim1) {
        int a = Shapes.wrapDim(dim0, x.dim());
        int b = Shapes.wrapDim(dim1, x.dim());
        return viewOp(op, x, () -> swapped(x, a, b),
                (ctx, g) -> new Tensor[] {g[0].transpose(a, b)});
    }

    private static Tensor swapped(Tensor x, int a, int b) {
        int[] shape = x.sizes();
        int[] stride = x.stride();
        if (shape.length == 0) {
            return x.alias();
        }
        swap(shape, a, b);
        swap(stride, a, b);
        return Tensor.viewOf(x, shape, stride, x.storageOffset());
    }

    public static Tensor permute(Tensor x, int... dims) {
        int rank = x.dim();
        if (dims.length != rank) {
            // PyTorch 1.13 says "permute(sparse_coo): ..." here even for dense tensors; we name the op plainly
            throw new IllegalArgumentException("permute(): number of dimensions in the tensor input does not match the "
                    + "length of the desired ordering of dimensions i.e. input.dim() = " + rank
                    + " is not equal to len(dims) = " + dims.length);
        }
        int[] p = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            p[i] = Shapes.wrapDim(dims[i], rank);
            if (seen[p[i]]) {
                throw new IllegalArgumentException("permute(): duplicate dims are not allowed.");
            }
            seen[p[i]] = true;
        }
        int[] shape = x.sizes();
        int[] stride = x.stride();
        int[] ns = new int[rank];
        int[] nst = new int[rank];
        int[] inverse = new int[rank];
        for (int i = 0; i < rank; i++) {
            ns[i] = shape[p[i]];
            nst[i] = stride[p[i]];
            inverse[p[i]] = i;
        }
        return Dispatch.apply(PERMUTE, new Tensor[] {x}, () -> Tensor.viewOf(x, ns, nst, x.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].permute(inverse)});
    }

    public static Tensor movedim(Tensor x, int[] source, int[] destination) {
        int rank = x.dim();
        if (source.length != destination.length) {
            throw new IllegalArgumentException("movedim: Invalid source or destination dims: source ("
                    + Shapes.format(source) + " dims) should contain the same number of dims as destination ("
                    + Shapes.format(destination) + " dims)");
        }
        int[] src = movedimDims(source, rank, "source");
        int[] dst = movedimDims(destination, rank, "destination");
        int[] order = new int[rank];
        Arrays.fill(order, -1);
        boolean[] used = new boolean[rank];
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            used[src[i]] = true;
        }
        int next = 0;
        for (int i = 0; i < rank; i++) {
            if (order[i] == -1) {
                while (used[next]) {
                    next++;
                }
                order[i] = next++;
            }
        }
        return permute(x, order);
    }

    private static int[] movedimDims(int[] dims, int rank, String which) {
        int[] out = new int[dims.length];
        boolean[] seen = new boolean[Math.max(rank, 1)];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
            if (seen[out[i]]) {
                throw new IllegalArgumentException("movedim: repeated dim in `" + which + "` (" + Shapes.format(dims) + ")");
            }
            seen[out[i]] = true;
        }
        return out;
    }

    // ---------------------------------------------------------------- slicing

    /** {@code x[start:end:step]} along {@code dim}, with Python's clamping of out-of-range bounds. */
    public static Tensor slice(Tensor x, int dim, Integer start, Integer end, int step) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("slice() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (step <= 0) {
            throw new IllegalArgumentException("slice step must be positive");
        }
        int size = x.size(d);
        int s = start == null ? 0 : start < 0 ? start + size : start;
        int e = end == null ? size : end < 0 ? end + size : end;
        s = Math.min(Math.max(s, 0), size);
        e = Math.min(Math.max(e, s), size);
        int len = (e - s + step - 1) / step;
        int from = s;
        return viewWithScatterBackward(SLICE, x, g -> {
            int[] shape = g.shape().clone();
            int[] stride = g.stride().clone();
            int offset = g.offset() + from * stride[d];
            shape[d] = len;
            stride[d] *= step;
            return new Geometry(shape, stride, offset);
        });
    }

    public static Tensor narrow(Tensor x, int dim, int start, int length) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("narrow() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = x.size(d);
        // PyTorch wraps start like a dim index (with that message), allowing start == size for an empty slice
        int s = start == size ? start : Shapes.wrapDim(start, size);
        if (length < 0 || s + length > size) {
            throw new IllegalArgumentException("start (" + s + ") + length (" + length + ") exceeds dimension size ("
                    + size + ").");
        }
        return slice(x, d, s, s + length, 1);
    }

    public static Tensor select(Tensor x, int dim, int index) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("select() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = x.size(d);
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("select(): index " + index + " out of range for tensor of size "
                    + Shapes.format(x.sizes()) + " at dimension " + d);
        }
        int i = index < 0 ? index + size : index;
        return viewWithScatterBackward(SELECT, x, g -> new Geometry(remove(g.shape(), d), remove(g.stride(), d),
                g.offset() + i * g.stride()[d]));
    }

    public static List<Tensor> unbind(Tensor x, int dim) {
        if (x.dim() == 0) {
            throw new IndexOutOfBoundsException("Dimension specified as " + dim + " but tensor has no dimensions");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int n = x.size(d);
        int[] inShape = x.sizes();
        DType dtype = x.dtype();
        Tensor[] outs = Dispatch.applyMulti(UNBIND, new Tensor[] {x}, () -> {
            Tensor[] views = new Tensor[n];
            for (int i = 0; i < n; i++) {
                views[i] = Tensor.viewOf(x, remove(inShape, d), remove(x.stride(), d),
                        x.storageOffset() + i * x.stride(d));
            }
            return views;
        }, (ctx, g) -> {
            // stack the pieces' gradients back along d; pieces that got none contribute zeros
            List<Tensor> parts = new ArrayList<>(n);
            Tensor zero = null;
            for (int i = 0; i < n; i++) {
                if (g[i] == null) {
                    zero = zero != null ? zero
                            : Operands.zeros(Torch.options().dtype(dtype).device(Operands.anyOf(g).device()), remove(inShape, d));
                    parts.add(zero);
                } else {
                    parts.add(g[i]);
                }
            }
            return new Tensor[] {n == 0 ? Operands.zeros(Torch.options().dtype(dtype), inShape) : Torch.stack(parts, d)};
        }, n);
        return List.of(outs);
    }

    // ---------------------------------------------------------------- unfold (sliding windows, issue 21)

    /**
     * The windows of length {@code size} taken every {@code step} elements along {@code dimension}, as a view: that
     * dim becomes the window count {@code (len - size) / step + 1} and a last dim of length {@code size} is appended
     * (a 0-d tensor counts as length 1). The gradient sums overlapping windows (PyTorch's unfold_backward). PyTorch:
     * {@code Tensor.unfold(dimension, size, step)}.
     */
    public static Tensor unfold(Tensor x, int dimension, int size, int step) {
        int d = Shapes.wrapDim(dimension, x.dim());
        int maxSize = x.dim() == 0 ? 1 : x.size(d);
        if (size > maxSize) {
            throw new IllegalArgumentException("maximum size for tensor at dimension " + d + " is " + maxSize
                    + " but size is " + size);
        }
        if (step <= 0) {
            throw new IllegalArgumentException("step is " + step + " but must be > 0");
        }
        if (size < 0) {
            // PyTorch builds the geometry first and fails on its negative window length
            Geometry g = unfoldGeometry(Geometry.of(x), d, size, step);
            throw new IllegalArgumentException("Storage size calculation overflowed with sizes="
                    + Shapes.format(g.shape()) + " and strides=" + Shapes.format(g.stride()));
        }
        return viewWithScatterBackward(UNFOLD, x, g -> unfoldGeometry(g, d, size, step));
    }

    // dim d split into (window count, stride * step) and a new last dim (size, stride); a 0-d tensor gives [size]
    private static Geometry unfoldGeometry(Geometry in, int d, int size, int step) {
        int rank = in.shape().length;
        if (rank == 0) {
            return new Geometry(new int[] {size}, new int[] {1}, in.offset());
        }
        int[] shape = Arrays.copyOf(in.shape(), rank + 1);
        int[] stride = Arrays.copyOf(in.stride(), rank + 1);
        shape[d] = (in.shape()[d] - size) / step + 1;
        stride[d] = in.stride()[d] * step;
        shape[rank] = size;
        stride[rank] = in.stride()[d];
        return new Geometry(shape, stride, in.offset());
    }

    /** PyTorch: {@code torch.as_strided} (relative to the storage, like PyTorch's). */
    public static Tensor asStrided(Tensor x, int[] size, int[] stride, int storageOffset) {
        return asStrided(AS_STRIDED, x, size, stride, storageOffset);
    }

    /** PyTorch: {@code Tensor.as_strided_(size, stride, storage_offset=None)}: this tensor takes the geometry. */
    public static Tensor asStrided_(Tensor x, int[] size, int[] stride, int storageOffset) {
        return asStrided(AS_STRIDED_, x, size, stride, storageOffset);
    }

    private static Tensor asStrided(OpDef op, Tensor x, int[] size, int[] stride, int storageOffset) {
        checkGeometry(x.dtype(), x.storage().size(), size, stride, storageOffset);
        int[] inShape = x.sizes();
        boolean contiguousInput = x.isContiguous();
        // the gradient lands in a contiguous tensor of x's shape: offsets count from x's first element
        Geometry relative = new Geometry(size, stride, storageOffset - x.storageOffset());
        return viewOp(op, x, () -> Tensor.viewOf(x, size.clone(), stride.clone(), storageOffset),
                (ctx, g) -> {
                    if (!contiguousInput) {
                        throw new UnsupportedOperationException("as_strided backward is only supported for contiguous "
                                + "inputs (input of shape " + Shapes.format(inShape) + " is not)");
                    }
                    return new Tensor[] {asStridedScatter(g[0], inShape, relative)};
                });
    }

    /** as_strided's checks of a geometry over a storage of that many elements, with PyTorch's messages (sizes in bytes). */
    static void checkGeometry(DType dtype, int storageSize, int[] size, int[] stride, int offset) {
        if (size.length != stride.length) {
            throw new IllegalArgumentException("mismatch in length of strides and shape");
        }
        for (int i = 0; i < size.length; i++) {
            if (stride[i] < 0) {
                throw new IllegalArgumentException("as_strided: Negative strides are not supported at the moment, "
                        + "got strides: " + Shapes.format(stride));
            }
            if (size[i] < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + size[i] + ": "
                        + Shapes.format(size));
            }
        }
        if (offset < 0) {
            throw new IllegalArgumentException("Tensor: invalid storage offset " + offset);
        }
        long needed = requiredStorageSize(size, stride, offset);
        if (needed > storageSize) {
            int item = dtype.itemSize();
            throw new IllegalArgumentException("setStorage: sizes " + Shapes.format(size) + ", strides "
                    + Shapes.format(stride) + ", storage offset " + offset + ", and itemsize " + item
                    + " requiring a storage size of " + needed * item + " are out of bounds for storage of size "
                    + (long) storageSize * item);
        }
    }

    /** Elements a storage needs for the geometry: one past its furthest element (0 when it has none). */
    static long requiredStorageSize(int[] size, int[] stride, int offset) {
        long max = offset;
        for (int i = 0; i < size.length; i++) {
            if (size[i] == 0) {
                return 0;
            }
            max += (long) (size[i] - 1) * stride[i];
        }
        return max + 1;
    }

    /**
     * A view whose gradient is the incoming gradient scattered into zeros of the input's shape
     * through the same geometry, applied to a contiguous tensor of that shape.
     */
    private static Tensor viewWithScatterBackward(OpDef op, Tensor x, java.util.function.UnaryOperator<Geometry> f) {
        int[] inShape = x.sizes();
        return Dispatch.apply(op, new Tensor[] {x}, () -> viewOf(x, f.apply(Geometry.of(x))),
                (ctx, g) -> new Tensor[] {asStridedScatter(g[0], inShape, f.apply(Geometry.contiguous(inShape)))});
    }

    /** Zeros of {@code shape} with {@code src} written through {@code geometry} (a view of a contiguous tensor). */
    static Tensor asStridedScatter(Tensor src, int[] shape, Geometry geometry) {
        return Dispatch.apply(AS_STRIDED_SCATTER, new Tensor[] {src}, () -> {
            Tensor out = Operands.zerosLike(src, shape);
            Tensor region = Tensor.viewOf(out, geometry.shape(), geometry.stride(), geometry.offset());
            if (overlapsItself(geometry)) {
                accumulateInto(region, src);
            } else {
                CopyOps.copyInto(region, src);
            }
            return out;
        }, (ctx, g) -> {
            Tensor c = g[0].contiguous();
            return new Tensor[] {Tensor.viewOf(c, geometry.shape(), geometry.stride(), geometry.offset() + c.storageOffset())
                    .contiguous()};
        });
    }

    /**
     * PyTorch's {@code as_strided_scatter} for an input whose copy is contiguous: the copy with {@code src} written
     * through the geometry, relative to the copy's storage.
     */
    static Tensor asStridedScatterInto(Tensor x, Tensor src, int[] size, int[] stride, int storageOffset) {
        checkGeometry(x.dtype(), x.numel(), size, stride, storageOffset);
        if (!Arrays.equals(size, src.sizes())) {
            throw new IllegalArgumentException("expected src to have a size equal to the slice of self. src size = "
                    + Shapes.format(src.sizes()) + ", slice size = " + Shapes.format(size));
        }
        int[] shape = x.sizes();
        return Dispatch.apply(AS_STRIDED_SCATTER, new Tensor[] {x, src}, () -> {
            Tensor out = Operands.zerosLike(x, shape);
            CopyOps.copyInto(out, x);
            CopyOps.copyInto(Tensor.viewOf(out, size, stride, storageOffset), src);
            return out;
        }, (ctx, g) -> {
            Tensor c = g[0].contiguous();
            return new Tensor[] {asStridedScatterInto(c, Operands.zerosLike(c, size), size, stride, storageOffset),
                    asStrided(c, size, stride, storageOffset + c.storageOffset())};
        });
    }

    /** Whether two positions of the geometry address the same element (possible only with as_strided). */
    private static boolean overlapsItself(Geometry g) {
        int[] shape = g.shape();
        int[] stride = g.stride();
        Integer[] order = new Integer[shape.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> stride[i]));
        long extent = 0; // furthest offset reachable by the dims with smaller strides
        for (int i : order) {
            if (shape[i] <= 1) {
                continue;
            }
            if (stride[i] <= extent) {
                return true;
            }
            extent += (long) (shape[i] - 1) * stride[i];
        }
        return false;
    }

    // dst[i] += src[i] element by element, so positions that alias the same element all add up
    private static void accumulateInto(Tensor dst, Tensor src) {
        jtorch.internal.kernels.StridedIterator it = new jtorch.internal.kernels.StridedIterator(dst.sizes(),
                new int[][] {dst.stride(), Shapes.broadcastStrides(src.sizes(), src.stride(), dst.sizes())},
                new int[] {dst.storageOffset(), src.storageOffset()});
        if (it.isEmpty()) {
            return;
        }
        jtorch.Storage d = dst.storage();
        jtorch.Storage s = src.storage();
        do {
            for (int i = 0, di = it.offset(0), si = it.offset(1); i < it.innerSize();
                    i++, di += it.innerStride(0), si += it.innerStride(1)) {
                d.setDouble(di, d.getDouble(di) + s.getDouble(si));
            }
        } while (it.next());
    }

    // ---------------------------------------------------------------- in-place writes through views

    /**
     * After an in-place op wrote {@code result} into {@code view} (a view of {@code base}), makes the
     * base's history include the write — PyTorch's {@code CopySlices}: the base's gradient flows to its
     * old history outside the view's region and to {@code result} inside it — and makes the view a
     * view of the updated base.
     */
    static void rebaseHistory(Tensor base, Tensor view, Tensor result) {
        // the region is a geometry over base's memory: gradients are laid out in base's memory order (base may be
        // a permutation of a contiguous tensor, e.g. after transpose_), and permuted back
        int[] order = memoryOrder(base);
        if (!base.isContiguous() && order == null) {
            throw new UnsupportedOperationException("in-place operation on a view of a non-contiguous tensor of shape "
                    + Shapes.format(base.sizes()) + " that requires grad is not supported; call contiguous() first");
        }
        int[] inverse = order == null ? null : inversePermutation(order);
        int[] baseShape = base.sizes();
        int[] memoryShape = order == null ? baseShape : permuted(baseShape, order);
        Geometry region = new Geometry(view.sizes(), view.stride(), view.storageOffset() - base.storageOffset());
        Tensor oldBase = Tensor.viewOf(base, baseShape, base.stride(), base.storageOffset());
        if (base.gradFn() != null) {
            oldBase.autogradMeta().setGradFn(base.gradFn(), base.autogradMeta().outputNr());
        }
        jtorch.autograd.OpNode copySlices = new jtorch.autograd.OpNode("CopySlices", new Tensor[] {oldBase, result},
                new boolean[2], (ctx, g) -> {
                    Tensor gb = (order == null ? g[0] : g[0].permute(order)).contiguous();
                    Tensor inside = asStridedFromContiguous(gb, region);
                    Tensor mask = asStridedScatter(Torch.onesLike(inside), memoryShape, region);
                    Tensor outside = gb.mul(mask.rsub(1));
                    return new Tensor[] {order == null ? outside : outside.permute(inverse), inside};
                }, true);
        base.autogradMeta().setGradFn(copySlices, 0);
        jtorch.autograd.OpNode viewNode = new jtorch.autograd.OpNode("AsStridedBackward0", new Tensor[] {base},
                new boolean[1], (ctx, g) -> {
                    Tensor scattered = asStridedScatter(g[0], memoryShape, region);
                    return new Tensor[] {order == null ? scattered : scattered.permute(inverse)};
                }, true);
        view.autogradMeta().setGradFn(viewNode, 0);
    }

    /**
     * The permutation listing {@code t}'s dims from the largest stride to the smallest when {@code t} is dense and
     * non-overlapping but not contiguous (its elements fill a block of memory in another dim order), else null.
     */
    static int[] memoryOrder(Tensor t) {
        if (t.isContiguous()) {
            return null;
        }
        int[] shape = t.sizes();
        int[] stride = t.stride();
        Integer[] dims = new Integer[shape.length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = i;
        }
        // stable sort by stride descending: ties keep dim order, as PyTorch's preserve_format does
        Arrays.sort(dims, (a, b) -> Integer.compare(stride[b], stride[a]));
        long expected = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            int d = dims[i];
            if (shape[d] != 1 && stride[d] != expected) {
                return null;
            }
            expected *= shape[d];
        }
        return Arrays.stream(dims).mapToInt(Integer::intValue).toArray();
    }

    static int[] inversePermutation(int[] order) {
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[order[i]] = i;
        }
        return inverse;
    }

    private static int[] permuted(int[] a, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    // the region of a contiguous tensor described by a geometry relative to its first element
    private static Tensor asStridedFromContiguous(Tensor c, Geometry g) {
        return asStrided(c, g.shape(), g.stride(), g.offset() + c.storageOffset()).contiguous();
    }

    // ---------------------------------------------------------------- small array helpers

    static int[] remove(int[] a, int i) {
        int[] out = new int[a.length - 1];
        System.arraycopy(a, 0, out, 0, i);
        System.arraycopy(a, i + 1, out, i, a.length - i - 1);
        return out;
    }

    static int[] insert(int[] a, int i, int v) {
        int[] out = new int[a.length + 1];
        System.arraycopy(a, 0, out, 0, i);
        out[i] = v;
        System.arraycopy(a, i, out, i + 1, a.length - i);
        return out;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

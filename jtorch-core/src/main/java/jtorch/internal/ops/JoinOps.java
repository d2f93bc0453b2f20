package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Joining and splitting: cat, stack, split, chunk, repeat. cat and stack copy into a new tensor
 * (promoting dtypes as PyTorch 1.13 does) and hand each input its slice of the gradient; split and
 * chunk return views recorded as one node whose backward concatenates the pieces' gradients.
 */
public final class JoinOps {
    static final OpDef CAT = OpDef.of("cat", Saves.NOTHING);
    static final OpDef STACK = OpDef.of("stack", Saves.NOTHING);
    static final OpDef SPLIT = OpDef.of("split", Saves.NOTHING);
    static final OpDef SPLIT_WITH_SIZES = OpDef.of("split_with_sizes", Saves.NOTHING);
    // the unsafe_* splits return pieces that share storage without being views (in-place ops on them are not
    // tracked against the input)
    static final OpDef UNSAFE_SPLIT = OpDef.of("unsafe_split", Saves.NOTHING);
    static final OpDef UNSAFE_SPLIT_WITH_SIZES = OpDef.of("unsafe_split_with_sizes", Saves.NOTHING);
    static final OpDef REPEAT = OpDef.of("repeat", Saves.NOTHING);

    private JoinOps() {
    }

    // ---------------------------------------------------------------- cat / stack

    /**
     * Concatenates tensors along {@code dim}; the result takes the promoted dtype of all inputs. Legacy
     * empty tensors of shape [0] are skipped whatever their rank. PyTorch: {@code torch.cat}.
     */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        Tensor[] in = tensors.toArray(new Tensor[0]);
        for (int i = 0; i < in.length; i++) {
            if (in[i].dim() == 0) {
                throw new IllegalArgumentException("zero-dimensional tensor (at position " + i
                        + ") cannot be concatenated");
            }
        }
        int d = legacyWrapDim(dim, in);
        if (in.length == 0) {
            throw new IllegalArgumentException("torch.cat(): expected a non-empty list of Tensors");
        }
        DType dtype = TypePromotion.resultType(in);
        Tensor first = null;
        int[] offsets = new int[in.length];
        int[] lengths = new int[in.length]; // -1 for skipped inputs
        int sizeAtDim = 0;
        for (int i = 0; i < in.length; i++) {
            offsets[i] = sizeAtDim;
            lengths[i] = -1;
            if (isLegacyEmpty(in[i])) {
                continue;
            }
            if (first == null) {
                first = in[i];
            }
            checkShapeExceptDim(first, in[i], d, i);
            lengths[i] = in[i].size(d);
            sizeAtDim += lengths[i];
        }
        int[] shape = first == null ? new int[] {0} : first.sizes();
        if (first != null) {
            shape[d] = sizeAtDim;
        }
        return Dispatch.apply(CAT, in, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(dtype).device(deviceOf(in)), shape);
            for (int i = 0; i < in.length; i++) {
                if (lengths[i] >= 0) {
                    CopyOps.copyInto(slice(out, d, offsets[i], lengths[i]), in[i]);
                }
            }
            return out;
        }, (ctx, g) -> {
            Tensor[] grads = new Tensor[lengths.length];
            for (int i = 0; i < lengths.length; i++) {
                if (ctx.needsInputGrad(i)) {
                    grads[i] = lengths[i] < 0 ? Operands.zerosLike(g[0], 0)
                            : g[0].narrow(d, offsets[i], lengths[i]);
                }
            }
            return grads;
        });
    }

    /** Stacks equally shaped tensors along a new dim {@code dim}. PyTorch: {@code torch.stack}. */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        if (AutocastPolicy.isCpuEnabled()) {
            // 1.13 casts stack's list (promote); cat's list form takes no autocast cast in 1.13
            return AutocastPolicy.promote(STACK, tensors.toArray(new Tensor[0]),
                    t -> stack(java.util.Arrays.asList(t), dim));
        }
        Tensor[] in = tensors.toArray(new Tensor[0]);
        if (in.length == 0) {
            throw new IllegalArgumentException("stack expects a non-empty TensorList");
        }
        int d = Shapes.wrapDim(dim, in[0].dim() + 1);
        for (int i = 1; i < in.length; i++) {
            if (!Arrays.equals(in[i].sizes(), in[0].sizes())) {
                throw new IllegalArgumentException("stack expects each tensor to be equal size, but got "
                        + Shapes.format(in[0].sizes()) + " at entry 0 and " + Shapes.format(in[i].sizes())
                        + " at entry " + i);
            }
        }
        int count = in.length;
        int[] shape = ViewOps.insert(in[0].sizes(), d, count);
        DType dtype = TypePromotion.resultType(in);
        return Dispatch.apply(STACK, in, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(dtype).device(deviceOf(in)), shape);
            int[] entryStride = ViewOps.remove(out.stride(), d);
            for (int i = 0; i < in.length; i++) {
                CopyOps.copyInto(Tensor.viewOf(out, in[i].sizes(), entryStride, i * out.stride(d)), in[i]);
            }
            return out;
        }, (ctx, g) -> {
            Tensor[] grads = new Tensor[count];
            for (int i = 0; i < count; i++) {
                if (ctx.needsInputGrad(i)) {
                    grads[i] = g[0].select(d, i);
                }
            }
            return grads;
        });
    }

    // PyTorch's legacy_cat_wrap_dim: the first tensor that is not a legacy empty one sets the rank
    private static int legacyWrapDim(int dim, Tensor[] in) {
        for (Tensor t : in) {
            if (!isLegacyEmpty(t)) {
                return Shapes.wrapDim(dim, t.dim());
            }
        }
        return dim;
    }

    // Before zero-size dims existed, shape [0] stood for "no tensor"; cat still skips such inputs.
    private static boolean isLegacyEmpty(Tensor t) {
        return t.dim() == 1 && t.size(0) == 0;
    }

    private static void checkShapeExceptDim(Tensor first, Tensor t, int dim, int index) {
        if (first.dim() != t.dim()) {
            throw new IllegalArgumentException("Tensors must have same number of dimensions: got " + first.dim()
                    + " and " + t.dim());
        }
        for (int i = 0; i < first.dim(); i++) {
            if (i != dim && first.size(i) != t.size(i)) {
                throw new IllegalArgumentException("Sizes of tensors must match except in dimension " + dim
                        + ". Expected size " + first.size(i) + " but got size " + t.size(i) + " for tensor number "
                        + index + " in the list.");
            }
        }
    }

    private static Device deviceOf(Tensor[] in) {
        for (Tensor t : in) {
            Elementwise.checkSameDevice(in[0], t);
        }
        return in.length == 0 ? Device.CPU : in[0].device();
    }

    // A raw view of [start, start + length) along dim (no autograd, no dispatch).
    private static Tensor slice(Tensor t, int dim, int start, int length) {
        int[] shape = t.sizes();
        shape[dim] = length;
        return Tensor.viewOf(t, shape, t.stride(), t.storageOffset() + start * t.stride(dim));
    }

    // ---------------------------------------------------------------- split / chunk

    /**
     * Views of consecutive pieces of {@code splitSize} along {@code dim}; the last may be smaller, and a
     * split size beyond the dim gives one piece. PyTorch: {@code Tensor.split(int, dim)}.
     */
    public static List<Tensor> split(Tensor x, int splitSize, int dim) {
        return split(SPLIT, x, splitSize, dim);
    }

    /** {@link #split(Tensor, int, int)} whose pieces are not views. PyTorch: {@code torch.unsafe_split}. */
    public static List<Tensor> unsafeSplit(Tensor x, int splitSize, int dim) {
        return split(UNSAFE_SPLIT, x, splitSize, dim);
    }

    private static List<Tensor> split(OpDef op, Tensor x, int splitSize, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        }
        if (splitSize < 0) {
            throw new IllegalArgumentException("split expects split_size be non-negative, but got split_size="
                    + splitSize);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int dimSize = x.size(d);
        if (splitSize == 0 && dimSize != 0) {
            throw new IllegalArgumentException("split_size can only be 0 if dimension size is 0, but got dimension "
                    + "size of " + dimSize);
        }
        int numSplits = splitSize == 0 ? 1 : Math.max((dimSize + splitSize - 1) / splitSize, 1);
        int[] sizes = new int[numSplits];
        Arrays.fill(sizes, splitSize);
        sizes[numSplits - 1] = splitSize - (splitSize * numSplits - dimSize);
        return pieces(op, x, d, sizes);
    }

    /** Views of pieces with the given sizes along {@code dim}. PyTorch: {@code Tensor.split(list, dim)}. */
    public static List<Tensor> split(Tensor x, int[] sections, int dim) {
        return split(SPLIT_WITH_SIZES, x, sections, dim);
    }

    /** {@link #split(Tensor, int[], int)} whose pieces are not views. PyTorch: {@code torch.unsafe_split_with_sizes}. */
    public static List<Tensor> unsafeSplit(Tensor x, int[] sections, int dim) {
        return split(UNSAFE_SPLIT_WITH_SIZES, x, sections, dim);
    }

    private static List<Tensor> split(OpDef op, Tensor x, int[] sections, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        }
        int dimSize = x.size(dim);
        int d = Shapes.wrapDim(dim, x.dim());
        long sum = 0;
        for (int s : sections) {
            if (s < 0) {
                throw new IllegalArgumentException("split_with_sizes expects split_sizes have only non-negative "
                        + "entries, but got split_sizes=" + Shapes.format(sections));
            }
            sum += s;
        }
        if (sum != dimSize) {
            throw new IllegalArgumentException("split_with_sizes expects split_sizes to sum exactly to " + dimSize
                    + " (input tensor's size at dimension " + dim + "), but got split_sizes="
                    + Shapes.format(sections));
        }
        return pieces(op, x, d, sections.clone());
    }

    /**
     * {@code chunks} views of ceil(size / chunks) along {@code dim} (fewer when the size runs out).
     * PyTorch: {@code torch.chunk}.
     */
    public static List<Tensor> chunk(Tensor x, int chunks, int dim) {
        return chunk(x, chunks, dim, false);
    }

    /** {@link #chunk} whose pieces are not views. PyTorch: {@code torch.unsafe_chunk}. */
    public static List<Tensor> unsafeChunk(Tensor x, int chunks, int dim) {
        return chunk(x, chunks, dim, true);
    }

    private static List<Tensor> chunk(Tensor x, int chunks, int dim, boolean unsafe) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("chunk expects at least a 1-dimensional tensor");
        }
        if (chunks <= 0) {
            throw new IllegalArgumentException("chunk expects `chunks` to be greater than 0, got: " + chunks);
        }
        int dimSize = x.size(dim);
        int splitSize = (int) (((long) dimSize + chunks - 1) / chunks);
        if (splitSize == 0 && dimSize == 0) {
            // split would return one empty piece; chunk keeps the number of chunks asked for
            return split(unsafe ? UNSAFE_SPLIT_WITH_SIZES : SPLIT_WITH_SIZES, x, new int[chunks], dim);
        }
        return split(unsafe ? UNSAFE_SPLIT : SPLIT, x, splitSize, dim);
    }

    // Pieces of the given sizes along d, as views recorded by one node: the pieces' gradients
    // (zeros for pieces that got none) are concatenated back.
    private static List<Tensor> pieces(OpDef op, Tensor x, int d, int[] sizes) {
        int[] starts = new int[sizes.length];
        for (int i = 1; i < sizes.length; i++) {
            starts[i] = starts[i - 1] + sizes[i - 1];
        }
        int[] inShape = x.sizes();
        DType dtype = x.dtype();
        Tensor[] outs = Dispatch.applyMulti(op, new Tensor[] {x}, () -> {
            Tensor[] views = new Tensor[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                views[i] = slice(x, d, starts[i], sizes[i]);
                if (op == UNSAFE_SPLIT || op == UNSAFE_SPLIT_WITH_SIZES) {
                    views[i] = new Tensor(x.storage(), views[i].sizes(), views[i].stride(), views[i].storageOffset());
                }
            }
            return views;
        }, (ctx, g) -> {
            List<Tensor> parts = new ArrayList<>(g.length);
            for (int i = 0; i < g.length; i++) {
                int[] shape = inShape.clone();
                shape[d] = sizes[i];
                parts.add(g[i] != null ? g[i]
                        : Operands.zeros(Torch.options().dtype(dtype).device(Operands.anyOf(g).device()), shape));
            }
            return new Tensor[] {cat(parts, d)};
        }, sizes.length);
        return List.of(outs);
    }

    // ---------------------------------------------------------------- repeat

    /**
     * Tiles the tensor {@code repeats[i]} times along each dim; extra leading repeats add dims.
     * PyTorch: {@code Tensor.repeat}.
     */
    public static Tensor repeat(Tensor x, int... repeats) {
        if (repeats.length < x.dim()) {
            throw new IllegalArgumentException("Number of dimensions of repeat dims can not be smaller than number "
                    + "of dimensions of tensor");
        }
        int rank = repeats.length;
        int lead = rank - x.dim();
        int[] inShape = x.sizes();
        int[] padded = new int[rank];
        int[] paddedStride = new int[rank];
        int[] target = new int[rank];
        for (int i = 0; i < rank; i++) {
            padded[i] = i < lead ? 1 : inShape[i - lead];
            paddedStride[i] = i < lead ? 0 : x.stride(i - lead);
            target[i] = padded[i] * repeats[i];
        }
        // The output seen as [r0, s0, r1, s1, ...] (repeat count, then the input's extent) is the
        // input broadcast along every r dim: one strided copy forward, one sum over the r dims backward.
        int[] interleaved = new int[2 * rank];
        int[] srcStride = new int[2 * rank];
        int[] repeatDims = new int[rank];
        for (int i = 0; i < rank; i++) {
            interleaved[2 * i] = repeats[i];
            interleaved[2 * i + 1] = padded[i];
            srcStride[2 * i + 1] = paddedStride[i];
            repeatDims[i] = 2 * i;
        }
        return Dispatch.apply(REPEAT, new Tensor[] {x}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), target);
            if (out.numel() > 0) {
                CopyOps.copyInto(Tensor.viewOf(out, interleaved, Shapes.contiguousStrides(interleaved), 0),
                        Tensor.viewOf(x, interleaved, srcStride, x.storageOffset()));
            }
            return out;
        }, (ctx, g) -> {
            Tensor summed = rank == 0 ? g[0] : g[0].reshape(interleaved).sum(repeatDims, false);
            return new Tensor[] {summed.reshape(inShape)};
        });
    }
}

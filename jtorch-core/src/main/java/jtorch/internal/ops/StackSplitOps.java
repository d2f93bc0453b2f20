package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;

/**
 * PyTorch's composite shape functions: atleast_1d/2d/3d, the stacks (hstack, vstack, dstack, column_stack),
 * tensor_split and hsplit/vsplit/dsplit, ravel, tile, broadcast_to/broadcast_tensors/broadcast_shapes, meshgrid
 * and cartesian_prod. As in PyTorch (CompositeImplicitAutograd) each is built from views, cat, stack, repeat and
 * expand, so their graphs record those ops' nodes and need no backward of their own.
 */
public final class StackSplitOps {
    private StackSplitOps() {
    }

    // ---------------------------------------------------------------- atleast_nd

    /** x itself when it has a dim, else a 1-element view. PyTorch: {@code torch.atleast_1d(input)}. */
    public static Tensor atleast1d(Tensor x) {
        return x.dim() == 0 ? x.reshape(1) : x;
    }

    /** x viewed with at least 2 dims (a 1-D x becomes a row). PyTorch: {@code torch.atleast_2d(input)}. */
    public static Tensor atleast2d(Tensor x) {
        return switch (x.dim()) {
            case 0 -> x.reshape(1, 1);
            case 1 -> x.unsqueeze(0);
            default -> x;
        };
    }

    /**
     * x viewed with at least 3 dims: a 1-D x of size n becomes (1, n, 1), a 2-D one (m, n, 1).
     * PyTorch: {@code torch.atleast_3d(input)}.
     */
    public static Tensor atleast3d(Tensor x) {
        return switch (x.dim()) {
            case 0 -> x.reshape(1, 1, 1);
            case 1 -> x.unsqueeze(0).unsqueeze(-1);
            case 2 -> x.unsqueeze(-1);
            default -> x;
        };
    }

    // ---------------------------------------------------------------- stacks

    /** Concatenation along dim 0 of 1-D tensors, dim 1 otherwise. PyTorch: {@code torch.hstack(tensors)}. */
    public static Tensor hstack(List<Tensor> tensors) {
        List<Tensor> t = each(tensors, "hstack", StackSplitOps::atleast1d);
        return JoinOps.cat(t, t.get(0).dim() == 1 ? 0 : 1);
    }

    /** Concatenation along dim 0 after atleast_2d. PyTorch: {@code torch.vstack(tensors)}. */
    public static Tensor vstack(List<Tensor> tensors) {
        return JoinOps.cat(each(tensors, "vstack", StackSplitOps::atleast2d), 0);
    }

    /** Alias of {@link #vstack} (its messages name vstack, as PyTorch's do). PyTorch: {@code torch.row_stack}. */
    public static Tensor rowStack(List<Tensor> tensors) {
        return vstack(tensors);
    }

    /** Concatenation along dim 2 after atleast_3d. PyTorch: {@code torch.dstack(tensors)}. */
    public static Tensor dstack(List<Tensor> tensors) {
        return JoinOps.cat(each(tensors, "dstack", StackSplitOps::atleast3d), 2);
    }

    /**
     * Concatenation along dim 1, 0-D and 1-D tensors first becoming columns (n, 1).
     * PyTorch: {@code torch.column_stack(tensors)}.
     */
    public static Tensor columnStack(List<Tensor> tensors) {
        return JoinOps.cat(each(tensors, "column_stack", t -> t.dim() <= 1 ? t.reshape(t.numel(), 1) : t), 1);
    }

    private static List<Tensor> each(List<Tensor> tensors, String name, UnaryOperator<Tensor> f) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException(name + " expects a non-empty TensorList");
        }
        List<Tensor> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            out.add(f.apply(t));
        }
        return out;
    }

    // ---------------------------------------------------------------- tensor_split / hsplit / vsplit / dsplit

    /**
     * {@code sections} views along {@code dim}, the first {@code size % sections} one element longer.
     * PyTorch: {@code torch.tensor_split(input, sections, dim=0)}.
     */
    public static List<Tensor> tensorSplit(Tensor x, int sections, int dim) {
        checkSplittable(x);
        if (sections <= 0) {
            throw new IllegalArgumentException("number of sections must be larger than 0, got " + sections);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = x.size(d);
        int small = size / sections;
        int bigCount = size % sections;
        List<Tensor> out = new ArrayList<>(sections);
        int start = 0;
        for (int i = 0; i < sections; i++) {
            int len = i < bigCount ? small + 1 : small;
            out.add(ViewOps.slice(x, d, start, start + len, 1));
            start += len;
        }
        return out;
    }

    /**
     * Views {@code x[prev:index]} along {@code dim} between consecutive indices (Python's slice clamping, so
     * out-of-order or out-of-range indices give empty pieces), then the rest.
     * PyTorch: {@code torch.tensor_split(input, indices, dim=0)}.
     */
    public static List<Tensor> tensorSplit(Tensor x, int[] indices, int dim) {
        checkSplittable(x);
        int d = Shapes.wrapDim(dim, x.dim());
        List<Tensor> out = new ArrayList<>(indices.length + 1);
        Integer start = 0;
        for (int index : indices) {
            out.add(ViewOps.slice(x, d, start, index, 1));
            start = index;
        }
        out.add(ViewOps.slice(x, d, start, null, 1));
        return out;
    }

    /**
     * The int64 tensor form: a 0-D tensor is a number of sections, a 1-D one a list of indices.
     * PyTorch: {@code torch.tensor_split(input, tensor_indices_or_sections, dim=0)}.
     */
    public static List<Tensor> tensorSplit(Tensor x, Tensor indicesOrSections, int dim) {
        checkSplittable(x);
        if (indicesOrSections.dtype() != DType.INT64) {
            throw new IllegalArgumentException("tensor_split expected tensor_indices_or_sections to have dtype of "
                    + "long, but got " + TypePromotion.scalarTypeName(indicesOrSections.dtype()));
        }
        if (indicesOrSections.dim() > 1) {
            throw new IllegalArgumentException("tensor_split expected tensor_indices_or_sections to be a "
                    + "zero-dimensional or one-dimensional tensor, but got a tensor with "
                    + indicesOrSections.dim() + " dims");
        }
        long[] values = indicesOrSections.toLongArray();
        if (indicesOrSections.dim() == 0) {
            return tensorSplit(x, Math.toIntExact(values[0]), dim);
        }
        int[] indices = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            indices[i] = Math.toIntExact(values[i]);
        }
        return tensorSplit(x, indices, dim);
    }

    private static void checkSplittable(Tensor x) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("tensor_split expected at least a 1-dimensional tensor, but got a "
                    + "tensor with 0 dims");
        }
    }

    /** Equal pieces along dim 1 (dim 0 of a 1-D tensor). PyTorch: {@code torch.hsplit(input, sections)}. */
    public static List<Tensor> hsplit(Tensor x, int sections) {
        return evenSplit("hsplit", x, 1, sections);
    }

    /** Pieces between indices along dim 1 (dim 0 of a 1-D tensor). PyTorch: {@code torch.hsplit(input, indices)}. */
    public static List<Tensor> hsplit(Tensor x, int[] indices) {
        return tensorSplit(x, indices, splitDim("hsplit", x, 1));
    }

    /** Equal pieces along dim 0 of a tensor with at least 2 dims. PyTorch: {@code torch.vsplit(input, sections)}. */
    public static List<Tensor> vsplit(Tensor x, int sections) {
        return evenSplit("vsplit", x, 2, sections);
    }

    /** Pieces between indices along dim 0 (at least 2 dims). PyTorch: {@code torch.vsplit(input, indices)}. */
    public static List<Tensor> vsplit(Tensor x, int[] indices) {
        return tensorSplit(x, indices, splitDim("vsplit", x, 2));
    }

    /** Equal pieces along dim 2 of a tensor with at least 3 dims. PyTorch: {@code torch.dsplit(input, sections)}. */
    public static List<Tensor> dsplit(Tensor x, int sections) {
        return evenSplit("dsplit", x, 3, sections);
    }

    /** Pieces between indices along dim 2 (at least 3 dims). PyTorch: {@code torch.dsplit(input, indices)}. */
    public static List<Tensor> dsplit(Tensor x, int[] indices) {
        return tensorSplit(x, indices, splitDim("dsplit", x, 3));
    }

    // hsplit splits dim 1 (dim 0 of a 1-D tensor), vsplit dim 0, dsplit dim 2
    private static int splitDim(String name, Tensor x, int minDims) {
        if (x.dim() < minDims) {
            throw new IllegalArgumentException("torch." + name + " requires a tensor with at least " + minDims
                    + " dimension, but got a tensor with " + x.dim() + " dimensions!");
        }
        return switch (name) {
            case "hsplit" -> x.dim() == 1 ? 0 : 1;
            case "vsplit" -> 0;
            default -> 2;
        };
    }

    private static List<Tensor> evenSplit(String name, Tensor x, int minDims, int sections) {
        int d = splitDim(name, x, minDims);
        if (sections != 0 && x.size(d) % sections != 0) {
            throw new IllegalArgumentException("torch." + name + " attempted to split along dimension " + d
                    + ", but the size of the dimension " + x.size(d) + " is not divisible by the split_size "
                    + sections + "!");
        }
        return tensorSplit(x, sections, d);
    }

    // ---------------------------------------------------------------- ravel / tile

    /** The elements in row-major order as a 1-D tensor (a view when x is contiguous). PyTorch: {@code torch.ravel}. */
    public static Tensor ravel(Tensor x) {
        return x.contiguous().view(-1);
    }

    /**
     * x repeated {@code dims[i]} times along each dim; fewer dims than x has are padded with leading 1s.
     * PyTorch: {@code torch.tile(input, dims)}.
     */
    public static Tensor tile(Tensor x, int... dims) {
        int lead = x.dim() - dims.length;
        if (lead <= 0) {
            return JoinOps.repeat(x, dims);
        }
        int[] reps = new int[x.dim()];
        Arrays.fill(reps, 0, lead, 1);
        System.arraycopy(dims, 0, reps, lead, dims.length);
        return JoinOps.repeat(x, reps);
    }

    // ---------------------------------------------------------------- broadcasting

    /** x expanded to {@code shape}. PyTorch: {@code torch.broadcast_to(input, shape)}. */
    public static Tensor broadcastTo(Tensor x, int... shape) {
        return ViewOps.expand(x, shape);
    }

    /** Every tensor expanded to their common broadcast shape. PyTorch: {@code torch.broadcast_tensors(*tensors)}. */
    public static List<Tensor> broadcastTensors(List<Tensor> tensors) {
        int[][] shapes = new int[tensors.size()][];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = tensors.get(i).sizes();
        }
        int[] shape = Shapes.broadcast(shapes);
        List<Tensor> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            out.add(ViewOps.expand(t, shape));
        }
        return out;
    }

    /** The shape the given shapes broadcast to. PyTorch: {@code torch.broadcast_shapes(*shapes)}. */
    public static int[] broadcastShapes(int[]... shapes) {
        int rank = 0;
        for (int[] s : shapes) {
            rank = Math.max(rank, s.length);
        }
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        // PyTorch's Python loop: shapes in order, each from its last dim
        for (int[] s : shapes) {
            for (int i = 1; i <= s.length; i++) {
                int size = s[s.length - i];
                if (size < 0) {
                    throw new IllegalArgumentException("Trying to create tensor with negative dimension (" + size
                            + "): (" + size + ")");
                }
                if (size == 1 || size == out[rank - i]) {
                    continue;
                }
                if (out[rank - i] != 1) {
                    throw new IllegalArgumentException("Shape mismatch: objects cannot be broadcast to a single shape");
                }
                out[rank - i] = size;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- meshgrid / cartesian_prod

    /**
     * Coordinate grids of 0-D or 1-D tensors, each expanded to (n0, n1, ...) ("ij"), or to (n1, n0, ...) with
     * the first input varying along dim 1 ("xy", NumPy's Cartesian order: the first two inputs and outputs swap). PyTorch: {@code torch.meshgrid(*tensors, indexing)}.
     */
    public static List<Tensor> meshgrid(List<Tensor> tensors, String indexing) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("meshgrid expects a non-empty TensorList");
        }
        for (int i = 0; i < tensors.size() - 1; i++) {
            if (tensors.get(i).dtype() != tensors.get(i + 1).dtype()) {
                throw new IllegalArgumentException("meshgrid expects all tensors to have the same dtype");
            }
            if (tensors.get(i).device() != tensors.get(i + 1).device()) {
                throw new IllegalArgumentException("meshgrid expects all tensors to have the same device");
            }
        }
        boolean xy = switch (indexing) {
            case "xy" -> true;
            case "ij" -> false;
            default -> throw new IllegalArgumentException("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", "
                    + "but received: " + indexing);
        };
        List<Tensor> in = new ArrayList<>(tensors);
        boolean swap = xy && in.size() >= 2;
        if (swap) {
            in.set(0, tensors.get(1));
            in.set(1, tensors.get(0));
        }
        int n = in.size();
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) {
            Tensor t = in.get(i);
            if (t.dim() > 1) {
                throw new IllegalArgumentException("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but "
                        + "got a tensor of shape " + Shapes.format(t.sizes()));
            }
            shape[i] = t.numel();
        }
        List<Tensor> grids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] viewShape = new int[n];
            Arrays.fill(viewShape, 1);
            viewShape[i] = -1;
            grids.add(ViewOps.expand(in.get(i).view(viewShape), shape));
        }
        if (swap) {
            Tensor first = grids.get(0);
            grids.set(0, grids.get(1));
            grids.set(1, first);
        }
        return grids;
    }

    /**
     * The Cartesian product of 1-D tensors as rows of an (n0 * n1 * ..., k) tensor; a single tensor is returned
     * as it is. PyTorch: {@code torch.cartesian_prod(*tensors)}.
     */
    public static Tensor cartesianProd(List<Tensor> tensors) {
        for (Tensor t : tensors) {
            if (t.dim() != 1) {
                throw new IllegalArgumentException("Expect a 1D vector, but got shape " + Shapes.format(t.sizes()));
            }
        }
        if (tensors.size() == 1) {
            return tensors.get(0);
        }
        List<Tensor> grids = meshgrid(tensors, "ij");
        grids.replaceAll(g -> g.flatten());
        return JoinOps.stack(grids, 1);
    }
}

package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Indexing;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * PyTorch's handling of a Python subscript {@code x[a, b, ...]} (python_variable_indexing.cpp and
 * TensorIndexing.h): integers, slices, None and booleans are applied one by one as views
 * (select / slice / unsqueeze, which record their own autograd), and tensor indices are collected,
 * by the dim they stand at, for one advanced-indexing step afterwards.
 */
final class Subscript {
    private Subscript() {
    }

    /** The views applied so far and the tensor indices recorded per dim of that view (null: none). */
    record Sliced(Tensor view, Tensor[] tensorIndices) {
    }

    /**
     * Turns user index objects into the canonical ones: Integer, {@link Indexing.Slice},
     * {@link Indexing#ELLIPSIS}, {@link Indexing#NEW_AXIS}, Boolean or Tensor. Java arrays become
     * tensors, as Python lists do ({@code x[[0, 2]]}).
     */
    static Object[] normalize(Object[] indices) {
        Object[] out = new Object[indices.length];
        for (int i = 0; i < indices.length; i++) {
            Object o = indices[i];
            if (o instanceof Integer || o instanceof Boolean || o instanceof Tensor || o instanceof Indexing.Slice
                    || o == Indexing.ELLIPSIS || o == Indexing.NEW_AXIS) {
                out[i] = o;
            } else if (o instanceof Long || o instanceof Short || o instanceof Byte) {
                out[i] = clampToInt(((Number) o).longValue());
            } else if (o != null && o.getClass().isArray()) {
                out[i] = Torch.tensor(o);
            } else {
                throw new IllegalArgumentException("only integers, slices (`:`), ellipsis (`...`), None and long or "
                        + "byte Variables are valid indices (got " + typeName(o) + ")");
            }
        }
        return out;
    }

    private static String typeName(Object o) {
        if (o == null) {
            return "null; use Indexing.NEW_AXIS for None";
        }
        if (o instanceof Double || o instanceof Float) {
            return "float";
        }
        return o instanceof String ? "str" : o.getClass().getSimpleName();
    }

    // an index beyond int range is out of bounds anyway; keep its sign for the message
    private static int clampToInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The tensors among the index objects (for version-checked saving). */
    static Tensor[] tensorsIn(Object[] idx) {
        List<Tensor> out = new ArrayList<>();
        for (Object o : idx) {
            if (o instanceof Tensor t) {
                out.add(t);
            }
        }
        return out.toArray(new Tensor[0]);
    }

    private static boolean isMask(Tensor t) {
        return t.dtype() == DType.BOOL || t.dtype() == DType.UINT8;
    }

    private static boolean isIntegralScalar(Tensor t) {
        return t.dim() == 0 && !t.dtype().isFloatingPoint();
    }

    // PyTorch's count_specified_dimensions: everything but None, ellipsis and booleans takes a dim;
    // a mask takes as many dims as it has
    private static int countSpecified(Object[] idx) {
        int count = 0;
        int ellipses = 0;
        for (Object o : idx) {
            if (o instanceof Tensor t) {
                count += isMask(t) ? t.dim() : 1;
            } else if (o == Indexing.ELLIPSIS) {
                ellipses++;
            } else if (o != Indexing.NEW_AXIS && !(o instanceof Boolean)) {
                count++;
            }
        }
        // PyTorch silently accepts several; NumPy and the seed notes allow one, and a second one
        // has no meaning PyTorch agrees with itself on (x[..., ..., 0] fails inside select)
        if (ellipses > 1) {
            throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        }
        return count;
    }

    /**
     * Applies the basic part of a subscript to {@code self} (PyTorch's {@code applySlicing}). Indices
     * must be normalized. Full slices are skipped, so a subscript without views returns self itself.
     */
    static Sliced apply(Tensor self, Object[] idx) {
        if (idx.length == 1 && idx[0] instanceof Integer v && self.dim() == 0) {
            select(self, 0, v, 0); // PyTorch's single-integer fast path fails here, before the count check
        }
        int specified = countSpecified(idx);
        if (specified > self.dim()) {
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim());
        }
        Tensor result = self;
        int dim = 0;
        List<Tensor> recorded = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            Object o = idx[i];
            if (o instanceof Integer v) {
                result = select(result, dim, v, i);
            } else if (o instanceof Indexing.Slice s) {
                result = slice(result, dim, s);
                dim++;
            } else if (o == Indexing.ELLIPSIS) {
                dim += self.dim() - specified;
            } else if (o == Indexing.NEW_AXIS) {
                result = ViewOps.unsqueeze(result, dim);
                dim++;
            } else if (o instanceof Boolean b) {
                result = ViewOps.unsqueeze(result, dim);
                dim = record(recorded, dim, boolIndex(b));
            } else {
                Tensor t = (Tensor) o;
                if (isIntegralScalar(t) && !isMask(t)) {
                    result = select(result, dim, clampToInt(t.itemLong()), i);
                } else if (isIntegralScalar(t)) {
                    result = ViewOps.unsqueeze(result, dim);
                    dim = record(recorded, dim, boolIndex(t.itemLong() != 0));
                } else {
                    // like PyTorch, a k-dim mask moves the dim pointer by one only: indices after it
                    // land k-1 dims early (x[mask2d, 0] selects in the mask's second dim)
                    dim = record(recorded, dim, t);
                }
            }
        }
        return new Sliced(result, recorded.toArray(new Tensor[0]));
    }

    private static int record(List<Tensor> recorded, int dim, Tensor t) {
        while (recorded.size() <= dim) {
            recorded.add(null);
        }
        recorded.set(dim, t);
        return dim + 1;
    }

    // booleans add a dim of size 1: True indexes it as [0], False as an empty index
    private static Tensor boolIndex(boolean b) {
        return b ? Operands.zeros(Torch.options().dtype(DType.INT64), 1) : Operands.empty(Torch.options().dtype(DType.INT64), 0);
    }

    private static Tensor select(Tensor t, int dim, int index, int realDim) {
        if (index == 0 && dim == 0 && t.dim() == 0) {
            throw new IndexOutOfBoundsException("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                    + "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        }
        int size = t.dim() == 0 ? 0 : t.size(dim);
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for dimension " + realDim
                    + " with size " + size);
        }
        return ViewOps.select(t, dim, index);
    }

    private static Tensor slice(Tensor t, int dim, Indexing.Slice s) {
        if (s.step() == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        if (s.step() < 0) {
            throw new IllegalArgumentException("step must be greater than zero");
        }
        // PyTorch skips only a slice spelled exactly 0:size (an open stop is "max", not size)
        boolean full = (s.start() == null || s.start() == 0) && s.stop() != null && s.stop() == t.size(dim)
                && s.step() == 1;
        return full ? t : ViewOps.slice(t, dim, s.start(), s.stop(), s.step());
    }

    /** PyTorch strips leading size-1 dims of an assigned value ({@code x[0] = ones(1, 4)} works). */
    static Tensor stripLeadingOnes(Tensor value) {
        int[] shape = value.sizes();
        int first = 0;
        while (first < shape.length && shape[first] == 1) {
            first++;
        }
        return first == 0 ? value : ViewOps.view(value, Arrays.copyOfRange(shape, first, shape.length));
    }
}

package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ScatterReduction;

/**
 * Tensor indices resolved against one tensor (PyTorch's {@code AdvancedIndex} / {@code make_info}):
 * masks become their nonzero coordinates, index tensors broadcast together, indexed dims that are
 * not adjacent move to the front, and every index position becomes one element offset into the
 * tensor's storage. {@link #base} is a view of the tensor with the indexing result's shape whose
 * indexed dims have stride 0: element p of the result lives at {@code base[p] + table[p]}, which
 * serves reading (index) and writing (index_put) alike.
 *
 * <p>The same offset-table form backs gather, scatter, index_select and take; {@link #gather} and
 * {@link #scatter} walk it with {@link StridedIterator} and {@link IndexKernels}.
 */
final class AdvancedIndex {
    /** The indexed tensor viewed with the result's shape, stride 0 along the index dims. */
    final Tensor base;
    /** Element offsets, one per position of the broadcast index shape. */
    final int[] table;
    /** Strides of {@link #table} over the result's shape (0 outside the index dims). */
    final int[] tableStrides;

    private AdvancedIndex(Tensor base, int[] table, int[] tableStrides) {
        this.base = base;
        this.table = table;
        this.tableStrides = tableStrides;
    }

    int[] shape() {
        return base.sizes();
    }

    /** Resolves {@code indices} (null entries leave a dim alone) against {@code self}. */
    static AdvancedIndex of(Tensor self, Tensor[] indices) {
        for (Tensor t : indices) {
            if (t != null && t.dtype() != DType.INT64 && t.dtype() != DType.UINT8 && t.dtype() != DType.BOOL) {
                throw new IndexOutOfBoundsException("tensors used as indices must be long, byte or bool tensors");
            }
        }
        AdvancedIndex single = singleMask(self, indices);
        if (single != null) {
            return single;
        }
        List<Tensor> idx = expandMasks(self, indices);
        int[] indexShape = broadcastIndices(idx);
        while (idx.size() < self.dim()) {
            idx.add(null);
        }
        Tensor src = self;
        if (!adjacent(idx)) {
            // non-adjacent index dims go first, in order, then the other dims (PyTorch's transposeToFront)
            int rank = self.dim();
            int[] perm = new int[rank];
            List<Tensor> moved = new ArrayList<>();
            int k = 0;
            for (int d = 0; d < rank; d++) {
                if (idx.get(d) != null) {
                    perm[k++] = d;
                    moved.add(idx.get(d));
                }
            }
            for (int d = 0; d < rank; d++) {
                if (idx.get(d) == null) {
                    perm[k++] = d;
                    moved.add(null);
                }
            }
            src = permuted(self, perm);
            idx = moved;
        }
        return build(src, idx, indexShape);
    }

    // x[mask] and masked_select: with one mask and no other index, the offsets of the set elements
    // come straight from a walk over the mask, without materialising its nonzero coordinates
    private static AdvancedIndex singleMask(Tensor self, Tensor[] indices) {
        Tensor mask = null;
        int lead = 0;
        for (Tensor t : indices) {
            if (t != null && (mask != null || t.dtype() == DType.INT64 || t.dim() == 0)) {
                return null;
            }
            mask = t != null ? t : mask;
            lead += mask == null ? 1 : 0;
        }
        if (mask == null) {
            return null;
        }
        int k = mask.dim();
        checkMaskShape(self, mask, lead);
        int[] selfStride = self.stride();
        int[] table = Operands.backend(mask).maskOffsets(Operands.of(mask), Arrays.copyOfRange(selfStride, lead, lead + k));
        int count = table.length - 1;
        int[] shape = self.sizes();
        int rank = self.dim() - k + 1;
        int[] outShape = new int[rank];
        int[] baseStride = new int[rank];
        int[] tableStride = new int[rank];
        System.arraycopy(shape, 0, outShape, 0, lead);
        System.arraycopy(selfStride, 0, baseStride, 0, lead);
        outShape[lead] = count;
        tableStride[lead] = 1;
        System.arraycopy(shape, lead + k, outShape, lead + 1, rank - lead - 1);
        System.arraycopy(selfStride, lead + k, baseStride, lead + 1, rank - lead - 1);
        return new AdvancedIndex(Tensor.viewOf(self, outShape, baseStride, self.storageOffset()), table, tableStride);
    }

    private static void checkMaskShape(Tensor self, Tensor mask, int first) {
        int[] ms = mask.sizes();
        for (int j = 0; j < ms.length; j++) {
            if (ms[j] != self.size(first + j)) {
                throw new IndexOutOfBoundsException("The shape of the mask " + Shapes.format(ms) + " at index " + j
                        + " does not match the shape of the indexed tensor " + Shapes.format(self.sizes())
                        + " at index " + (first + j));
            }
        }
    }

    // a k-dim bool (or uint8) mask stands for k long indices: its nonzero coordinates
    private static List<Tensor> expandMasks(Tensor self, Tensor[] indices) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : indices) {
            if (t == null || t.dtype() == DType.INT64) {
                out.add(t);
                continue;
            }
            checkMaskShape(self, t, out.size());
            out.addAll(List.of(nonzeroColumns(t)));
        }
        return out;
    }

    /** The coordinates of the nonzero elements of {@code mask}, one int64 vector per dim, row-major order. */
    static Tensor[] nonzeroColumns(Tensor mask) {
        int[] shape = mask.sizes();
        byte[] flags = (byte[]) CopyOps.toArray(mask, DType.BOOL);
        int count = 0;
        for (byte f : flags) {
            count += f;
        }
        long[][] cols = new long[shape.length][count];
        int[] coord = new int[shape.length];
        for (int i = 0, k = 0; i < flags.length; i++) {
            if (flags[i] != 0) {
                for (int d = 0; d < shape.length; d++) {
                    cols[d][k] = coord[d];
                }
                k++;
            }
            for (int d = shape.length - 1; d >= 0 && ++coord[d] == shape[d]; d--) {
                coord[d] = 0;
            }
        }
        Tensor[] out = new Tensor[shape.length];
        for (int d = 0; d < shape.length; d++) {
            out[d] = Torch.fromArray(cols[d], count);
        }
        return out;
    }

    private static int[] broadcastIndices(List<Tensor> idx) {
        List<int[]> shapes = new ArrayList<>();
        for (Tensor t : idx) {
            if (t != null) {
                shapes.add(t.sizes());
            }
        }
        try {
            return Shapes.broadcast(shapes.toArray(new int[0][]));
        } catch (IllegalArgumentException e) {
            StringJoiner j = new StringJoiner(", ");
            shapes.forEach(s -> j.add(Shapes.format(s)));
            throw new IndexOutOfBoundsException("shape mismatch: indexing tensors could not be broadcast together "
                    + "with shapes " + j);
        }
    }

    private static boolean adjacent(List<Tensor> idx) {
        int runs = 0;
        boolean inRun = false;
        for (Tensor t : idx) {
            if (t != null && !inRun) {
                runs++;
            }
            inRun = t != null;
        }
        return runs <= 1;
    }

    private static Tensor permuted(Tensor t, int[] perm) {
        int[] shape = t.sizes();
        int[] stride = t.stride();
        int[] ns = new int[perm.length];
        int[] nst = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            ns[i] = shape[perm[i]];
            nst[i] = stride[perm[i]];
        }
        return Tensor.viewOf(t, ns, nst, t.storageOffset());
    }

    // idx has one entry per dim of src and its index dims are adjacent
    private static AdvancedIndex build(Tensor src, List<Tensor> idx, int[] indexShape) {
        int rank = src.dim();
        int start = 0;
        while (start < rank && idx.get(start) == null) {
            start++;
        }
        int count = 0;
        while (start + count < rank && idx.get(start + count) != null) {
            count++;
        }
        int[] shape = src.sizes();
        int[] stride = src.stride();
        int after = rank - start - count;
        int outRank = start + indexShape.length + after;
        int[] outShape = new int[outRank];
        int[] baseStride = new int[outRank];
        int[] tableStride = new int[outRank];
        System.arraycopy(shape, 0, outShape, 0, start);
        System.arraycopy(stride, 0, baseStride, 0, start);
        System.arraycopy(indexShape, 0, outShape, start, indexShape.length);
        System.arraycopy(Shapes.contiguousStrides(indexShape), 0, tableStride, start, indexShape.length);
        System.arraycopy(shape, start + count, outShape, start + indexShape.length, after);
        System.arraycopy(stride, start + count, baseStride, start + indexShape.length, after);

        int[] table = new int[Shapes.numel(indexShape)];
        for (int j = 0; j < count; j++) {
            Tensor t = idx.get(start + j);
            long[] values = Operands.indexValues(Tensor.viewOf(t, indexShape,
                    Shapes.broadcastStrides(t.sizes(), t.stride(), indexShape), t.storageOffset()));
            int size = shape[start + j];
            int step = stride[start + j];
            for (int p = 0; p < values.length; p++) {
                long v = values[p];
                if (v < -size || v >= size) {
                    throw new IndexOutOfBoundsException("index " + v + " is out of bounds for dimension " + j
                            + " with size " + size);
                }
                table[p] += (int) (v < 0 ? v + size : v) * step;
            }
        }
        return new AdvancedIndex(Tensor.viewOf(src, outShape, baseStride, src.storageOffset()), table, tableStride);
    }

    // ---------------------------------------------------------------- offset-table walks

    /** {@code dst[p] = base[p + table[p]]} over dst's shape (base has the same shape). */
    static void gather(Tensor dst, Tensor base, int[] table, int[] tableStrides) {
        Operands.backend(dst).gather(Operands.of(base), table, tableStrides, Operands.of(dst));
    }

    /**
     * {@code base[p + table[p]] = src[p]} (or {@code +=}) over base's shape; src broadcasts to it and
     * must have base's dtype.
     */
    static void scatter(Tensor base, Tensor src, int[] table, int[] tableStrides, boolean accumulate) {
        Tensor s = src.storage() == base.storage() ? src.clone() : src;
        Operands.backend(base).scatter(Operands.broadcast(s, base.sizes()), table, tableStrides, Operands.of(base),
                accumulate);
    }

    /** {@code base[p + table[p]] = r(base[p + table[p]], src[p])} over base's shape, in order. */
    static void scatterReduce(Tensor base, Tensor src, int[] table, int[] tableStrides, ScatterReduction r) {
        Tensor s = src.storage() == base.storage() ? src.clone() : src;
        Operands.backend(base).scatterReduce(Operands.broadcast(s, base.sizes()), table, tableStrides,
                Operands.of(base), r);
    }

    /** Reads this index's elements into a new contiguous tensor. */
    Tensor gather() {
        Tensor out = Operands.empty(Torch.options().dtype(base.dtype()).device(base.device()), base.sizes());
        gather(out, base, table, tableStrides);
        return out;
    }
}

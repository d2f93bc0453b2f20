package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;

/**
 * Positions as index tensors, and reads through them: nonzero (argwhere, single-argument where), tril_indices /
 * triu_indices, and take_along_dim (gather after broadcasting, recording gather's node as PyTorch does).
 */
public final class IndexLookupOps {
    static final OpDef NONZERO = OpDef.nonDifferentiable("nonzero");
    static final OpDef TRIL_INDICES = OpDef.nonDifferentiable("tril_indices");
    static final OpDef TRIU_INDICES = OpDef.nonDifferentiable("triu_indices");

    private IndexLookupOps() {
    }

    // ---------------------------------------------------------------- nonzero / argwhere / where

    /**
     * The coordinates of x's non-zero elements (NaN counts as non-zero), one row each in row-major order, as an
     * int64 (n, x.dim()) tensor. PyTorch: {@code torch.nonzero(input)} and {@code torch.argwhere(input)}.
     */
    public static Tensor nonzero(Tensor x) {
        return Dispatch.apply(NONZERO, new Tensor[] {x}, () -> {
            Tensor mask = x.ne(0L);
            int[] shape = x.sizes();
            if (shape.length == 0) {
                return Torch.zeros(Torch.options().dtype(DType.INT64).device(x.device()),
                        mask.toDoubleArray()[0] != 0 ? 1 : 0, 0);
            }
            // coordinate k of every element is arange(size k) broadcast along the other dims
            List<Tensor> coords = new ArrayList<>(shape.length);
            for (int k = 0; k < shape.length; k++) {
                int[] along = new int[shape.length];
                Arrays.fill(along, 1);
                along[k] = shape[k];
                Tensor grid = Torch.arange(Torch.options().device(x.device()), 0, shape[k]).view(along).expand(shape);
                coords.add(grid.maskedSelect(mask));
            }
            return JoinOps.stack(coords, 1);
        }, null);
    }

    /**
     * {@link #nonzero} as one 1-D int64 tensor per dim (a 0-D x counts as 1-D).
     * PyTorch: {@code torch.nonzero(input, as_tuple=True)} and {@code torch.where(condition)}.
     */
    public static List<Tensor> nonzeroAsTuple(Tensor x) {
        return nonzero(x.dim() == 0 ? x.reshape(1) : x).unbind(1);
    }

    // ---------------------------------------------------------------- tril_indices / triu_indices

    /**
     * The (2, n) coordinates of the lower triangle of a row x col matrix (on and below diagonal {@code offset}),
     * row by row. PyTorch: {@code torch.tril_indices(row, col, offset=0, *, dtype=torch.long, device)}.
     */
    public static Tensor trilIndices(TensorOptions o, int row, int col, int offset) {
        return triangle(TRIL_INDICES, o, row, col, offset, true);
    }

    /**
     * The (2, n) coordinates of the upper triangle of a row x col matrix (on and above diagonal {@code offset}),
     * row by row. PyTorch: {@code torch.triu_indices(row, col, offset=0, *, dtype=torch.long, device)}.
     */
    public static Tensor triuIndices(TensorOptions o, int row, int col, int offset) {
        return triangle(TRIU_INDICES, o, row, col, offset, false);
    }

    private static Tensor triangle(OpDef op, TensorOptions o, int row, int col, int offset, boolean lower) {
        if (row < 0) {
            throw new IllegalArgumentException("row must be non-negative, got" + row);
        }
        if (col < 0) {
            throw new IllegalArgumentException("col must be non-negative, got" + col);
        }
        // the columns of row r inside the triangle are [first(r), end(r))
        long count = 0;
        for (int r = 0; r < row; r++) {
            count += rowEnd(r, col, offset, lower) - rowStart(r, col, offset, lower);
        }
        int n = Math.toIntExact(count);
        return Dispatch.factory(op, o, opts -> {
            DType dtype = opts.dtypeOr(DType.INT64);
            if (!dtype.isFloatingPoint() && dtype != DType.BOOL) {
                Tensor t = Operands.empty(opts.dtype(dtype), 2, n);
                Operands.backend(t).generate(Operands.of(t), DType.INT64, (host, off, size) -> {
                    int k = 0;
                    for (int r = 0; r < row; r++) {
                        for (int c = rowStart(r, col, offset, lower); c < rowEnd(r, col, offset, lower); c++, k++) {
                            host.setLong(off + k, r);
                            host.setLong(off + n + k, c);
                        }
                    }
                });
                return t;
            }
            throw new IllegalArgumentException("\"" + op.name() + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(dtype) + "'");
        });
    }

    private static int rowStart(int r, int col, int offset, boolean lower) {
        return lower ? 0 : (int) Math.min(Math.max((long) r + offset, 0), col);
    }

    private static int rowEnd(int r, int col, int offset, boolean lower) {
        return lower ? (int) Math.min(Math.max((long) r + offset + 1, 0), col) : col;
    }

    // ---------------------------------------------------------------- take_along_dim

    /**
     * The values of the flattened x at the flattened {@code indices}. PyTorch's {@code torch.take_along_dim(input,
     * indices)} views x as 1-D (and so fails on an input that is not viewable); jtorch reshapes, so any layout
     * works.
     */
    public static Tensor takeAlongDim(Tensor x, Tensor indices) {
        checkIndexDtype(indices);
        return GatherScatterOps.gather(x.reshape(-1), 0, indices.reshape(-1));
    }

    /**
     * {@code gather(x, dim, indices)} after broadcasting x and indices against each other in every dim but
     * {@code dim}. PyTorch: {@code torch.take_along_dim(input, indices, dim)}.
     */
    public static Tensor takeAlongDim(Tensor x, Tensor indices, int dim) {
        checkIndexDtype(indices);
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() != indices.dim()) {
            throw new IllegalArgumentException("torch.take_along_dim(): input and indices should have the same "
                    + "number of dimensions, but got " + x.dim() + " dimensions for input, and " + indices.dim()
                    + " dimensions for indices");
        }
        int[] selfSizes = x.sizes();
        selfSizes[d] = indices.size(d);
        Tensor idx = ViewOps.expand(indices, Shapes.broadcast(selfSizes, indices.sizes()));
        int[] indexSizes = indices.sizes();
        indexSizes[d] = x.size(d);
        Tensor self = ViewOps.expand(x, Shapes.broadcast(indexSizes, x.sizes()));
        return GatherScatterOps.gather(self, d, idx);
    }

    private static void checkIndexDtype(Tensor indices) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("torch.take_along_dim(): dtype of indices should be Long but got "
                    + TypePromotion.scalarTypeName(indices.dtype()));
        }
    }
}

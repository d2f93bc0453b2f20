package jtorch.internal.ops;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Rearranging copies: block_diag (its own node; the gradient is the blocks cut back out), narrow_copy (whose
 * derivative PyTorch 1.13 does not implement), and the composites diagflat (diag of the flattened input),
 * repeat_interleave (index_select with repeated positions) and combinations (masked meshgrids, stacked).
 */
public final class ArrangeOps {
    static final OpDef BLOCK_DIAG = OpDef.of("block_diag", Saves.NOTHING);
    static final OpDef NARROW_COPY = OpDef.withNode("narrow_copy", "NotImplemented", Saves.NOTHING);
    static final OpDef REPEAT_INTERLEAVE = OpDef.nonDifferentiable("repeat_interleave");

    private ArrangeOps() {
    }

    // ---------------------------------------------------------------- block_diag

    /**
     * The tensors as blocks along the diagonal of a zero matrix (a 0-D tensor is a 1x1 block, a 1-D one a row),
     * in their promoted dtype. PyTorch: {@code torch.block_diag(*tensors)}.
     */
    public static Tensor blockDiag(List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            return Torch.empty(1, 0);
        }
        Tensor[] in = tensors.toArray(Tensor[]::new);
        int rows = 0;
        int cols = 0;
        int[][] shapes = new int[in.length][];
        DType dtype = in[0].dtype();
        for (int i = 0; i < in.length; i++) {
            Tensor t = in[i];
            if (t.dim() > 2) {
                throw new IllegalArgumentException("torch.block_diag: Input tensors must have 2 or fewer dimensions. "
                        + "Input " + i + " has " + t.dim() + " dimensions");
            }
            shapes[i] = t.sizes();
            rows += t.dim() == 2 ? t.size(0) : 1;
            cols += t.dim() == 0 ? 1 : t.size(-1);
            dtype = DType.promote(dtype, t.dtype());
        }
        int[] outShape = {rows, cols};
        DType outType = dtype;
        return Dispatch.apply(BLOCK_DIAG, in, () -> {
            Tensor out = Torch.zeros(Torch.options().dtype(outType).device(in[0].device()), outShape);
            int r = 0;
            int c = 0;
            for (Tensor t : in) {
                Tensor block = t.dim() == 2 ? t : t.reshape(1, -1);
                CopyOps.copyInto(out.narrow(0, r, block.size(0)).narrow(1, c, block.size(1)), block);
                r += block.size(0);
                c += block.size(1);
            }
            return out;
        }, (ctx, g) -> {
            Tensor[] grads = new Tensor[shapes.length];
            int r = 0;
            int c = 0;
            for (int i = 0; i < shapes.length; i++) {
                int h = shapes[i].length == 2 ? shapes[i][0] : 1;
                int w = shapes[i].length == 0 ? 1 : shapes[i][shapes[i].length - 1];
                if (ctx.needsInputGrad(i)) {
                    grads[i] = g[0].narrow(0, r, h).narrow(1, c, w).reshape(shapes[i]);
                }
                r += h;
                c += w;
            }
            return grads;
        });
    }

    // ---------------------------------------------------------------- diagflat

    /**
     * The flattened input on diagonal {@code offset} of a square matrix. PyTorch: {@code torch.diagflat(input,
     * offset=0)}.
     */
    public static Tensor diagflat(Tensor x, int offset) {
        return DiagonalOps.diag(x.reshape(-1), offset);
    }

    // ---------------------------------------------------------------- narrow_copy

    /**
     * A copy of {@code x.narrow(dim, start, length)}. PyTorch 1.13 records a node without a derivative, so
     * backward through it fails with PyTorch's message. PyTorch: {@code torch.narrow_copy(input, dim, start, length)}.
     */
    public static Tensor narrowCopy(Tensor x, int dim, int start, int length) {
        Tensor view = x.narrow(dim, start, length);
        return Dispatch.apply(NARROW_COPY, new Tensor[] {x}, () -> view.clone(), (ctx, g) -> {
            throw new UnsupportedOperationException("derivative for aten::narrow_copy is not implemented");
        });
    }

    // ---------------------------------------------------------------- repeat_interleave

    /**
     * Each index i repeated {@code repeats[i]} times: the positions index_select uses for repeat_interleave.
     * PyTorch: {@code torch.repeat_interleave(repeats, *, output_size=None)} (null: no expected size).
     */
    public static Tensor repeatInterleave(Tensor repeats, Integer outputSize) {
        if (repeats.dim() != 1 && repeats.dim() != 0) {
            throw new IllegalArgumentException("repeats must be 0-dim or 1-dim tensor");
        }
        if (repeats.dtype() != DType.INT64 && repeats.dtype() != DType.INT32) {
            throw new IllegalArgumentException("\"repeat_interleave_cpu\" not implemented for '"
                    + TypePromotion.scalarTypeName(repeats.dtype()) + "'");
        }
        long[] counts = repeats.toLongArray();
        long total = 0;
        for (long n : counts) {
            if (n < 0) {
                throw new IllegalArgumentException("repeats can not be negative");
            }
            total += n;
        }
        if (outputSize != null && outputSize != total) {
            throw new IllegalArgumentException("allocated size does not match required size");
        }
        long[] positions = new long[Math.toIntExact(total)];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            Arrays.fill(positions, k, k + (int) counts[i], i);
            k += (int) counts[i];
        }
        return Dispatch.apply(REPEAT_INTERLEAVE, new Tensor[] {repeats},
                () -> Torch.fromArray(positions).to(repeats.dtype()).to(repeats.device()), null);
    }

    /**
     * Each slice of x along {@code dim} (null: x flattened) repeated {@code repeats} times, or
     * {@code repeats[i]} times for slice i (a 0-D or one-element tensor repeats every slice as often).
     * PyTorch: {@code torch.repeat_interleave(input, repeats, dim=None, *, output_size=None)}.
     */
    public static Tensor repeatInterleave(Tensor x, Tensor repeats, Integer dim, Integer outputSize) {
        Tensor input = dim == null ? x.flatten() : x;
        int d = dim == null ? 0 : Shapes.wrapDim(dim, input.dim());
        int size = input.dim() == 0 ? 1 : input.size(d);
        Tensor counts = repeats;
        if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.size(0) == 1)) {
            counts = repeats.reshape(1).expand(size);
        } else if (repeats.dim() == 1) {
            if (repeats.size(0) != size) {
                throw new IllegalArgumentException("repeats must have the same size as input along dim");
            }
        } else {
            throw new IllegalArgumentException("repeats must be 0-dim or 1-dim tensor");
        }
        return input.indexSelect(d, repeatInterleave(counts, outputSize).to(DType.INT64));
    }

    /** {@link #repeatInterleave(Tensor, Tensor, Integer, Integer)} with one repeat count for every slice. */
    public static Tensor repeatInterleave(Tensor x, int repeats, Integer dim, Integer outputSize) {
        return repeatInterleave(x, Torch.tensor((long) repeats).reshape(1), dim, outputSize);
    }

    // ---------------------------------------------------------------- combinations

    /**
     * The length-r combinations of a 1-D tensor's elements as rows (with_replacement: elements may repeat), in
     * lexicographic order of positions. PyTorch: {@code torch.combinations(input, r=2, with_replacement=False)}.
     */
    public static Tensor combinations(Tensor x, int r, boolean withReplacement) {
        if (x.dim() != 1) {
            throw new IllegalArgumentException("Expect a 1D vector, but got shape " + Shapes.format(x.sizes()));
        }
        if (r < 0) {
            throw new IllegalArgumentException("Expect a non-negative number, but got " + r);
        }
        if (r == 0) {
            return Torch.empty(Torch.options().dtype(x.dtype()).device(x.device()), 0);
        }
        List<Tensor> grids = StackSplitOps.meshgrid(Collections.nCopies(r, x), "ij");
        // positions i0 < i1 < ... (<= with replacement) over the r-dimensional grid
        Tensor mask = Torch.ones(Torch.options().dtype(DType.BOOL).device(x.device()), grids.get(0).sizes());
        List<Tensor> positions = StackSplitOps.meshgrid(
                Collections.nCopies(r, Torch.arange(Torch.options().device(x.device()), 0, x.numel())), "ij");
        for (int i = 0; i + 1 < r; i++) {
            Tensor ordered = withReplacement ? positions.get(i).le(positions.get(i + 1))
                    : positions.get(i).lt(positions.get(i + 1));
            mask = mask.logicalAnd(ordered);
        }
        Tensor m = mask;
        grids.replaceAll(grid -> grid.maskedSelect(m));
        return JoinOps.stack(grids, 1);
    }
}

package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.ViewOps.Geometry;

/**
 * Diagonals and triangles of matrices: diagonal (a view), diag, diag_embed, trace, tril and triu. Each gradient
 * puts the incoming gradient back where the op read it (a diagonal scattered into zeros, a triangle masked).
 */
public final class DiagonalOps {
    static final OpDef DIAGONAL = OpDef.of("diagonal", Saves.NOTHING);
    static final OpDef DIAG = OpDef.of("diag", Saves.NOTHING);
    static final OpDef DIAG_EMBED = OpDef.of("diag_embed", Saves.NOTHING);
    static final OpDef TRACE = OpDef.of("trace", Saves.NOTHING);
    static final OpDef TRIL = OpDef.of("tril", Saves.NOTHING);
    static final OpDef TRIU = OpDef.of("triu", Saves.NOTHING);

    private DiagonalOps() {
    }

    // ---------------------------------------------------------------- diagonal

    /**
     * The diagonal of the (dim1, dim2) planes, {@code offset} above (positive) or below (negative) the main one,
     * as a view appended as the last dim. PyTorch: {@code torch.diagonal(input, offset=0, dim1=0, dim2=1)}.
     */
    public static Tensor diagonal(Tensor x, int offset, int dim1, int dim2) {
        int d1 = Shapes.wrapDim(dim1, x.dim());
        int d2 = Shapes.wrapDim(dim2, x.dim());
        if (d1 == d2) {
            throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        int[] inShape = x.sizes();
        return Dispatch.apply(DIAGONAL, new Tensor[] {x}, () -> {
            Geometry g = diagonalGeometry(Geometry.of(x), offset, d1, d2);
            return Tensor.viewOf(x, g.shape(), g.stride(), g.offset());
        }, (ctx, g) -> new Tensor[] {ViewOps.asStridedScatter(g[0], inShape,
                diagonalGeometry(Geometry.contiguous(inShape), offset, d1, d2))});
    }

    // the view geometry of a diagonal: dims d1 and d2 removed, the diagonal appended with stride s1 + s2
    private static Geometry diagonalGeometry(Geometry in, int offset, int d1, int d2) {
        int[] shape = in.shape();
        int[] stride = in.stride();
        int size = offset >= 0 ? Math.min(shape[d1], shape[d2] - offset) : Math.min(shape[d1] + offset, shape[d2]);
        size = Math.max(size, 0);
        int start = in.offset();
        if (size > 0) {
            start += offset >= 0 ? offset * stride[d2] : -offset * stride[d1];
        }
        int[] outShape = new int[shape.length - 1];
        int[] outStride = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != d1 && i != d2) {
                outShape[j] = shape[i];
                outStride[j++] = stride[i];
            }
        }
        outShape[outShape.length - 1] = size;
        outStride[outStride.length - 1] = stride[d1] + stride[d2];
        return new Geometry(outShape, outStride, start);
    }

    /**
     * A 1-D input becomes a square matrix with it on the {@code diagonal}-th diagonal; a 2-D input gives a copy of
     * that diagonal. PyTorch: {@code torch.diag(input, diagonal=0)}.
     */
    public static Tensor diag(Tensor x, int diagonal) {
        if (x.dim() != 1 && x.dim() != 2) {
            throw new IllegalArgumentException("matrix or a vector expected");
        }
        boolean vector = x.dim() == 1;
        int[] inShape = x.sizes();
        return Dispatch.apply(DIAG, new Tensor[] {x}, () -> vector ? embed(x, diagonal, 0, 1)
                : diagonal(x, diagonal, 0, 1).clone(), (ctx, g) -> new Tensor[] {vector
                ? diagonal(g[0], diagonal, 0, 1)
                : ViewOps.asStridedScatter(g[0], inShape, diagonalGeometry(Geometry.contiguous(inShape), diagonal, 0, 1))});
    }

    /**
     * The last dim of x put on the {@code offset}-th diagonal of new (dim1, dim2) planes, zeros elsewhere.
     * PyTorch: {@code torch.diag_embed(input, offset=0, dim1=-2, dim2=-1)}.
     */
    public static Tensor diagEmbed(Tensor x, int offset, int dim1, int dim2) {
        int rank = x.dim() + 1;
        int d1 = Shapes.wrapDim(dim1, rank);
        int d2 = Shapes.wrapDim(dim2, rank);
        if (d1 == d2) {
            throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        return Dispatch.apply(DIAG_EMBED, new Tensor[] {x}, () -> embed(x, offset, d1, d2),
                (ctx, g) -> new Tensor[] {diagonal(g[0], offset, d1, d2)});
    }

    // zeros with x's last dim written on the offset-th diagonal of planes (d1, d2) of a rank + 1 result
    private static Tensor embed(Tensor x, int offset, int d1, int d2) {
        int n = x.size(-1) + Math.abs(offset);
        int[] batch = x.sizes();
        int[] shape = new int[x.dim() + 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == d1 || i == d2 ? n : batch[j++];
        }
        Tensor out = Operands.zeros(Torch.options().dtype(x.dtype()).device(x.device()), shape);
        Geometry g = diagonalGeometry(Geometry.of(out), offset, d1, d2);
        CopyOps.copyInto(Tensor.viewOf(out, g.shape(), g.stride(), g.offset()), x);
        return out;
    }

    /**
     * The sum of a matrix's main diagonal (integers sum to int64). PyTorch: {@code torch.trace(input)}, with
     * 1.13's gradient (see below).
     */
    public static Tensor trace(Tensor x) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(TRACE, new Tensor[] {x}, t -> trace(t[0]));
        }
        if (x.dim() != 2) {
            throw new IllegalArgumentException("trace: expected a matrix, but got tensor with dim " + x.dim());
        }
        int[] inShape = x.sizes();
        // PyTorch 1.13's trace_backward fills every (cols + 1)-th element of the flattened matrix: the diagonal of
        // a square or wide matrix, but for a tall one also elements below it (fixed in later releases; the
        // fixtures pin 1.13's numbers)
        int numel = inShape[0] * inShape[1];
        int step = inShape[1] + 1;
        int count = numel == 0 ? 0 : (numel - 1) / step + 1;
        return Dispatch.apply(TRACE, new Tensor[] {x}, () -> diagonal(x, 0, 0, 1).sum(), (ctx, g) -> {
            Geometry filled = new Geometry(new int[] {count}, new int[] {step}, 0);
            return new Tensor[] {ViewOps.asStridedScatter(g[0].expand(count), new int[] {numel}, filled).view(inShape)};
        });
    }

    // ---------------------------------------------------------------- tril / triu

    /**
     * The lower triangle of the last two dims (on and below the {@code diagonal}-th diagonal), zeros above.
     * PyTorch: {@code torch.tril(input, diagonal=0)}.
     */
    public static Tensor tril(Tensor x, int diagonal) {
        return triangle(TRIL, x, diagonal, true);
    }

    /** The upper triangle (on and above the {@code diagonal}-th diagonal). PyTorch: {@code torch.triu(input, diagonal=0)}. */
    public static Tensor triu(Tensor x, int diagonal) {
        return triangle(TRIU, x, diagonal, false);
    }

    public static Tensor tril_(Tensor x, int diagonal) {
        return triangleInPlace(TRIL, x, diagonal, true);
    }

    public static Tensor triu_(Tensor x, int diagonal) {
        return triangleInPlace(TRIU, x, diagonal, false);
    }

    private static Tensor triangle(OpDef op, Tensor x, int diagonal, boolean lower) {
        checkMatrix(x);
        return Dispatch.apply(op, new Tensor[] {x}, () -> masked(x, diagonal, lower),
                (ctx, g) -> new Tensor[] {triangle(op, g[0], diagonal, lower)});
    }

    private static Tensor triangleInPlace(OpDef op, Tensor x, int diagonal, boolean lower) {
        checkMatrix(x);
        return Dispatch.inPlace(op, x, new Tensor[0], v -> triangle(op, v, diagonal, lower),
                () -> CopyOps.copyInto(x, masked(x, diagonal, lower)));
    }

    // PyTorch reads the size of dim -2 first, so a lower rank fails there
    private static void checkMatrix(Tensor x) {
        Shapes.wrapDim(-2, x.dim());
    }

    // x where column - row <= diagonal (lower) or >= diagonal (upper), else 0
    private static Tensor masked(Tensor x, int diagonal, boolean lower) {
        Tensor rows = Torch.arange(Torch.options().device(x.device()), x.size(-2)).unsqueeze(1);
        Tensor cols = Torch.arange(Torch.options().device(x.device()), x.size(-1)).unsqueeze(0);
        Tensor offset = cols.sub(rows);
        Tensor keep = lower ? offset.le(diagonal) : offset.ge(diagonal);
        return ComparisonOps.where(keep, x, Torch.scalarTensor(0, x.dtype()));
    }

    // ---------------------------------------------------------------- fill_diagonal_ (issue 21)

    /**
     * Writes {@code value} on the main diagonal of a matrix (or of an n-cube: all sizes equal) in place, through
     * as_strided views as PyTorch does; with {@code wrap}, a matrix taller than wide + 1 gets the diagonal again
     * every width + 1 rows. PyTorch: {@code Tensor.fill_diagonal_(fill_value, wrap=False)}.
     */
    public static Tensor fillDiagonal_(Tensor self, double value, boolean wrap) {
        int n = self.dim();
        if (n < 2) {
            throw new IllegalArgumentException("dimensions must larger than 1");
        }
        int height = self.size(0);
        int width = self.size(1);
        for (int i = 1; n > 2 && i < n; i++) {
            if (self.size(i) != height) {
                throw new IllegalArgumentException("all dimensions of input must be of equal length");
            }
        }
        if (self.isLeaf() && self.requiresGrad() && jtorch.autograd.GradMode.isEnabled()) {
            // PyTorch writes through diagonal views, so a leaf fails as its views do
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an in-place "
                    + "operation.");
        }
        int stride = 0;
        for (int s : self.stride()) {
            stride += s;
        }
        int offset = self.storageOffset();
        CopyOps.fill_(ViewOps.asStrided(self, new int[] {Math.min(height, width)}, new int[] {stride}, offset), value);
        if (wrap && n == 2 && height > width + 1) {
            // PyTorch counts the wrapped rows from numel, as for a contiguous matrix
            int step = width + 1;
            int wrapSize = (self.numel() + step - 1) / step - Math.min(height, width);
            CopyOps.fill_(ViewOps.asStrided(self, new int[] {wrapSize}, new int[] {stride},
                    offset + self.stride(0) * (width + 1)), value);
        }
        return self;
    }
}

package jtorch.internal.ops;

import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ReduceOp;

/**
 * Order statistics: amax/amin over several dims, aminmax, median/nanmedian, mode, quantile/nanquantile and
 * msort. Each op's checks, forward and backward sit together. Medians and quantiles sort each slice (stably, so
 * ties report PyTorch's indices) and pick from the sorted values; mode asks the backend, whose kernel repeats
 * PyTorch 1.13's std::sort-then-count pass.
 */
public final class OrderStatisticsOps {
    static final OpDef AMAX = OpDef.of("amax", Saves.inputs(0).andOutput());
    static final OpDef AMIN = OpDef.of("amin", Saves.inputs(0).andOutput());
    /** PyTorch 1.13 records aminmax with a node that has no derivative. */
    static final OpDef AMINMAX = OpDef.withNode("aminmax", "NotImplemented", Saves.NOTHING);
    static final OpDef MEDIAN = OpDef.of("median", Saves.inputs(0).andOutput());
    static final OpDef MEDIAN_DIM = OpDef.of("median", 1, Saves.OUTPUT);
    static final OpDef NANMEDIAN = OpDef.of("nanmedian", Saves.inputs(0).andOutput());
    static final OpDef NANMEDIAN_DIM = OpDef.of("nanmedian", 1, Saves.OUTPUT);
    static final OpDef MODE = OpDef.of("mode", Saves.OUTPUT);

    private OrderStatisticsOps() {
    }

    // ---------------------------------------------------------------- amax / amin / aminmax

    /**
     * Largest values over {@code dims} (empty: all), NaN propagating; the gradient is shared evenly by the
     * elements equal to the result. PyTorch: {@code torch.amax(input, dim=(), keepdim=False)}.
     */
    public static Tensor amax(Tensor x, int[] dims, boolean keepdim) {
        return extreme(AMAX, "amax", ReduceOp.MAX, x, dims, keepdim);
    }

    /** Smallest values over {@code dims}; see {@link #amax}. PyTorch: {@code torch.amin(input, dim=(), keepdim=False)}. */
    public static Tensor amin(Tensor x, int[] dims, boolean keepdim) {
        return extreme(AMIN, "amin", ReduceOp.MIN, x, dims, keepdim);
    }

    private static Tensor extreme(OpDef op, String name, ReduceOp kernel, Tensor x, int[] dims, boolean keepdim) {
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        checkNotEmpty(name, x, d);
        return Dispatch.apply(op, new Tensor[] {x}, () -> Reductions.reduce(kernel, x, d, keepdim, x.dtype(), x.dtype()),
                (ctx, g) -> new Tensor[] {sharedAmongTies(g[0], ctx.input(0), ctx.output(), d, keepdim)});
    }

    // PyTorch's scale_grad_by_count: grad * (x == result) / count of such elements in the reduced slice
    private static Tensor sharedAmongTies(Tensor grad, Tensor x, Tensor result, int[] d, boolean keepdim) {
        if (x.dim() == 0) {
            return grad;
        }
        Tensor mask = x.eq(Reductions.unsqueezeReduced(result, d, keepdim)).to(grad.dtype());
        return Reductions.unsqueezeReduced(grad, d, keepdim).mul(mask).div(mask.sum(d, true));
    }

    private static void checkNotEmpty(String name, Tensor x, int[] d) {
        for (int i : d) {
            if (x.size(i) == 0) {
                throw new IndexOutOfBoundsException(name + "(): Expected reduction dim " + i
                        + " to have non-zero size.");
            }
        }
    }

    /**
     * Smallest and largest element (of everything when {@code dim} is null, else along it). PyTorch:
     * {@code torch.aminmax(input, *, dim=None, keepdim=False)}; like 1.13 it has no derivative.
     */
    public static ReturnTypes.Aminmax aminmax(Tensor x, Integer dim, boolean keepdim) {
        int[] d = dim == null ? Shapes.allDims(x.dim()) : Reductions.dimsOrAll(new int[] {dim}, x.dim());
        if (dim == null && x.numel() == 0) {
            throw new IllegalArgumentException("aminmax(): cannot compute aminmax over an empty dimension as the "
                    + "operation has no identity.");
        }
        if (dim != null && x.dim() > 0 && x.size(d[0]) == 0) {
            throw new IndexOutOfBoundsException("aminmax: Expected reduction dim " + d[0] + " to have non-zero size.");
        }
        // the whole-tensor kernel takes bfloat16, the one along a dim does not
        SortOps.requireKernel(x, "aminmax_cpu", dim == null ? new DType[] {DType.FLOAT16}
                : new DType[] {DType.FLOAT16, DType.BFLOAT16});
        Tensor[] r = Dispatch.applyMulti(AMINMAX, new Tensor[] {x}, () -> new Tensor[] {
            Reductions.reduce(ReduceOp.MIN, x, d, keepdim, x.dtype(), x.dtype()),
            Reductions.reduce(ReduceOp.MAX, x, d, keepdim, x.dtype(), x.dtype())}, (ctx, g) -> {
                throw new UnsupportedOperationException("the derivative for 'aminmax' is not implemented.");
            }, 2);
        return new ReturnTypes.Aminmax(r[0], r[1]);
    }

    // ---------------------------------------------------------------- median / nanmedian

    /**
     * The lower median of all elements (NaN when there is one); the gradient is shared evenly by the elements
     * equal to it. Empty input gives NaN. PyTorch: {@code torch.median(input)}.
     */
    public static Tensor median(Tensor x) {
        return wholeMedian(MEDIAN, x, false);
    }

    /** The lower median of the non-NaN elements (NaN when all are NaN). PyTorch: {@code torch.nanmedian(input)}. */
    public static Tensor nanmedian(Tensor x) {
        return wholeMedian(NANMEDIAN, x, true);
    }

    // both medians share PyTorch's "median" messages
    private static Tensor wholeMedian(OpDef op, Tensor x, boolean ignoreNan) {
        SortOps.requireKernel(x, "median_cpu", DType.BOOL, DType.FLOAT16);
        return Dispatch.apply(op, new Tensor[] {x}, () -> {
            if (x.numel() == 0) {
                return Torch.full(Torch.options().dtype(x.dtype()).device(x.device()), Double.NaN);
            }
            return medianAlong(x.reshape(-1), 0, false, ignoreNan)[0];
        }, (ctx, g) -> new Tensor[] {ReductionOps.evenlyDistributed(g[0], ctx.input(0), ctx.output())});
    }

    /**
     * The lower median along {@code dim} and its index: the element a stable sort puts at position (n - 1) / 2,
     * or the first NaN when the slice has one. PyTorch: {@code torch.median(input, dim, keepdim=False)}.
     */
    public static ReturnTypes.Median median(Tensor x, int dim, boolean keepdim) {
        Tensor[] r = medianDim(MEDIAN_DIM, x, dim, keepdim, false);
        return new ReturnTypes.Median(r[0], r[1]);
    }

    /**
     * The lower median of the non-NaN elements along {@code dim} and its index (a slice of NaNs only gives its
     * first NaN). PyTorch: {@code torch.nanmedian(input, dim, keepdim=False)}.
     */
    public static ReturnTypes.Nanmedian nanmedian(Tensor x, int dim, boolean keepdim) {
        Tensor[] r = medianDim(NANMEDIAN_DIM, x, dim, keepdim, true);
        return new ReturnTypes.Nanmedian(r[0], r[1]);
    }

    private static Tensor[] medianDim(OpDef op, Tensor x, int dim, boolean keepdim, boolean ignoreNan) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() > 0 && x.size(d) == 0) {
            throw new IndexOutOfBoundsException("median(): Expected reduction dim " + d + " to have non-zero size.");
        }
        SortOps.requireKernel(x, "median_out", DType.BOOL, DType.FLOAT16);
        return SortOps.selecting(op, x, d, keepdim, () -> x.dim() == 0
                ? new Tensor[] {x.clone(), Torch.zeros(Torch.options().dtype(DType.INT64).device(x.device()))}
                : medianAlong(x, d, keepdim, ignoreNan));
    }

    // NaNs sort last, so the first NaN sits at position (count of non-NaNs); PyTorch's kernel partitions with
    // an index tie-break, which picks what a stable sort puts at the median position
    private static Tensor[] medianAlong(Tensor x, int d, boolean keepdim, boolean ignoreNan) {
        ReturnTypes.Sort s = SortOps.sort(x, d, false, true);
        int n = x.size(d);
        Tensor position;
        if (x.dtype().isFloatingPoint()) {
            Tensor numbers = Reductions.reduce(ReduceOp.SUM, x.isnan().logicalNot(), new int[] {d}, true, DType.INT64,
                    DType.INT64);
            position = ignoreNan ? numbers.sub(1).clampMin(0).div(2, "floor")
                    : Torch.where(numbers.lt(n), numbers, (long) (n - 1) / 2);
        } else {
            int[] shape = x.sizes();
            shape[d] = 1;
            position = Torch.full(shape, (long) (n - 1) / 2);
        }
        Tensor values = s.values().gather(d, position);
        Tensor indices = s.indices().gather(d, position);
        return keepdim ? new Tensor[] {values, indices} : new Tensor[] {values.squeeze(d), indices.squeeze(d)};
    }

    // ---------------------------------------------------------------- mode

    /**
     * The most frequent value along {@code dim} (the smallest of equally frequent ones) and an index of it:
     * PyTorch 1.13's CPU choice, the last of its run after std::sort (for slices of up to 16 elements, its last
     * occurrence). PyTorch: {@code torch.mode(input, dim=-1, keepdim=False)}.
     */
    public static ReturnTypes.Mode mode(Tensor x, int dim, boolean keepdim) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() > 0 && x.size(d) == 0) {
            throw new IndexOutOfBoundsException("mode(): Expected reduction dim " + d + " to have non-zero size.");
        }
        Tensor[] r = SortOps.selecting(MODE, x, d, keepdim, () -> {
            int rank = x.dim();
            int[] outShape = rank == 0 ? x.sizes() : Shapes.reduceShape(x.sizes(), new int[] {d}, keepdim);
            Tensor values = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape);
            Tensor indices = Operands.empty(Torch.options().dtype(DType.INT64).device(x.device()), outShape);
            Operands.backend(values).mode(Operands.of(x), d, Reductions.keptDim(values, d, rank),
                    Reductions.keptDim(indices, d, rank));
            return new Tensor[] {values, indices};
        });
        return new ReturnTypes.Mode(r[0], r[1]);
    }

    // ---------------------------------------------------------------- msort

    /** Sorted along the first dim (values only). PyTorch: {@code torch.msort(input)}, i.e. {@code sort(input, 0)[0]}. */
    public static Tensor msort(Tensor x) {
        return SortOps.sort(x, 0, false).values();
    }

    // ---------------------------------------------------------------- quantile / nanquantile

    /** quantile's interpolation between the two order statistics around q's rank. */
    public enum Interpolation {
        LINEAR, LOWER, HIGHER, MIDPOINT, NEAREST;

        /** PyTorch's spelling ("linear", ...), with its message for anything else. */
        public static Interpolation of(String name) {
            for (Interpolation i : values()) {
                if (i.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("quantile() interpolation must be one of linear, lower, higher, midpoint "
                    + "or nearest, but got " + name);
        }
    }

    /**
     * The q-th quantile (q a number in [0, 1]) of all elements (dim null) or along {@code dim}. PyTorch:
     * {@code torch.quantile(input, q, dim=None, keepdim=False, *, interpolation='linear')}.
     */
    public static Tensor quantile(Tensor x, double q, Integer dim, boolean keepdim, String interpolation,
                                  boolean ignoreNan) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x},
                    t -> quantile(t[0], q, dim, keepdim, interpolation, ignoreNan));
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile() q must be in the range [0, 1] but got " + q);
        }
        Interpolation mode = Interpolation.of(interpolation);
        // PyTorch's scalar_tensor(q, self.options()): x's dtype, so the ranks round as PyTorch's do, and x's device
        Tensor qt = Torch.full(Torch.options().dtype(x.dtype()).device(x.device()), q);
        return quantile(x, qt, dim, keepdim, mode, ignoreNan);
    }

    /**
     * The quantiles q (a 0-d or 1-d tensor of x's dtype) of all elements or along {@code dim}; a 1-d q puts its
     * quantiles first in the result. PyTorch: {@code torch.quantile(input, q: Tensor, ...)}.
     */
    public static Tensor quantile(Tensor x, Tensor q, Integer dim, boolean keepdim, String interpolation,
                                  boolean ignoreNan) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, q},
                    t -> quantile(t[0], t[1], dim, keepdim, interpolation, ignoreNan));
        }
        return quantile(x, q, dim, keepdim, Interpolation.of(interpolation), ignoreNan);
    }

    // PyTorch's quantile_compute (nanquantile's messages say quantile() too), op for op (so the graph and the float rounding are its own): sort, rank
    // q * (n - 1) in q's dtype, gather the order statistics below and above, lerp, then squeeze_ in place
    private static Tensor quantile(Tensor x, Tensor q, Integer dim, boolean keepdim, Interpolation mode,
                                   boolean ignoreNan) {
        if (x.numel() == 0) {
            throw new IllegalArgumentException("quantile() input tensor must be non-empty");
        }
        if (q.dim() > 1) {
            throw new IllegalArgumentException("quantile() q must be a scalar or 1D tensor");
        }
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("quantile() input tensor must be either float or double dtype");
        }
        if (q.dtype() != x.dtype()) {
            throw new IllegalArgumentException("quantile() q tensor must be same dtype as the input tensor");
        }
        int rank = x.dim();
        Integer d = dim == null ? null : Shapes.wrapDim(dim, rank);
        int[] outShape;
        if (d == null) {
            outShape = keepdim ? ones(rank) : new int[0];
        } else {
            outShape = rank == 0 ? new int[0] : Shapes.reduceShape(x.sizes(), new int[] {d}, keepdim);
        }
        if (q.dim() > 0 && !q.ge(0).logicalAnd(q.le(1)).all().itemBool()) {
            throw new IllegalArgumentException("quantile() q values must be in the range [0, 1]");
        }
        Tensor sorted;
        if (d == null) {
            sorted = x.flatten().sort(-1).values();
        } else if (rank == 0 || d == rank - 1) {
            sorted = x.sort(-1).values();
        } else {
            sorted = x.unsqueeze(-1).transpose(d, -1).sort(-1).values();
        }
        int n = sorted.dim() == 0 ? 1 : sorted.size(-1);
        int[] inShape = new int[outShape.length + 1];
        System.arraycopy(outShape, 0, inShape, 0, outShape.length);
        inShape[outShape.length] = n;
        sorted = sorted.view(inShape);
        Tensor ranks;
        if (ignoreNan) {
            ranks = q.mul(sorted.isnan().logicalNot().sum(new int[] {-1}, true).sub(1));
            ranks = ranks.maskedFill(ranks.lt(0), 0.0);
        } else {
            Tensor anyNan = sorted.isnan().any(-1, true);
            Tensor qRanks = q.mul(n - 1);
            ranks = qRanks.expand(Shapes.broadcast(qRanks.sizes(), anyNan.sizes()))
                    .maskedFill(anyNan, (double) (n - 1));
        }
        switch (mode) {
            case LOWER -> ranks = ranks.floor();
            case HIGHER -> ranks = ranks.ceil();
            case NEAREST -> ranks = ranks.round();
            default -> { }
        }
        Tensor below = ranks.to(DType.INT64);
        Tensor values = sorted.gather(-1, below);
        if (mode == Interpolation.LINEAR || mode == Interpolation.MIDPOINT) {
            Tensor weights = mode == Interpolation.MIDPOINT ? Torch.fullLike(ranks, 0.5) : ranks.sub(below);
            Tensor above = sorted.gather(-1, ranks.ceil().to(DType.INT64));
            values = values.lerp(above, weights);
        }
        if (q.dim() > 0) {
            values = values.unsqueeze(0).transpose(0, -1);
        }
        return squeezeLast(values);
    }

    // PyTorch ends quantile with an in-place squeeze_(-1) of its fresh result, recording SqueezeBackward3
    private static Tensor squeezeLast(Tensor fresh) {
        int r = fresh.dim() - 1;
        int[] shape = java.util.Arrays.copyOf(fresh.sizes(), r);
        int[] strides = java.util.Arrays.copyOf(fresh.stride(), r);
        return Dispatch.apply(LinalgOps.SQUEEZE_, new Tensor[] {fresh},
                () -> new Tensor(fresh.storage(), shape, strides, fresh.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].unsqueeze(-1)});
    }

    private static int[] ones(int rank) {
        int[] shape = new int[rank];
        java.util.Arrays.fill(shape, 1);
        return shape;
    }
}

package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ReduceOp;

/**
 * Counting and searching: bincount, histc, histogram/histogramdd, searchsorted/bucketize, unique and unique_consecutive. The
 * searches are the backend's binary search (PyTorch's comparisons, so NaNs land where they do in PyTorch); counts
 * are scatter-adds; unique sorts and compares neighbours. None has a derivative: bincount, histogram and histogramdd record
 * PyTorch 1.13's NotImplemented node when an input requires grad, the others return tensors without history.
 */
public final class HistogramOps {
    /** PyTorch 1.13 records bincount (with weights that require grad) and the histograms with underivable nodes. */
    static final OpDef BINCOUNT = OpDef.withNode("bincount", "NotImplemented", Saves.NOTHING);
    static final OpDef HISTOGRAM = OpDef.withNode("histogram", "NotImplemented", Saves.NOTHING);
    static final OpDef HISTOGRAMDD = OpDef.withNode("histogramdd", "NotImplemented", Saves.NOTHING);
    static final OpDef HISTC = OpDef.nonDifferentiable("histc");
    static final OpDef SEARCHSORTED = OpDef.nonDifferentiable("searchsorted");
    static final OpDef UNIQUE = OpDef.nonDifferentiable("unique");
    static final OpDef UNIQUE_CONSECUTIVE = OpDef.nonDifferentiable("unique_consecutive");

    private HistogramOps() {
    }

    // ---------------------------------------------------------------- bincount

    /**
     * Counts of each value 0..max of a 1-d non-negative integer tensor (at least {@code minlength} bins), or the
     * sums of {@code weights} (nullable; float32 weights sum in float32, any other dtype in float64). PyTorch:
     * {@code torch.bincount(input, weights=None, minlength=0)}.
     */
    public static Tensor bincount(Tensor x, Tensor weights, int minlength) {
        if (x.dtype().isFloatingPoint() || x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"bincount_cpu\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        if (minlength < 0) {
            throw new IllegalArgumentException("minlength should be >= 0");
        }
        if (x.dim() == 1 && x.numel() == 0) {
            return Torch.zeros(Torch.options().dtype(DType.INT64).device(x.device()), minlength);
        }
        if (x.dim() != 1 || x.min().itemLong() < 0) {
            throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
        }
        if (weights != null && (weights.dim() != 1 || weights.size(0) != x.size(0))) {
            throw new IllegalArgumentException("weights should be 1-d and have the same length as input");
        }
        Tensor[] inputs = weights == null ? new Tensor[] {x} : new Tensor[] {x, weights};
        return Dispatch.apply(BINCOUNT, inputs, () -> {
            int bins = (int) Math.max(minlength, x.max().itemLong() + 1);
            Tensor index = x.to(DType.INT64);
            if (weights == null) {
                Tensor ones = Torch.ones(Torch.options().dtype(DType.INT64).device(x.device()), x.size(0));
                return Torch.zeros(Torch.options().dtype(DType.INT64).device(x.device()), bins).scatterAdd(0, index, ones);
            }
            DType t = weights.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
            return Torch.zeros(Torch.options().dtype(t).device(x.device()), bins).scatterAdd(0, index, weights.to(t));
        }, (ctx, g) -> {
            throw new UnsupportedOperationException("the derivative for 'bincount' is not implemented.");
        });
    }

    // ---------------------------------------------------------------- histc / histogram

    /**
     * Counts of the elements in {@code bins} equal-width bins over [min, max] (both 0, or equal: the data's range,
     * widened by 1 on each side when it is a single value); elements outside are ignored, the last bin includes
     * max. Floating inputs; the result has the input's dtype. PyTorch: {@code torch.histc(input, bins=100, min=0,
     * max=0)}.
     */
    public static Tensor histc(Tensor x, int bins, double min, double max) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"histogram_cpu\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        if (bins <= 0) {
            throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + bins
                    + " for dimension 0");
        }
        if (x.dtype() == DType.FLOAT16) {
            // float16 fails in whichever kernel runs first: the data's range, else the histogram
            SortOps.requireKernel(x, min == max ? "aminmax_cpu" : "histogram_cpu", DType.FLOAT16);
        }
        if (min > max) {
            throw new IllegalArgumentException("torch.histc: max must be larger than min");
        }
        double lo = min;
        double hi = max;
        if (lo == hi && x.numel() > 0) {
            ReturnTypes.Aminmax range = OrderStatisticsOps.aminmax(x.detach(), null, false);
            lo = range.min().item();
            hi = range.max().item();
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            // a NaN here comes from the data's min/max, which C++ prints as -nan
            throw new IllegalArgumentException("torch.histc: range of [" + cppNumber(lo).replace("nan", "-nan") + ", "
                    + cppNumber(hi).replace("nan", "-nan") + "] is not finite");
        }
        double left = lo;
        double right = hi;
        return Dispatch.apply(HISTC, new Tensor[] {x}, () -> {
            Tensor edges = Torch.linspace(Torch.options().dtype(x.dtype()).device(x.device()), left, right, bins + 1);
            return counts(points(x), List.of(edges), null, false);
        }, null);
    }

    /**
     * A histogram of {@code x} in {@code bins} equal-width bins over {@code range} (null: the data's range, widened
     * by 0.5 on each side when it is a single value), with optional per-element {@code weight} (nullable, x's dtype
     * and size) and {@code density} normalisation. Returns the counts and the bin edges. PyTorch:
     * {@code torch.histogram(input, bins, *, range=None, weight=None, density=False)}.
     */
    public static ReturnTypes.Histogram histogram(Tensor x, int bins, double[] range, Tensor weight, boolean density) {
        Tensor[] r = histogramdd(HISTOGRAM, points(x), new int[] {bins}, range, flatWeight(weight), density);
        return new ReturnTypes.Histogram(r[0], r[1]);
    }

    /**
     * A histogram of {@code x} over the given bin edges (1-d, x's dtype; bin i is [edges[i], edges[i+1]), the last
     * bin closed). PyTorch: {@code torch.histogram(input, bins: Tensor, *, weight=None, density=False)}.
     */
    public static ReturnTypes.Histogram histogram(Tensor x, Tensor edges, Tensor weight, boolean density) {
        Tensor[] r = histogramdd(HISTOGRAM, points(x), List.of(edges), flatWeight(weight), density);
        return new ReturnTypes.Histogram(r[0], r[1]);
    }

    /**
     * A D-dimensional histogram of the points in the innermost dim of {@code x} ([..., D]): {@code bins[k]} equal
     * bins along dim k (one count for every dim, or one per dim) over {@code range} (null, or min and max for each
     * dim in turn; else each dim's data range), with optional {@code weight} (x's shape without the innermost dim)
     * and {@code density}. Returns the counts ([bins...]) and each dim's edges. PyTorch:
     * {@code torch.histogramdd(input, bins, *, range=None, weight=None, density=False)}.
     */
    public static ReturnTypes.Histogramdd histogramdd(Tensor x, int[] bins, double[] range, Tensor weight,
                                                      boolean density) {
        int d = x.dim() == 0 ? 0 : x.size(-1);
        int[] perDim = bins.length == 1 && d > 1 ? filled(d, bins[0]) : bins;
        return dd(histogramdd(HISTOGRAMDD, x, perDim, range, weight, density));
    }

    /** histogramdd over the given edges, one 1-d tensor per dim. PyTorch: {@code torch.histogramdd(input, bins: List[Tensor], ...)}. */
    public static ReturnTypes.Histogramdd histogramdd(Tensor x, List<Tensor> edges, Tensor weight, boolean density) {
        return dd(histogramdd(HISTOGRAMDD, x, edges, weight, density));
    }

    private static ReturnTypes.Histogramdd dd(Tensor[] r) {
        return new ReturnTypes.Histogramdd(r[0], List.of(r).subList(1, r.length));
    }

    // histogram is histogramdd of the flattened input as [N, 1] points, with a flattened weight, as in PyTorch
    private static Tensor points(Tensor x) {
        return x.reshape(x.numel(), 1);
    }

    private static Tensor flatWeight(Tensor weight) {
        return weight == null ? null : weight.reshape(-1);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static Tensor[] histogramdd(OpDef op, Tensor x, int[] bins, double[] range, Tensor weight,
                                        boolean density) {
        checkHistogramInput(x, weight);
        int d = x.size(-1);
        if (bins.length != d) {
            throw new IllegalArgumentException("torch.histogramdd: expected " + d + " bin counts (one per dimension), "
                    + "but got " + bins.length);
        }
        for (int k = 0; k < d; k++) {
            if (bins[k] <= 0) {
                throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + bins[k]
                        + " for dimension " + k);
            }
        }
        if (range != null && range.length != 2 * d) {
            throw new IllegalArgumentException("torch.histogramdd: for a " + d + "-dimensional histogram range should "
                    + "have " + 2 * d + " elements, but got " + range.length);
        }
        double[] outer = outerEdges(x, range, d);
        List<Tensor> edges = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double lo = outer[2 * k];
            double hi = outer[2 * k + 1];
            if (lo > hi) {
                throw new IllegalArgumentException("torch.histogramdd: min should not exceed max, but got min "
                        + cppNumber(lo) + " max " + cppNumber(hi) + " for dimension " + k);
            }
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("torch.histogramdd: dimension " + k + "'s range [" + cppNumber(lo)
                        + ", " + cppNumber(hi) + "] is not finite");
            }
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
            edges.add(Torch.linspace(Torch.options().dtype(x.dtype()).device(x.device()), lo, hi, bins[k] + 1));
        }
        return record(op, x, weight, density, edges);
    }

    private static Tensor[] histogramdd(OpDef op, Tensor x, List<Tensor> edges, Tensor weight, boolean density) {
        checkHistogramInput(x, weight);
        List<Tensor> copies = new ArrayList<>();
        for (int k = 0; k < edges.size(); k++) {
            Tensor e = edges.get(k);
            if (e.dim() != 1) {
                throw new IllegalArgumentException("torch.histogramdd: bins tensor should have one dimension, but got "
                        + e.dim() + " dimensions in the bins tensor for dimension " + k);
            }
            if (e.dtype() != x.dtype()) {
                throw new IllegalArgumentException("torch.histogramdd: input tensor and bins tensors should have the "
                        + "same dtype, but got input with dtype " + TypePromotion.cppTypeName(x.dtype())
                        + " and bins for dimension " + k + " with dtype " + TypePromotion.cppTypeName(e.dtype()));
            }
            if (e.numel() == 0) {
                throw new IllegalArgumentException("torch.histogramdd: bins tensor should have at least 1 element, but "
                        + "got 0 elements in the bins tensor for dimension " + k);
            }
            copies.add(e.detach().clone());
        }
        if (copies.size() != x.size(-1)) {
            throw new IllegalArgumentException("torch.histogramdd: expected " + x.size(-1) + " sequences of bin edges "
                    + "for the innermost dimension of the input, but got " + copies.size());
        }
        return record(op, x, weight, density, copies);
    }

    // each dim's (min, max): the given range, else the data's (0 and 1 for no data)
    private static double[] outerEdges(Tensor x, double[] range, int d) {
        if (range != null) {
            return range.clone();
        }
        double[] outer = new double[2 * d];
        if (x.numel() == 0) {
            for (int k = 0; k < d; k++) {
                outer[2 * k + 1] = 1;
            }
            return outer;
        }
        Tensor pts = x.detach().reshape(-1, d);
        Tensor min = Reductions.reduce(ReduceOp.MIN, pts, new int[] {0}, false, x.dtype(), x.dtype());
        Tensor max = Reductions.reduce(ReduceOp.MAX, pts, new int[] {0}, false, x.dtype(), x.dtype());
        for (int k = 0; k < d; k++) {
            outer[2 * k] = min.select(0, k).item();
            outer[2 * k + 1] = max.select(0, k).item();
        }
        return outer;
    }

    private static Tensor[] record(OpDef op, Tensor x, Tensor weight, boolean density, List<Tensor> edges) {
        Tensor[] inputs = weight == null ? new Tensor[] {x} : new Tensor[] {x, weight};
        return Dispatch.applyMulti(op, inputs, () -> {
            Tensor[] out = new Tensor[edges.size() + 1];
            out[0] = counts(x, edges, weight, density);
            for (int k = 0; k < edges.size(); k++) {
                out[k + 1] = edges.get(k);
            }
            return out;
        }, (ctx, g) -> {
            throw new UnsupportedOperationException("the derivative for '" + op.name() + "' is not implemented.");
        }, edges.size() + 1);
    }

    private static void checkHistogramInput(Tensor x, Tensor weight) {
        if (x.dim() < 2) {
            throw new IllegalArgumentException("torch.histogramdd: input tensor should have at least 2 dimensions");
        }
        if (!x.dtype().isFloatingPoint() || Elementwise.isHalf(x.dtype())) {
            throw new IllegalArgumentException("\"histogramdd\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        if (weight == null) {
            return;
        }
        if (weight.dtype() != x.dtype()) {
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided, input tensor and "
                    + "weight tensor should have the same dtype, but got input(" + TypePromotion.cppTypeName(x.dtype())
                    + "), and weight(" + TypePromotion.cppTypeName(weight.dtype()) + ")");
        }
        int[] points = java.util.Arrays.copyOf(x.sizes(), x.dim() - 1);
        if (!java.util.Arrays.equals(weight.sizes(), points)) {
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided it should have the "
                    + "same shape as the input tensor excluding its innermost dimension, but got input with shape "
                    + Shapes.format(x.sizes()) + " and weight with shape " + Shapes.format(weight.sizes()));
        }
    }

    // Counts (or weight sums) of x's points ([..., D]) per cell of the edges' grid: along dim k a point falls in bin
    // i when edges[i] <= v < edges[i+1] (the last bin also takes v == its right edge); points outside any dim's
    // edges (NaN included) are left out. PyTorch finds bins with std::upper_bound over the edges (after a linear
    // guess for equal widths, which lands on the same bin). density divides by the total, then by each dim's widths.
    private static Tensor counts(Tensor x, List<Tensor> edges, Tensor weight, boolean density) {
        int d = edges.size();
        Tensor pts = x.reshape(-1, d);
        int[] bins = new int[d];
        Tensor cell = null;
        Tensor inside = null;
        for (int k = 0; k < d; k++) {
            Tensor e = edges.get(k);
            bins[k] = Math.max(e.numel() - 1, 0);
            Tensor v = pts.select(1, k);
            Tensor in = v.ge(e.select(0, 0).item()).logicalAnd(v.le(e.select(0, e.numel() - 1).item()));
            Tensor bin = search(e, v, true).sub(1).clampMax((long) Math.max(bins[k] - 1, 0));
            cell = cell == null ? bin : cell.mul(bins[k]).add(bin);
            inside = inside == null ? in : inside.logicalAnd(in);
        }
        Tensor w = weight == null ? Torch.ones(Torch.options().dtype(x.dtype()).device(x.device()), pts.size(0))
                : weight.reshape(-1);
        Tensor hist = Torch.zeros(Torch.options().dtype(x.dtype()).device(x.device()), Shapes.numel(bins));
        if (hist.numel() > 0) {
            hist = hist.scatterAdd(0, cell.maskedSelect(inside), w.maskedSelect(inside));
        }
        hist = hist.reshape(bins);
        if (density) {
            hist = hist.div(hist.sum());
            for (int k = 0; k < d; k++) {
                Tensor widths = edges.get(k).diff();
                int[] shape = filled(d, 1);
                shape[k] = bins[k];
                hist = hist.div(widths.reshape(shape));
            }
        }
        return hist;
    }

    // ---------------------------------------------------------------- searchsorted / bucketize

    /**
     * For each value, the index where it would be inserted into the innermost dim of {@code sorted} to keep it
     * sorted: before equal elements ({@code right} false) or after them. {@code sorted} is 1-d or has the values'
     * leading dims; {@code sorter} (nullable, int64, sorted's shape) gives the ascending order of an unsorted
     * sequence. int64 indices, or int32 with {@code outInt32}. PyTorch: {@code torch.searchsorted(sorted_sequence,
     * values, *, out_int32=False, right=False, side=None, sorter=None)}.
     */
    public static Tensor searchsorted(Tensor sorted, Tensor values, boolean outInt32, boolean right, String side,
                                      Tensor sorter) {
        boolean r = rightSide(right, side);
        if (sorted.dim() == 0) {
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should have positive dimension,"
                    + " but got 0 dimension");
        }
        if (sorted.dim() != 1 && !leadingDimsMatch(sorted, values)) {
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should be 1 dimension or the "
                    + "first N-1 dimensions of boundaries tensor and input value tensor must match, but we got "
                    + "boundaries tensor " + Shapes.format(sorted.sizes()) + " and input value tensor "
                    + Shapes.format(values.sizes()));
        }
        if (sorter != null) {
            if (sorter.dtype() != DType.INT64) {
                throw new IllegalArgumentException("torch.searchsorted(): sorter must be a tensor of long dtype but "
                        + "got dtype " + TypePromotion.scalarTypeName(sorter.dtype()));
            }
            if (!java.util.Arrays.equals(sorter.sizes(), sorted.sizes())) {
                throw new IllegalArgumentException("torch.searchsorted(): boundary and sorter must have the same size, "
                        + "but got boundary tensor " + Shapes.format(sorted.sizes()) + "and got sorter tensor "
                        + Shapes.format(sorter.sizes()));
            }
            long m = sorted.size(-1);
            if (sorter.numel() > 0 && (sorter.min().itemLong() < 0 || sorter.max().itemLong() >= m)) {
                throw new IllegalArgumentException("torch.searchsorted(): sorter index out of range");
            }
        }
        if (values.dtype() == DType.BOOL || sorted.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"searchsorted_out_cpu\" not implemented for 'Bool'");
        }
        return Dispatch.apply(SEARCHSORTED, sorter == null ? new Tensor[] {sorted, values}
                : new Tensor[] {sorted, values, sorter}, () -> {
                    DType common = TypePromotion.resultType(sorted, values);
                    Tensor idx = sorter == null ? search(sorted.to(common), values.to(common), r)
                            : searchWith(sorted.to(common), sorter, values.to(common), r);
                    return outInt32 ? idx.to(DType.INT32) : idx;
                }, null);
    }

    /**
     * searchsorted with a number as the value (1-d sequences only); a 0-d index. PyTorch:
     * {@code torch.searchsorted(sorted_sequence, value: Scalar, ...)}.
     */
    public static Tensor searchsorted(Tensor sorted, double value, boolean outInt32, boolean right, String side,
                                      Tensor sorter) {
        if (sorted.dim() != 1) {
            throw new IllegalArgumentException("torch.searchsorted(): input value can be a scalar only when boundaries "
                    + "tensor dimension is 1, but we got boundaries tensor dim(" + sorted.dim()
                    + ") and input value's dim(0) numel(1)");
        }
        return searchsorted(sorted, numberLike(value, sorted), outInt32, right, side, sorter);
    }

    /**
     * The bucket of each input value among 1-d {@code boundaries}: searchsorted with the arguments swapped.
     * PyTorch: {@code torch.bucketize(input, boundaries, *, out_int32=False, right=False)}.
     */
    public static Tensor bucketize(Tensor input, Tensor boundaries, boolean outInt32, boolean right) {
        if (boundaries.dim() != 1) {
            throw new IllegalArgumentException("boundaries tensor must be 1 dimension, but got dim("
                    + boundaries.dim() + ")");
        }
        return searchsorted(boundaries, input, outInt32, right, null, null);
    }

    /**
     * The bucket of a number among 1-d {@code boundaries} (0-d). PyTorch: {@code torch.bucketize(value: Scalar,
     * boundaries, ...)}.
     */
    public static Tensor bucketize(double value, Tensor boundaries, boolean outInt32, boolean right) {
        return bucketize(numberLike(value, boundaries), boundaries, outInt32, right);
    }

    // a Python number searched in a sequence: compared in a floating sequence's dtype, else in float64
    private static Tensor numberLike(double value, Tensor sequence) {
        DType dtype = sequence.dtype().isFloatingPoint() ? sequence.dtype() : DType.FLOAT64;
        return Torch.full(Torch.options().dtype(dtype).device(sequence.device()), value);
    }

    private static boolean rightSide(boolean right, String side) {
        if (side == null) {
            return right;
        }
        if (!side.equals("left") && !side.equals("right")) {
            throw new IllegalArgumentException("torch.searchsorted(): side can only be 'left' or 'right' but got "
                    + side);
        }
        boolean sideRight = side.equals("right");
        if (right && !sideRight) {
            throw new IllegalArgumentException("torch.searchsorted(): side and right can't be set to opposites, got "
                    + "side of " + side + " while right was True");
        }
        return sideRight;
    }

    private static boolean leadingDimsMatch(Tensor sorted, Tensor values) {
        if (sorted.dim() != values.dim()) {
            return false;
        }
        for (int i = 0; i < sorted.dim() - 1; i++) {
            if (sorted.size(i) != values.size(i)) {
                return false;
            }
        }
        return true;
    }

    // the values as [rows, k] against the sequence as [rows, m] (a 1-d sequence is shared by every row)
    private static Tensor search(Tensor sorted, Tensor values, boolean right) {
        return searchWith(sorted, null, values, right);
    }

    private static Tensor searchWith(Tensor sorted, Tensor sorter, Tensor values, boolean right) {
        int m = sorted.size(-1);
        int k = values.dim() == 0 ? 1 : values.size(-1);
        int rows = k == 0 ? 0 : values.numel() / k;
        Tensor out = Operands.empty(Torch.options().dtype(DType.INT64).device(values.device()), values.sizes());
        if (values.numel() == 0) {
            return out;
        }
        Tensor seq = sorted.dim() == 1 ? sorted.unsqueeze(0).expand(rows, m) : sorted.reshape(rows, m);
        Tensor order = sorter == null ? null
                : sorter.dim() == 1 ? sorter.unsqueeze(0).expand(rows, m) : sorter.reshape(rows, m);
        Tensor vals = values.reshape(rows, k);
        Tensor flat = out.view(rows, k);
        Operands.backend(out).searchsorted(Operands.of(seq), order == null ? null : Operands.of(order), Operands.of(vals),
                right, Operands.of(flat));
        return out;
    }

    // ---------------------------------------------------------------- unique / unique_consecutive

    /**
     * The distinct elements of x in ascending order (dim null), or its distinct slices along {@code dim} in
     * lexicographic order; optionally the index of each input element (or slice) in the result and the count of
     * each result entry. Returns [output, inverse if asked, counts if asked], like PyTorch's tuple. jtorch sorts even
     * when {@code sorted} is false (PyTorch then returns its hash set's order, which it leaves unspecified).
     * PyTorch: {@code torch.unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None)}.
     */
    public static List<Tensor> unique(Tensor x, boolean sorted, boolean returnInverse, boolean returnCounts,
                                      Integer dim) {
        SortOps.requireKernel(x, "unique", DType.FLOAT16);
        Tensor[] r = Dispatch.applyMulti(UNIQUE, new Tensor[] {x}, () -> {
            if (dim == null) {
                Tensor flat = x.reshape(-1);
                ReturnTypes.Sort s = SortOps.sort(flat, 0, false, true);
                Tensor[] u = consecutive(s.values(), 0);
                // each element's group, put back at the element's original position
                Tensor inverse = Torch.zerosLike(u[1]).scatter(0, s.indices(), u[1]).reshape(x.sizes());
                return new Tensor[] {u[0], inverse, u[2]};
            }
            int d = Shapes.wrapDim(dim, x.dim());
            checkSlices(x, d);
            Tensor rows = rows(x, d);
            Tensor order = lexicographicOrder(rows);
            Tensor[] u = consecutive(rows.indexSelect(0, order), 0);
            Tensor inverse = Torch.zerosLike(u[1]).scatter(0, order, u[1]);
            return new Tensor[] {unrows(u[0], x, d), inverse, u[2]};
        }, null, 0);
        return pick(r, returnInverse, returnCounts);
    }

    /**
     * Collapses runs of equal consecutive elements (dim null: of the flattened input) or slices along {@code dim}.
     * Returns [output, inverse if asked, counts if asked]. PyTorch: {@code torch.unique_consecutive(input,
     * return_inverse=False, return_counts=False, dim=None)}.
     */
    public static List<Tensor> uniqueConsecutive(Tensor x, boolean returnInverse, boolean returnCounts, Integer dim) {
        SortOps.requireKernel(x, "unique", DType.FLOAT16);
        Tensor[] r = Dispatch.applyMulti(UNIQUE_CONSECUTIVE, new Tensor[] {x}, () -> {
            if (dim == null) {
                Tensor[] u = consecutive(x.reshape(-1), 0);
                return new Tensor[] {u[0], u[1].reshape(x.sizes()), u[2]};
            }
            int d = Shapes.wrapDim(dim, x.dim());
            checkSlices(x, d);
            Tensor[] u = consecutive(rows(x, d), 0);
            return new Tensor[] {unrows(u[0], x, d), u[1], u[2]};
        }, null, 0);
        return pick(r, returnInverse, returnCounts);
    }

    private static List<Tensor> pick(Tensor[] r, boolean inverse, boolean counts) {
        List<Tensor> out = new ArrayList<>();
        out.add(r[0]);
        if (inverse) {
            out.add(r[1]);
        }
        if (counts) {
            out.add(r[2]);
        }
        return out;
    }

    private static void checkSlices(Tensor x, int d) {
        if (x.numel() == 0) {
            for (int i = 0; i < x.dim(); i++) {
                if (i != d && x.size(i) == 0) {
                    throw new IllegalArgumentException("There are 0 sized dimensions, and they aren't selected, so "
                            + "unique cannot be applied");
                }
            }
        }
    }

    // the slices along d as the rows of a [n, rest] matrix
    private static Tensor rows(Tensor x, int d) {
        int rest = 1;
        for (int i = 0; i < x.dim(); i++) {
            rest *= i == d ? 1 : x.size(i);
        }
        return x.movedim(d, 0).reshape(x.size(d), rest);
    }

    // [u, rest] rows back to slices along d of x's other sizes
    private static Tensor unrows(Tensor rows, Tensor x, int d) {
        int[] shape = x.sizes();
        int[] moved = new int[shape.length];
        moved[0] = rows.size(0);
        for (int i = 0, j = 1; i < shape.length; i++) {
            if (i != d) {
                moved[j++] = shape[i];
            }
        }
        return rows.reshape(moved).movedim(0, d).contiguous();
    }

    // the row order that sorts rows lexicographically: stable sorts from the last column to the first
    private static Tensor lexicographicOrder(Tensor rows) {
        Tensor order = Torch.arange(Torch.options().dtype(DType.INT64).device(rows.device()), rows.size(0));
        for (int c = rows.size(1) - 1; c >= 0; c--) {
            Tensor column = rows.select(1, c).indexSelect(0, order);
            order = order.indexSelect(0, SortOps.sort(column, 0, false, true).indices());
        }
        return order;
    }

    // {distinct runs, run index of each row, run lengths} for the rows (or elements) along dim 0 of t
    private static Tensor[] consecutive(Tensor t, int dim) {
        int n = t.size(dim);
        TensorsOnDevice on = new TensorsOnDevice(t);
        if (n == 0) {
            return new Tensor[] {t.clone(), on.longs(0), on.longs(0)};
        }
        Tensor later = t.narrow(dim, 1, n - 1);
        Tensor earlier = t.narrow(dim, 0, n - 1);
        Tensor differs = later.ne(earlier);
        if (t.dim() > 1) {
            differs = Reductions.reduce(ReduceOp.SUM, differs, new int[] {1}, false, DType.INT64, DType.INT64).gt(0);
        }
        Tensor starts = Torch.cat(List.of(on.trueFlag(), differs), 0);
        Tensor group = SortOps.cumsum(starts, 0, DType.INT64).sub(1);
        Tensor startIndex = on.range(n).maskedSelect(starts);
        Tensor ends = Torch.cat(List.of(startIndex.narrow(0, 1, startIndex.numel() - 1), on.longs(1).fill_(n)), 0);
        return new Tensor[] {t.indexSelect(dim, startIndex), group, ends.sub(startIndex)};
    }

    // small int64/bool helpers on t's device
    private record TensorsOnDevice(Tensor t) {
        Tensor longs(int n) {
            return Torch.zeros(Torch.options().dtype(DType.INT64).device(t.device()), n);
        }

        Tensor range(int n) {
            return Torch.arange(Torch.options().dtype(DType.INT64).device(t.device()), n);
        }

        Tensor trueFlag() {
            return Torch.ones(Torch.options().dtype(DType.BOOL).device(t.device()), 1);
        }
    }

    // a double as PyTorch's messages print it (C++ ostream: 6 significant digits, inf, nan)
    private static String cppNumber(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return PiecewiseActivationOps.cppDouble(v);
    }
}

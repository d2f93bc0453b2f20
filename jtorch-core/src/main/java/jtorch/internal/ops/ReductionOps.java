package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ReduceOp;

/**
 * Reductions: sum, mean, prod, max/min (whole tensor and along a dim, with indices), argmax/argmin,
 * std/var, norm, logsumexp, count_nonzero, any/all, nansum/nanmean, var_mean/std_mean and sum_to_size. Each op's checks, forward (through
 * {@link Reductions}) and backward sit together. Dims follow PyTorch: negative dims wrap, a null or
 * empty dim list means every dim, keepdim keeps reduced dims with size 1.
 */
public final class ReductionOps {
    static final OpDef SUM = OpDef.of("sum", Saves.NOTHING);
    static final OpDef SUM_DIM = OpDef.of("sum", 1, Saves.NOTHING);
    static final OpDef MEAN = OpDef.of("mean", Saves.NOTHING);
    static final OpDef MEAN_DIM = OpDef.of("mean", 1, Saves.NOTHING);
    static final OpDef PROD = OpDef.of("prod", Saves.inputs(0).andOutput());
    static final OpDef PROD_DIM = OpDef.of("prod", 1, Saves.inputs(0).andOutput());
    static final OpDef MAX = OpDef.of("max", 1, Saves.inputs(0).andOutput());
    static final OpDef MAX_DIM = OpDef.of("max", Saves.OUTPUT);
    static final OpDef MIN = OpDef.of("min", 1, Saves.inputs(0).andOutput());
    static final OpDef MIN_DIM = OpDef.of("min", Saves.OUTPUT);
    static final OpDef STD = OpDef.of("std", Saves.inputs(0).andOutput());
    static final OpDef VAR = OpDef.of("var", Saves.inputs(0));
    static final OpDef NORM = OpDef.of("norm", 1, Saves.inputs(0).andOutput());
    static final OpDef LOGSUMEXP = OpDef.of("logsumexp", Saves.inputs(0).andOutput());
    static final OpDef ARGMAX = OpDef.nonDifferentiable("argmax");
    static final OpDef ARGMIN = OpDef.nonDifferentiable("argmin");
    static final OpDef COUNT_NONZERO = OpDef.nonDifferentiable("count_nonzero");
    static final OpDef ANY = OpDef.nonDifferentiable("any");
    static final OpDef ALL = OpDef.nonDifferentiable("all");
    static final OpDef NANSUM = OpDef.of("nansum", Saves.inputs(0));
    static final OpDef VAR_MEAN = OpDef.of("var_mean", Saves.inputs(0));
    static final OpDef STD_MEAN = OpDef.of("std_mean", Saves.inputs(0).andOutput());

    private ReductionOps() {
    }

    // ---------------------------------------------------------------- sum / mean

    /**
     * Sum over {@code dims} (null: all). Integer and bool inputs sum to int64 unless {@code dtype}
     * (nullable) is given, in which case the input is cast to it first. PyTorch: {@code torch.sum}.
     */
    public static Tensor sum(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        DType out = dtype != null ? dtype : x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        int[] shape = x.sizes();
        boolean all = dims == null;
        return Dispatch.apply(all ? SUM : SUM_DIM, new Tensor[] {x},
                () -> Reductions.reduce(ReduceOp.SUM, x, d, keepdim, out, out),
                (ctx, g) -> new Tensor[] {Reductions.unsqueezeReduced(g[0], d, keepdim).expand(shape)});
    }

    /** Arithmetic mean; only floating inputs (PyTorch refuses to infer a dtype for integers). */
    public static Tensor mean(Tensor x, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("mean(): could not infer output dtype. Input dtype must be either a "
                    + "floating point or complex dtype. Got: " + TypePromotion.scalarTypeName(x.dtype()));
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        int[] shape = x.sizes();
        int count = Reductions.count(shape, d);
        return Dispatch.apply(dims == null ? MEAN : MEAN_DIM, new Tensor[] {x}, () -> {
            Tensor s = Reductions.reduce(ReduceOp.SUM, x, d, keepdim, x.dtype(), x.dtype());
            return s.div(count);
        }, (ctx, g) -> new Tensor[] {Reductions.unsqueezeReduced(g[0], d, keepdim).expand(shape).div(count)});
    }

    // ---------------------------------------------------------------- prod

    /** Product of all elements; integer and bool inputs give int64. PyTorch: {@code torch.prod}. */
    public static Tensor prod(Tensor x) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(PROD, new Tensor[] {x}, t -> prod(t[0]));
        }
        DType out = prodType(x);
        int[] all = Shapes.allDims(x.dim());
        return Dispatch.apply(PROD, new Tensor[] {x}, () -> Reductions.reduce(ReduceOp.PROD, x, all, false, out, out),
                (ctx, g) -> new Tensor[] {prodBackward(g[0], ctx.input(0), ctx.output())});
    }

    /** Product along {@code dim}. PyTorch: {@code torch.prod(x, dim, keepdim)}. */
    public static Tensor prod(Tensor x, int dim, boolean keepdim) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(PROD_DIM, new Tensor[] {x}, t -> prod(t[0], dim, keepdim));
        }
        DType out = prodType(x);
        int[] d = Reductions.dimsOrAll(new int[] {dim}, x.dim());
        return Dispatch.apply(PROD_DIM, new Tensor[] {x},
                () -> Reductions.reduce(ReduceOp.PROD, x, d, keepdim, out, out),
                (ctx, g) -> new Tensor[] {prodBackward(g[0], ctx.input(0), ctx.output(), d, keepdim)});
    }

    private static DType prodType(Tensor x) {
        SortOps.requireKernel(x, "prod_cpu", DType.FLOAT16);
        return x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
    }

    // PyTorch's prod_backward for the whole tensor: result / x without zeros, the exclusive-products
    // formula with exactly one zero, and zeros (a constant) with more than one.
    private static Tensor prodBackward(Tensor grad, Tensor x, Tensor result) {
        if (x.dim() == 0) {
            return grad;
        }
        long zeros = x.eq(0).sum().itemLong();
        if (zeros == 0) {
            return grad.mul(result.div(x));
        }
        if (zeros > 1) {
            return Torch.zerosLike(x);
        }
        return prodSafeZerosBackward(grad, x.reshape(-1), 0).reshape(x.sizes());
    }

    private static Tensor prodBackward(Tensor grad, Tensor x, Tensor result, int[] dims, boolean keepdim) {
        if (x.dim() == 0) {
            return grad;
        }
        grad = Reductions.unsqueezeReduced(grad, dims, keepdim);
        result = Reductions.unsqueezeReduced(result, dims, keepdim);
        if (x.eq(0).sum().itemLong() == 0) {
            return grad.mul(result.div(x));
        }
        return prodSafeZerosBackward(grad, x, dims[0]);
    }

    // grad * (product of the elements before) * (product of the elements after): exact with zeros
    private static Tensor prodSafeZerosBackward(Tensor grad, Tensor x, int dim) {
        if (x.numel() == 0) {
            return grad.expand(x.sizes());
        }
        if (x.size(dim) == 1) {
            return grad;
        }
        Tensor before = SortOps.exclusiveCumprod(x, dim);
        Tensor after = SortOps.flip(SortOps.exclusiveCumprod(SortOps.flip(x, dim), dim), dim);
        return grad.mul(before.mul(after));
    }

    // ---------------------------------------------------------------- max / min

    /** Largest element; NaN propagates. PyTorch: {@code Tensor.max()}. */
    public static Tensor max(Tensor x) {
        return extreme(MAX, "max", ReduceOp.MAX, x);
    }

    /** Smallest element; NaN propagates. PyTorch: {@code Tensor.min()}. */
    public static Tensor min(Tensor x) {
        return extreme(MIN, "min", ReduceOp.MIN, x);
    }

    private static Tensor extreme(OpDef op, String name, ReduceOp kernel, Tensor x) {
        if (x.numel() == 0) {
            throw new IllegalArgumentException(name + "(): Expected reduction dim to be specified for input.numel() "
                    + "== 0. Specify the reduction dim with the 'dim' argument.");
        }
        int[] all = Shapes.allDims(x.dim());
        return Dispatch.apply(op, new Tensor[] {x}, () -> Reductions.reduce(kernel, x, all, false, x.dtype(), x.dtype()),
                (ctx, g) -> new Tensor[] {evenlyDistributed(g[0], ctx.input(0), ctx.output())});
    }

    // PyTorch's evenly_distribute_backward: ties (or NaNs, when the result is NaN) share the gradient
    static Tensor evenlyDistributed(Tensor grad, Tensor x, Tensor value) {
        Tensor mask = value.isnan().itemBool() ? x.isnan() : x.eq(value);
        return mask.to(grad.dtype()).mul(grad.div(mask.sum()));
    }

    /**
     * Largest values along {@code dim} and the index of their first occurrence (a NaN counts as
     * largest). PyTorch: {@code torch.max(x, dim, keepdim)}.
     */
    public static ReturnTypes.Max max(Tensor x, int dim, boolean keepdim) {
        Tensor[] r = extremeAlongDim(MAX_DIM, "max", x, dim, keepdim, true);
        return new ReturnTypes.Max(r[0], r[1]);
    }

    /** Smallest values along {@code dim} and the index of their first occurrence. PyTorch: {@code torch.min(x, dim)}. */
    public static ReturnTypes.Min min(Tensor x, int dim, boolean keepdim) {
        Tensor[] r = extremeAlongDim(MIN_DIM, "min", x, dim, keepdim, false);
        return new ReturnTypes.Min(r[0], r[1]);
    }

    private static Tensor[] extremeAlongDim(OpDef op, String name, Tensor x, int dim, boolean keepdim, boolean max) {
        int d = Shapes.wrapDim(dim, x.dim());
        checkReducedDimNotEmpty(name, x, d);
        return SortOps.selecting(op, x, d, keepdim, () -> Reductions.argReduce(x, d, keepdim, max));
    }

    private static void checkReducedDimNotEmpty(String name, Tensor x, int d) {
        if (x.dim() > 0 && x.size(d) == 0) {
            throw new IndexOutOfBoundsException(name + "(): Expected reduction dim " + d + " to have non-zero size.");
        }
    }

    // ---------------------------------------------------------------- argmax / argmin

    /**
     * Index of the first maximum: of the flattened tensor when {@code dim} is null, else along
     * {@code dim}. A NaN counts as the maximum. PyTorch: {@code torch.argmax}.
     */
    public static Tensor argmax(Tensor x, Integer dim, boolean keepdim) {
        return argExtreme(ARGMAX, "argmax", x, dim, keepdim, true);
    }

    /** Index of the first minimum (see {@link #argmax}). PyTorch: {@code torch.argmin}. */
    public static Tensor argmin(Tensor x, Integer dim, boolean keepdim) {
        return argExtreme(ARGMIN, "argmin", x, dim, keepdim, false);
    }

    private static Tensor argExtreme(OpDef op, String name, Tensor x, Integer dim, boolean keepdim, boolean max) {
        if (dim == null && x.numel() == 0) {
            throw new IndexOutOfBoundsException(name + "(): Expected reduction dim to be specified for input.numel() "
                    + "== 0.");
        }
        int d = dim == null ? 0 : Shapes.wrapDim(dim, x.dim());
        if (dim != null) {
            checkReducedDimNotEmpty(name, x, d);
        }
        SortOps.requireKernel(x, name + "_cpu", DType.BOOL);
        return Dispatch.apply(op, new Tensor[] {x}, () -> {
            if (dim != null) {
                return Reductions.argReduce(x, d, keepdim, max)[1];
            }
            Tensor flat = Reductions.argReduce(x.reshape(-1), 0, false, max)[1];
            if (!keepdim) {
                return flat;
            }
            int[] ones = new int[x.dim()];
            java.util.Arrays.fill(ones, 1);
            return flat.reshape(ones);
        }, null);
    }


    // ---------------------------------------------------------------- std / var

    /**
     * Variance over {@code dims} (null: all) with {@code correction} subtracted from the element
     * count (1: unbiased, Bessel; 0: population); a count not above the correction gives inf or NaN
     * like PyTorch. Floating inputs only. PyTorch: {@code torch.var(x, dim, correction=, keepdim=)}.
     */
    public static Tensor var(Tensor x, int[] dims, double correction, boolean keepdim) {
        return moment(VAR, x, dims, correction, keepdim, false);
    }

    /** Standard deviation: the square root of {@link #var}. PyTorch: {@code torch.std}. */
    public static Tensor std(Tensor x, int[] dims, double correction, boolean keepdim) {
        return moment(STD, x, dims, correction, keepdim, true);
    }

    private static Tensor moment(OpDef op, Tensor x, int[] dims, double correction, boolean keepdim, boolean std) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("std and var only support floating point and complex dtypes");
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        return Dispatch.apply(op, new Tensor[] {x}, () -> momentForward(x, d, correction, keepdim, std)[0], (ctx, g) -> new Tensor[] {momentBackward(g[0], ctx.input(0), std ? ctx.output() : null, dims, d,
                correction, keepdim)});
    }

    // two passes in double, matching PyTorch's double accumulation even for shifted data: {var or std, mean}
    private static Tensor[] momentForward(Tensor x, int[] d, double correction, boolean keepdim, boolean std) {
        int n = Reductions.count(x.sizes(), d);
        Tensor xd = x.to(DType.FLOAT64);
        Tensor mean = Reductions.reduce(ReduceOp.SUM, xd, d, true, DType.FLOAT64, DType.FLOAT64).div(n);
        Tensor dev = xd.sub(mean);
        Tensor m2 = Reductions.reduce(ReduceOp.SUM, dev.mul(dev), d, keepdim, DType.FLOAT64, DType.FLOAT64);
        Tensor v = m2.div(Math.max(0, n - correction));
        Tensor m = keepdim ? mean : mean.reshape(m2.sizes());
        return new Tensor[] {(std ? v.sqrt() : v).to(x.dtype()), m.to(x.dtype())};
    }

    // var_backward, after std_backward's division by 2 std (masked where std is 0) when result is the std
    private static Tensor momentBackward(Tensor grad, Tensor x, Tensor std, int[] dims, int[] d, double correction,
                                         boolean keepdim) {
        if (std != null) {
            grad = Torch.where(std.eq(0), 0.0, grad.div(std.mul(2)));
        }
        return varBackward(grad, x, dims, d, correction, keepdim);
    }

    // PyTorch's var_backward: 2 (x - mean) / (N - correction), with N - correction = 0 giving inf * grad
    // when reducing everything. With an explicit dim list N is the product of the listed sizes, so an
    // empty list (which reduces everything) uses N = 1, as PyTorch does.
    private static Tensor varBackward(Tensor grad, Tensor x, int[] dimsArg, int[] d, double correction,
                                      boolean keepdim) {
        if (x.dim() == 0 || dimsArg == null) {
            if (x.numel() == correction) {
                return grad.mul(Double.POSITIVE_INFINITY).expand(x.sizes());
            }
            return grad.mul(2.0 / (x.numel() - correction)).mul(x.sub(x.mean()));
        }
        if (!keepdim && x.dim() > 1) {
            grad = Reductions.unsqueezeReduced(grad, d, false);
        }
        double dof = Reductions.count(x.sizes(), dimsArg.length == 0 ? new int[0] : d) - correction;
        return grad.mul(2.0 / dof).mul(x.sub(x.mean(d, true)));
    }

    // ---------------------------------------------------------------- norm

    /**
     * p-norm over {@code dims} (null: all): p = 2 (Euclidean), 1, +-inf (max/min of |x|), 0 (number of
     * non-zeros), any other p as (sum |x|^p)^(1/p). Floating inputs only. PyTorch: {@code torch.norm}.
     */
    public static Tensor norm(Tensor x, double p, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("norm(): input dtype should be either floating point or complex. Got "
                    + TypePromotion.scalarTypeName(x.dtype()) + " instead.");
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        return Dispatch.apply(NORM, new Tensor[] {x}, () -> normForward(x, p, d, keepdim),
                (ctx, g) -> new Tensor[] {normBackward(g[0], ctx.input(0), p, ctx.output(), d, keepdim)});
    }

    /**
     * {@code norm("fro")}: the 2-norm over zero or one dims, and over two dims PyTorch's
     * {@code frobenius_norm}, sqrt(sum(x*x)) as a composite (so its gradient at zero is NaN, as in
     * PyTorch). {@code norm("nuc")}: the nuclear norm of a matrix (or over two dims), linalg.matrix_norm's.
     */
    public static Tensor norm(Tensor x, String p, int[] dims, boolean keepdim) {
        if ("nuc".equals(p)) {
            if (dims == null && x.dim() != 2) {
                throw new IllegalArgumentException("Expected a tensor with 2 dimensions, but got a tensor with "
                        + x.dim() + " dimensions instead.");
            }
            return MatrixFunctionOps.matrixNorm(x, "nuc", dims == null ? new int[] {0, 1} : dims, keepdim, null);
        }
        if (!"fro".equals(p)) {
            throw new IllegalArgumentException("only valid string values are 'fro' and 'nuc', found " + p);
        }
        if (dims == null || dims.length <= 1) {
            return norm(x, 2, dims, keepdim);
        }
        if (dims.length > 2) {
            throw new IllegalArgumentException("Expected at most 2 dimensions, but got " + dims.length
                    + " dimensions instead.");
        }
        if (Shapes.wrapDim(dims[0], x.dim()) == Shapes.wrapDim(dims[1], x.dim())) {
            throw new IllegalArgumentException("Expected dims to be different, got " + Shapes.format(dims) + " instead");
        }
        return x.mul(x).sum(dims, keepdim).sqrt();
    }

    static Tensor normForward(Tensor x, double p, int[] d, boolean keepdim) {
        DType t = x.dtype();
        if (Reductions.count(x.sizes(), d) == 0) {
            // PyTorch's norm of nothing is 0 for every p, even the negative ones
            return Operands.zeros(Torch.options().dtype(t).device(x.device()), Shapes.reduceShape(x.sizes(), d, keepdim));
        }
        if (p == 2) {
            return Reductions.reduce(ReduceOp.SUM, x.mul(x), d, keepdim, t, t).sqrt();
        }
        if (p == 0) {
            return Reductions.reduce(ReduceOp.SUM, x.ne(0), d, keepdim, t, t);
        }
        Tensor a = x.abs();
        if (p == 1) {
            return Reductions.reduce(ReduceOp.SUM, a, d, keepdim, t, t);
        }
        if (Double.isInfinite(p)) {
            return Reductions.reduce(p > 0 ? ReduceOp.MAX : ReduceOp.MIN, a, d, keepdim, t, t);
        }
        return Reductions.reduce(ReduceOp.SUM, a.pow(p), d, keepdim, t, t).pow(1 / p);
    }

    // PyTorch's norm_backward, case by case; where the norm is 0 the gradient is masked to 0
    static Tensor normBackward(Tensor grad, Tensor x, double p, Tensor norm, int[] d, boolean keepdim) {
        if (x.dim() != 0) {
            grad = Reductions.unsqueezeReduced(grad, d, keepdim);
            norm = Reductions.unsqueezeReduced(norm, d, keepdim);
        }
        if (p == 0) {
            return Torch.zerosLike(x);
        }
        if (p == 1) {
            return x.sign().mul(grad);
        }
        Tensor normIsZero = norm.eq(0);
        if (p == 2) {
            return grad.mul(Torch.where(normIsZero, 0.0, x.div(norm)));
        }
        Tensor abs = x.abs();
        if (Double.isInfinite(p)) {
            // the gradient is shared by the elements attaining the norm (and NaNs)
            Tensor mask = abs.eq(norm).logicalOr(abs.isnan());
            return x.sign().mul(grad.div(mask.sum(d, true)).mul(mask));
        }
        if (p < 1) {
            Tensor scaled = x.sign().mul(Torch.where(x.eq(0), 0.0, abs.pow(p - 1)));
            return scaled.mul(grad).mul(norm.pow(1 - p));
        }
        Tensor scaled = p < 2 ? x.sign().mul(abs.pow(p - 1)) : x.mul(abs.pow(p - 2));
        return scaled.mul(Torch.where(normIsZero, 0.0, grad.div(norm.pow(p - 1))));
    }

    // ---------------------------------------------------------------- logsumexp

    /**
     * log(sum(exp(x))) over {@code dims}, computed stably: the max is subtracted first (and added
     * back), except where it is infinite. Integer inputs give the default float dtype. PyTorch:
     * {@code torch.logsumexp}.
     */
    public static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
        SortOps.requireKernel(x, "exp_vml_cpu", DType.FLOAT16);
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        if (dims != null && dims.length == 0 && !keepdim && x.dim() > 0) {
            // PyTorch reduces everything for dim=() but then fails to add the kept-dim max back
            int[] ones = new int[x.dim()];
            java.util.Arrays.fill(ones, 1);
            throw new IllegalArgumentException("output with shape [] doesn't match the broadcast shape "
                    + Shapes.format(ones));
        }
        return Dispatch.apply(LOGSUMEXP, new Tensor[] {x}, () -> {
            Tensor xf = x.dtype().isFloatingPoint() ? x : x.to(Torch.getDefaultDtype());
            DType t = xf.dtype();
            Tensor maxes = Reductions.reduce(ReduceOp.MAX, xf, d, true, t, t);
            maxes = Torch.where(maxes.isinf(), 0.0, maxes);
            Tensor sum = Reductions.reduce(ReduceOp.SUM, xf.sub(maxes).exp(), d, keepdim, t, t);
            return sum.log().add(keepdim ? maxes : maxes.reshape(sum.sizes()));
        }, (ctx, g) -> {
            Tensor grad = g[0];
            Tensor result = ctx.output();
            if (ctx.input(0).dim() != 0) {
                grad = Reductions.unsqueezeReduced(grad, d, keepdim);
                result = Reductions.unsqueezeReduced(result, d, keepdim);
            }
            return new Tensor[] {grad.mul(ctx.input(0).sub(result).exp())};
        });
    }

    // ---------------------------------------------------------------- count_nonzero / any / all

    /** Number of non-zero elements over {@code dims} (null or empty: all), as int64. PyTorch: {@code torch.count_nonzero}. */
    public static Tensor countNonzero(Tensor x, int[] dims) {
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        return Dispatch.apply(COUNT_NONZERO, new Tensor[] {x}, () -> nonzeroCount(x, d, false), null);
    }

    // NaN is non-zero, as in PyTorch
    private static Tensor nonzeroCount(Tensor x, int[] dims, boolean keepdim) {
        return Reductions.reduce(ReduceOp.SUM, x.ne(0), dims, keepdim, DType.INT64, DType.INT64);
    }

    /** Whether any element is non-zero. bool result, except uint8 for uint8 input (PyTorch 1.13). */
    public static Tensor any(Tensor x) {
        return truth(ANY, x, null, false, false);
    }

    public static Tensor any(Tensor x, int dim, boolean keepdim) {
        return truth(ANY, x, dim, keepdim, false);
    }

    /** Whether every element is non-zero (true for none). bool result, uint8 for uint8 input. */
    public static Tensor all(Tensor x) {
        return truth(ALL, x, null, false, true);
    }

    public static Tensor all(Tensor x, int dim, boolean keepdim) {
        return truth(ALL, x, dim, keepdim, true);
    }

    private static Tensor truth(OpDef op, Tensor x, Integer dim, boolean keepdim, boolean every) {
        int[] d = dim == null ? Shapes.allDims(x.dim()) : Reductions.dimsOrAll(new int[] {dim}, x.dim());
        int n = Reductions.count(x.sizes(), d);
        return Dispatch.apply(op, new Tensor[] {x}, () -> {
            Tensor count = nonzeroCount(x, d, keepdim);
            Tensor r = every ? count.eq(n) : count.gt(0);
            return x.dtype() == DType.UINT8 ? r.to(DType.UINT8) : r;
        }, null);
    }

    // ---------------------------------------------------------------- nansum / nanmean

    /**
     * Sum over {@code dims} (null: all) counting NaNs as zero, with {@link #sum}'s dtype rules; integer inputs
     * are a plain sum. PyTorch: {@code torch.nansum(input, dim=None, keepdim=False, *, dtype=None)}.
     */
    public static Tensor nansum(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        if (!x.dtype().isFloatingPoint()) {
            return sum(x, dims, keepdim, dtype);
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        DType out = dtype != null ? dtype : x.dtype();
        int[] shape = x.sizes();
        return Dispatch.apply(NANSUM, new Tensor[] {x},
                () -> Reductions.reduce(ReduceOp.SUM, Torch.where(x.isnan(), 0.0, x), d, keepdim, out, out),
                (ctx, g) -> new Tensor[] {Reductions.unsqueezeReduced(g[0].to(ctx.input(0).dtype()), d, keepdim)
                        .expand(shape).mul(ctx.input(0).isnan().logicalNot())});
    }

    /**
     * Mean of the non-NaN elements over {@code dims} (null: all): nansum divided by their count, as PyTorch
     * composes it. Floating inputs only. PyTorch: {@code torch.nanmean(input, dim=None, keepdim=False)}.
     */
    public static Tensor nanmean(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("nanmean(): expected input to have floating point dtype but got "
                    + TypePromotion.scalarTypeName(x.dtype()));
        }
        Tensor numbers = x.isnan().logicalNot();
        Tensor count = dims == null ? numbers.sum() : numbers.sum(dims, keepdim);
        return nansum(x, dims, keepdim, dtype).div(count);
    }

    // ---------------------------------------------------------------- var_mean / std_mean

    /**
     * Variance and mean over {@code dims} (null: all) in one op, the variance with {@code correction} as in
     * {@link #var}; a gradient may reach either or both. PyTorch: {@code torch.var_mean(input, dim, *,
     * correction, keepdim)}; returns (var, mean).
     */
    public static List<Tensor> varMean(Tensor x, int[] dims, double correction, boolean keepdim) {
        return momentAndMean(VAR_MEAN, "var_mean", x, dims, correction, keepdim, false);
    }

    /** Standard deviation and mean; see {@link #varMean}. PyTorch: {@code torch.std_mean}; returns (std, mean). */
    public static List<Tensor> stdMean(Tensor x, int[] dims, double correction, boolean keepdim) {
        return momentAndMean(STD_MEAN, "std_mean", x, dims, correction, keepdim, true);
    }

    private static List<Tensor> momentAndMean(OpDef op, String name, Tensor x, int[] dims, double correction,
                                              boolean keepdim, boolean std) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(name + " only support floating point and complex dtypes");
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        int n = Reductions.count(x.sizes(), d);
        int[] shape = x.sizes();
        Tensor[] r = Dispatch.applyMulti(op, new Tensor[] {x}, () -> momentForward(x, d, correction, keepdim, std),
                (ctx, g) -> {
            Tensor grad = null;
            if (g[0] != null) {
                grad = momentBackward(g[0], ctx.input(0), std ? ctx.output(0) : null, dims, d, correction, keepdim);
            }
            if (g[1] != null) {
                Tensor meanGrad = Reductions.unsqueezeReduced(g[1], d, keepdim).expand(shape).div(n);
                grad = grad == null ? meanGrad : grad.add(meanGrad);
            }
            return new Tensor[] {grad};
        }, 2);
        return List.of(r[0], r[1]);
    }

    // ---------------------------------------------------------------- sum_to_size

    /**
     * Sums x down to {@code size}, which x must broadcast from: the leading dims x has beyond size, and the
     * dims where size is 1, are summed (PyTorch's sum_to). Returns x itself when nothing is summed. PyTorch:
     * {@code Tensor.sum_to_size(*size)}.
     */
    public static Tensor sumToSize(Tensor x, int[] size) {
        int[] shape = x.sizes();
        boolean expandable = size.length <= shape.length;
        for (int i = 0; expandable && i < size.length; i++) {
            int s = shape[shape.length - size.length + i];
            expandable = size[i] == s || size[i] == 1;
        }
        if (!expandable) {
            throw new IllegalArgumentException("size {" + Shapes.format(size) + "} is not expandable to size {"
                    + Shapes.format(shape) + "}.");
        }
        if (size.length == 0) {
            return sum(x, null, false, null);
        }
        int leading = shape.length - size.length;
        List<Integer> reduce = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            if (i < leading || size[i - leading] == 1 && shape[i] != 1) {
                reduce.add(i);
            }
        }
        Tensor r = reduce.isEmpty() ? x : x.sum(reduce.stream().mapToInt(Integer::intValue).toArray(), true);
        return leading > 0 ? r.view(size) : r;
    }
}

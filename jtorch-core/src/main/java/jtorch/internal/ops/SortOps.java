package jtorch.internal.ops;

import java.util.function.Supplier;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.autograd.GradMode;

/**
 * Ordering ops along one dim: sort/argsort, topk, kthvalue, and the scans cumsum/cumprod. Each op's
 * checks, forward and backward sit together. Element orders (ties included) are PyTorch 1.13's: the
 * CPU backend's selection algorithms are those of its CPU kernels. The value-selecting ops (these and
 * max/min along a dim) send their gradient to the input positions their indices name.
 */
public final class SortOps {
    static final OpDef SORT = OpDef.of("sort", Saves.OUTPUT);
    /** sort with the {@code stable} argument: PyTorch's sort.stable overload. */
    static final OpDef SORT_STABLE = OpDef.of("sort", 1, Saves.OUTPUT);
    static final OpDef TOPK = OpDef.of("topk", Saves.OUTPUT);
    static final OpDef KTHVALUE = OpDef.of("kthvalue", Saves.OUTPUT);
    static final OpDef CUMSUM = OpDef.of("cumsum", Saves.NOTHING);
    static final OpDef CUMPROD = OpDef.of("cumprod", Saves.inputs(0).andOutput());

    private SortOps() {
    }

    // ---------------------------------------------------------------- sort / argsort

    /**
     * Sorts along {@code dim}, NaN largest. Not stable, exactly like PyTorch 1.13's CPU sort (which
     * is {@code std::sort}): slices of up to 16 elements keep equal values in input order, longer
     * ones may not. PyTorch: {@code torch.sort}.
     */
    public static ReturnTypes.Sort sort(Tensor x, int dim, boolean descending) {
        return sort(SORT, x, dim, descending, false);
    }

    /** {@link #sort}; with {@code stable} equal values keep their input order. PyTorch: {@code torch.sort(stable=)}. */
    public static ReturnTypes.Sort sort(Tensor x, int dim, boolean descending, boolean stable) {
        return sort(SORT_STABLE, x, dim, descending, stable);
    }

    private static ReturnTypes.Sort sort(OpDef def, Tensor x, int dim, boolean descending, boolean stable) {
        int d = Shapes.wrapDim(dim, x.dim());
        Tensor[] r = selecting(def, x, d, true, () -> {
            int[] shape = x.sizes();
            Tensor values = Torch.empty(like(x, x.dtype()), shape);
            Tensor indices = Torch.empty(like(x, DType.INT64), shape);
            Operands.backend(values).sort(Operands.of(x), d, descending, stable, Operands.of(values),
                    Operands.of(indices));
            return new Tensor[] {values, indices};
        });
        return new ReturnTypes.Sort(r[0], r[1]);
    }

    /** Indices that sort {@code x} along {@code dim} (the indices of {@link #sort}). PyTorch: {@code torch.argsort}. */
    public static Tensor argsort(Tensor x, int dim, boolean descending, boolean stable) {
        return sort(x, dim, descending, stable).indices();
    }

    // ---------------------------------------------------------------- topk

    /**
     * The k largest (or smallest) elements along {@code dim} and their indices, NaN largest.
     * PyTorch: {@code torch.topk}; like PyTorch's CPU kernel it partially sorts when k is at most
     * 1/64 of the slice and selects with nth_element otherwise, which decides the order of ties.
     */
    public static ReturnTypes.Topk topk(Tensor x, int k, int dim, boolean largest, boolean sorted) {
        int d = Shapes.wrapDim(dim, x.dim());
        int n = Reductions.sliceLength(x, d);
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("selected index k out of range");
        }
        requireKernel(x, "topk_cpu", DType.BOOL, DType.FLOAT16);
        Tensor[] r = selecting(TOPK, x, d, true, () -> {
            int[] shape = x.sizes();
            int[] outShape = shape.clone();
            if (outShape.length > 0) {
                outShape[d] = k;
            }
            Tensor values = Torch.empty(like(x, x.dtype()), outShape);
            Tensor indices = Torch.empty(like(x, DType.INT64), outShape);
            Operands.backend(values).topk(Operands.of(x), d, k, largest, sorted, Operands.of(values),
                    Operands.of(indices));
            return new Tensor[] {values, indices};
        });
        return new ReturnTypes.Topk(r[0], r[1]);
    }

    // ---------------------------------------------------------------- kthvalue

    /** The k-th smallest element (k counts from 1) along {@code dim} and its index. PyTorch: {@code torch.kthvalue}. */
    public static ReturnTypes.Kthvalue kthvalue(Tensor x, int k, int dim, boolean keepdim) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() > 0 && x.size(d) == 0) {
            throw new IndexOutOfBoundsException("kthvalue(): Expected reduction dim " + d + " to have non-zero size.");
        }
        int n = Reductions.sliceLength(x, d);
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("kthvalue(): selected number k out of range for dimension " + d);
        }
        requireKernel(x, "kthvalue_cpu", DType.BOOL, DType.FLOAT16, DType.BFLOAT16);
        Tensor[] r = selecting(KTHVALUE, x, d, keepdim, () -> {
            int[] shape = x.sizes();
            int rank = x.dim();
            int[] outShape = rank == 0 ? shape : Shapes.reduceShape(shape, new int[] {d}, keepdim);
            Tensor values = Torch.empty(like(x, x.dtype()), outShape);
            Tensor indices = Torch.empty(like(x, DType.INT64), outShape);
            Operands.backend(values).kthvalue(Operands.of(x), d, k, Reductions.keptDim(values, d, rank),
                    Reductions.keptDim(indices, d, rank));
            return new Tensor[] {values, indices};
        });
        return new ReturnTypes.Kthvalue(r[0], r[1]);
    }

    // ---------------------------------------------------------------- value-selecting ops: recording and backward

    /**
     * Records an op returning (values, indices) whose values are input elements: the gradient is
     * scattered back to the positions the indices name (PyTorch's value_selecting_reduction_backward).
     */
    static Tensor[] selecting(OpDef op, Tensor x, int dim, boolean keepdim, Supplier<Tensor[]> forward) {
        int[] shape = x.sizes();
        return Dispatch.applyMulti(op, new Tensor[] {x}, forward,
                (ctx, g) -> new Tensor[] {valueSelectingBackward(g[0], dim, ctx.output(1), shape, keepdim)}, 1);
    }

    /** Zeros of the input's shape with {@code grad} placed at {@code indices} along {@code dim}. */
    static Tensor valueSelectingBackward(Tensor grad, int dim, Tensor indices, int[] shape, boolean keepdim) {
        if (shape.length == 0) {
            return grad;
        }
        if (!keepdim) {
            grad = grad.unsqueeze(dim);
            indices = indices.unsqueeze(dim);
        }
        return Operands.zerosLike(grad, shape).scatterAdd(dim, indices, grad);
    }

    // ---------------------------------------------------------------- cumsum / cumprod

    /**
     * Running sum along {@code dim}; integer and bool inputs give int64 unless {@code dtype} (nullable)
     * says otherwise. PyTorch: {@code torch.cumsum}.
     */
    public static Tensor cumsum(Tensor x, int dim, DType dtype) {
        return scan(CUMSUM, "cumsum", x, dim, dtype, false);
    }

    /** Running product along {@code dim}, with cumsum's dtype rules. PyTorch: {@code torch.cumprod}. */
    public static Tensor cumprod(Tensor x, int dim, DType dtype) {
        return scan(CUMPROD, "cumprod", x, dim, dtype, true);
    }

    private static Tensor scan(OpDef op, String name, Tensor x, int dim, DType dtype, boolean product) {
        int d = Shapes.wrapDim(dim, x.dim());
        DType out = dtype != null ? dtype : x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        requireKernel(out, name + "_out_cpu", DType.FLOAT16);
        return Dispatch.apply(op, new Tensor[] {x}, () -> {
            Tensor in = x.to(out);
            Tensor r = Torch.empty(like(x, out), x.sizes());
            Operands.backend(r).scan(Operands.of(in), d, product, Operands.of(r));
            return r;
        }, product ? (ctx, g) -> new Tensor[] {cumprodBackward(g[0], ctx.input(0), d, ctx.output())}
                : (ctx, g) -> new Tensor[] {g[0].numel() <= 1 || g[0].size(d) == 1 ? g[0] : reversedCumsum(g[0], d)});
    }

    /**
     * d cumprod(x)_j / d x_k summed with the gradient: sum over j &gt;= k of g_j * prod(x_i, i &lt;= j,
     * i != k). Without zeros this is the reversed cumsum of g*y divided by x; with zeros PyTorch uses
     * an O(n) pass when no graph is being built and an O(n^2) differentiable formula otherwise.
     */
    private static Tensor cumprodBackward(Tensor g, Tensor x, int d, Tensor y) {
        if (x.numel() <= 1 || x.size(d) == 1) {
            return g;
        }
        if (!x.eq(0).any().itemBool()) {
            return reversedCumsum(y.mul(g), d).div(x);
        }
        if (!GradMode.isEnabled()) {
            Tensor r = Torch.empty(like(x, y.dtype()), x.sizes());
            Operands.backend(r).cumprodGradWithZeros(Operands.of(x), Operands.of(g), Operands.of(y), d, Operands.of(r));
            return r;
        }
        Tensor pos = positions(x.size(d), d, x.dim());
        Tensor result = null;
        for (int k = 0; k < x.size(d); k++) {
            Tensor isK = pos.eq(k);
            // cumprod of x with x_k set to 1 holds prod(x_i, i <= j, i != k) for every j >= k
            Tensor others = Torch.where(isK, 1.0, x).cumprod(d);
            Tensor gradK = g.mul(others).mul(pos.ge(k)).sum(new int[] {d}, true).mul(isK);
            result = result == null ? gradK : result.add(gradK);
        }
        return result;
    }

    /** Reverses {@code t} along {@code d} (differentiable; PyTorch's flip). */
    static Tensor flip(Tensor t, int d) {
        int n = t.size(d);
        long[] reversed = new long[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        return GatherScatterOps.gather(t, d, alongDim(reversed, d, t.sizes()));
    }

    /** Sums from each position to the end along {@code d}, in that order (PyTorch's reversed_cumsum). */
    static Tensor reversedCumsum(Tensor t, int d) {
        return flip(flip(t, d).cumsum(d), d);
    }

    /** Products of the elements before each position along {@code d} (1 at the first). */
    static Tensor exclusiveCumprod(Tensor t, int d) {
        int n = t.size(d);
        long[] previous = new long[n];
        for (int i = 1; i < n; i++) {
            previous[i] = i - 1;
        }
        Tensor shifted = GatherScatterOps.gather(t, d, alongDim(previous, d, t.sizes()));
        return Torch.where(positions(n, d, t.dim()).eq(0), 1.0, shifted).cumprod(d);
    }

    // an int64 index holding values[i] at position i along dim, broadcast to shape (for gather)
    private static Tensor alongDim(long[] values, int dim, int[] shape) {
        int[] s = new int[shape.length];
        java.util.Arrays.fill(s, 1);
        s[dim] = values.length;
        return Torch.fromArray(values, values.length).view(s).expand(shape);
    }

    // 0, 1, ..., n-1 along dim d of an otherwise size-1 tensor of the given rank
    private static Tensor positions(int n, int d, int rank) {
        int[] shape = new int[rank];
        java.util.Arrays.fill(shape, 1);
        shape[d] = n;
        return Torch.arange(n).view(shape);
    }

    // ---------------------------------------------------------------- helpers

    private static TensorOptions like(Tensor x, DType dtype) {
        return Torch.options().dtype(dtype).device(x.device());
    }

    /** PyTorch's dispatch error for dtypes a CPU kernel is not compiled for. */
    static void requireKernel(Tensor x, String kernel, DType... missing) {
        requireKernel(x.dtype(), kernel, missing);
    }

    static void requireKernel(DType dtype, String kernel, DType... missing) {
        for (DType m : missing) {
            if (dtype == m) {
                throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                        + TypePromotion.scalarTypeName(dtype) + "'");
            }
        }
    }
}

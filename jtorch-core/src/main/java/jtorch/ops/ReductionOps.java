package jtorch.ops;

import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.kernels.ReduceOp;

/** Reductions: sum, mean, prod, max/min (+indices), argmax/argmin, std/var, norm, logsumexp, any/all. */
public final class ReductionOps {
    static final OpDef SUM = OpDef.of("sum");
    static final OpDef SUM_DIM = OpDef.of("sum", 1);
    static final OpDef MEAN = OpDef.of("mean");
    static final OpDef MEAN_DIM = OpDef.of("mean", 1);

    private ReductionOps() {
    }

    /** Sum over {@code dims} (null: all). Integer and bool inputs sum to int64, as in PyTorch. */
    public static Tensor sum(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        DType out = dtype != null ? dtype : x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        int[] shape = x.shape();
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
        int[] shape = x.shape();
        int count = Reductions.count(shape, d);
        return Dispatch.apply(dims == null ? MEAN : MEAN_DIM, new Tensor[] {x}, () -> {
            Tensor s = Reductions.reduce(ReduceOp.SUM, x, d, keepdim, x.dtype(), x.dtype());
            return s.div(count);
        }, (ctx, g) -> new Tensor[] {Reductions.unsqueezeReduced(g[0], d, keepdim).expand(shape).div(count)});
    }

    // ---- to be completed in the reductions work package ----

    public static Tensor prod(Tensor x) {
        throw new UnsupportedOperationException("prod: not implemented yet");
    }

    public static Tensor prod(Tensor x, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("prod: not implemented yet");
    }

    public static Tensor max(Tensor x) {
        throw new UnsupportedOperationException("max: not implemented yet");
    }

    public static ReturnTypes.Max max(Tensor x, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("max: not implemented yet");
    }

    public static Tensor min(Tensor x) {
        throw new UnsupportedOperationException("min: not implemented yet");
    }

    public static ReturnTypes.Min min(Tensor x, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("min: not implemented yet");
    }

    public static Tensor argmax(Tensor x, Integer dim, boolean keepdim) {
        throw new UnsupportedOperationException("argmax: not implemented yet");
    }

    public static Tensor argmin(Tensor x, Integer dim, boolean keepdim) {
        throw new UnsupportedOperationException("argmin: not implemented yet");
    }

    public static Tensor std(Tensor x, int[] dims, double correction, boolean keepdim) {
        throw new UnsupportedOperationException("std: not implemented yet");
    }

    public static Tensor var(Tensor x, int[] dims, double correction, boolean keepdim) {
        throw new UnsupportedOperationException("var: not implemented yet");
    }

    public static Tensor norm(Tensor x, double p, int[] dims, boolean keepdim) {
        throw new UnsupportedOperationException("norm: not implemented yet");
    }

    public static Tensor norm(Tensor x, String p, int[] dims, boolean keepdim) {
        throw new UnsupportedOperationException("norm: not implemented yet");
    }

    public static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
        throw new UnsupportedOperationException("logsumexp: not implemented yet");
    }

    public static Tensor countNonzero(Tensor x, int[] dims) {
        throw new UnsupportedOperationException("count_nonzero: not implemented yet");
    }

    public static Tensor any(Tensor x) {
        throw new UnsupportedOperationException("any: not implemented yet");
    }

    public static Tensor any(Tensor x, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("any: not implemented yet");
    }

    public static Tensor all(Tensor x) {
        throw new UnsupportedOperationException("all: not implemented yet");
    }

    public static Tensor all(Tensor x, int dim, boolean keepdim) {
        throw new UnsupportedOperationException("all: not implemented yet");
    }
}

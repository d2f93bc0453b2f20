package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Scans and differences along one dim: cummax/cummin (with the index each running value came from),
 * logcumsumexp and diff. Each op's checks, forward and backward sit together; the scans' loops are the
 * backend's, diff composes narrow and sub as PyTorch does.
 */
public final class CumulativeOps {
    static final OpDef CUMMAX = OpDef.of("cummax", Saves.OUTPUT);
    static final OpDef CUMMIN = OpDef.of("cummin", Saves.OUTPUT);
    static final OpDef LOGCUMSUMEXP = OpDef.of("logcumsumexp", Saves.inputs(0).andOutput());

    private CumulativeOps() {
    }

    // ---------------------------------------------------------------- cummax / cummin

    /**
     * Running maximum along {@code dim} and the index of the element it came from (a later equal element takes
     * over; a NaN takes over and stays). The gradient goes to those indices. PyTorch: {@code torch.cummax}.
     */
    public static ReturnTypes.Cummax cummax(Tensor x, int dim) {
        Tensor[] r = cumExtreme(CUMMAX, x, dim, true);
        return new ReturnTypes.Cummax(r[0], r[1]);
    }

    /** Running minimum along {@code dim} and its indices; see {@link #cummax}. PyTorch: {@code torch.cummin}. */
    public static ReturnTypes.Cummin cummin(Tensor x, int dim) {
        Tensor[] r = cumExtreme(CUMMIN, x, dim, false);
        return new ReturnTypes.Cummin(r[0], r[1]);
    }

    private static Tensor[] cumExtreme(OpDef op, Tensor x, int dim, boolean max) {
        int d = Shapes.wrapDim(dim, x.dim());
        SortOps.requireKernel(x, max ? "cummax_cpu" : "cummin_cpu", DType.FLOAT16);
        return SortOps.selecting(op, x, d, true, () -> {
            Tensor values = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
            Tensor indices = Operands.empty(Torch.options().dtype(DType.INT64).device(x.device()), x.sizes());
            if (x.numel() > 0) {
                Operands.backend(values).cumExtreme(Operands.of(x), d, max, Operands.of(values), Operands.of(indices));
            }
            return new Tensor[] {values, indices};
        });
    }

    // ---------------------------------------------------------------- logcumsumexp

    /**
     * log(cumsum(exp(x))) along {@code dim}, each step PyTorch's stable log-add-exp in double. Floating inputs
     * only. PyTorch: {@code torch.logcumsumexp(input, dim)}.
     */
    public static Tensor logcumsumexp(Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (!x.dtype().isFloatingPoint() || x.dtype() == DType.FLOAT16) {
            throw new IllegalArgumentException("\"logcumsumexp_out_cpu\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        return Dispatch.apply(LOGCUMSUMEXP, new Tensor[] {x}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
            if (x.numel() > 0) {
                Operands.backend(out).logcumsumexp(Operands.of(x), d, Operands.of(out));
            }
            return out;
        }, (ctx, g) -> new Tensor[] {logcumsumexpBackward(g[0], ctx.input(0), ctx.output(), d)});
    }

    // PyTorch's logcumsumexp_backward: the positive and negative parts of grad go through log space separately,
    // each as a reversed logcumsumexp, so large results never overflow
    private static Tensor logcumsumexpBackward(Tensor grad, Tensor x, Tensor result, int d) {
        if (grad.dim() == 0 || grad.numel() == 0) {
            return grad;
        }
        double lowest = grad.dtype() == DType.FLOAT64 ? -Double.MAX_VALUE : -Float.MAX_VALUE;
        Tensor logPositive = Torch.where(grad.gt(0), grad.log(), lowest);
        Tensor logNegative = Torch.where(grad.lt(0), grad.neg().log(), lowest);
        Tensor positive = reversedLogcumsumexp(logPositive.sub(result), d).add(x).exp();
        Tensor negative = reversedLogcumsumexp(logNegative.sub(result), d).add(x).exp();
        return positive.sub(negative);
    }

    private static Tensor reversedLogcumsumexp(Tensor t, int d) {
        return logcumsumexp(t.flip(d), d).flip(d);
    }

    // ---------------------------------------------------------------- diff

    /**
     * The n-th forward difference along {@code dim}, after concatenating {@code prepend} and {@code append}
     * (nullable, x's rank) around x; bool tensors use xor. PyTorch:
     * {@code torch.diff(input, n=1, dim=-1, prepend=None, append=None)}.
     */
    public static Tensor diff(Tensor x, int n, int dim, Tensor prepend, Tensor append) {
        if (x.dim() < 1) {
            throw new IllegalArgumentException("diff expects input to be at least one-dimensional");
        }
        checkAttachable(x, prepend, dim);
        checkAttachable(x, append, dim);
        if (n == 0) {
            // PyTorch copies the input into zeros_like(input) (CopyBackwards), ignoring prepend and append
            return Dispatch.apply(CopyOps.COPY_, new Tensor[] {x}, () -> {
                Tensor copy = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
                CopyOps.copyInto(copy, x);
                return copy;
            }, (ctx, g) -> new Tensor[] {g[0]});
        }
        Tensor r = x;
        if (prepend != null || append != null) {
            List<Tensor> parts = new ArrayList<>();
            if (prepend != null) {
                parts.add(prepend);
            }
            parts.add(x);
            if (append != null) {
                parts.add(append);
            }
            r = Torch.cat(parts, dim);
        }
        int d = Shapes.wrapDim(dim, r.dim());
        int length = r.size(d) - 1;
        int steps = Math.min(n, r.size(d));
        boolean bool = r.dtype() == DType.BOOL;
        for (int i = 0; i < steps; i++, length--) {
            Tensor later = r.narrow(d, 1, length);
            Tensor earlier = r.narrow(d, 0, length);
            r = bool ? later.logicalXor(earlier) : later.sub(earlier);
        }
        return r;
    }

    private static void checkAttachable(Tensor x, Tensor other, int dim) {
        if (other == null) {
            return;
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (other.dim() != x.dim()) {
            throw new IllegalArgumentException("diff expects prepend or append to be the same dimension as input");
        }
        for (int i = 0; i < other.dim(); i++) {
            if (other.size(i) != x.size(i) && i != d) {
                throw new IllegalArgumentException("diff expects the shape of tensor to prepend or append to match "
                        + "that of input except along the differencing dimension; input.size(" + i + ") = "
                        + x.size(i) + ", but got tensor.size(" + i + ") = " + other.size(i));
            }
        }
    }
}

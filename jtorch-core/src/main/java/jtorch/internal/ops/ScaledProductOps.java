package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;

/**
 * beta * input + alpha * product: addmm (matrix product), addbmm (sum of a batch of products), baddbmm (batched
 * products), addmv (matrix-vector) and addr (outer product), and their in-place forms. Each forward composes the
 * product primitive of {@link LinalgOps}; each backward scales the gradient as PyTorch's formulas.
 */
public final class ScaledProductOps {
    static final OpDef ADDMM = OpDef.of("addmm", Saves.crossed(1));
    static final OpDef ADDBMM = OpDef.of("addbmm", Saves.crossed(1));
    static final OpDef BADDBMM = OpDef.of("baddbmm", Saves.crossed(1));
    static final OpDef ADDMV = OpDef.of("addmv", Saves.crossed(1));
    static final OpDef ADDR = OpDef.of("addr", Saves.crossed(1));

    private ScaledProductOps() {
    }

    /** The kind of product, with its forward and the gradients of its two factors. */
    private enum Kind {
        MM(ADDMM), BMM_SUM(ADDBMM), BMM(BADDBMM), MV(ADDMV), OUTER(ADDR);

        final OpDef op;

        Kind(OpDef op) {
            this.op = op;
        }

        Tensor product(Tensor a, Tensor b) {
            return switch (this) {
                case MM -> a.mm(b);
                case BMM_SUM -> a.bmm(b).sum(0);
                case BMM -> a.bmm(b);
                case MV -> a.mv(b);
                case OUTER -> {
                    checkVector(a, "vec1");
                    checkVector(b, "vec2");
                    yield LinalgOps.outer(a, b);
                }
            };
        }

        // the factors' gradients read only the other factor (the node keeps each only when the other needs a gradient)
        // and the batch size, captured as a value
        Tensor gradA(Tensor g, Tensor b, int batch) {
            return switch (this) {
                case MM -> g.mm(b.t());
                case BMM_SUM -> g.unsqueeze(0).expand(batch, g.size(0), g.size(1)).bmm(b.transpose(1, 2));
                case BMM -> g.bmm(b.transpose(1, 2));
                case MV -> LinalgOps.outer(g, b);
                case OUTER -> g.mv(b);
            };
        }

        Tensor gradB(Tensor g, Tensor a, int batch) {
            return switch (this) {
                case MM -> a.t().mm(g);
                case BMM_SUM -> a.transpose(1, 2).bmm(g.unsqueeze(0).expand(batch, g.size(0), g.size(1)));
                case BMM -> a.transpose(1, 2).bmm(g);
                case MV -> a.t().mv(g);
                case OUTER -> g.t().mv(a);
            };
        }
    }

    private static void checkVector(Tensor v, String name) {
        if (v.dim() != 1) {
            throw new IllegalArgumentException("addr: Expected 1-D argument " + name + ", but got " + v.dim() + "-D");
        }
    }

    /** PyTorch: {@code torch.addmm(input, mat1, mat2, *, beta=1, alpha=1)}. */
    public static Tensor addmm(Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(ADDMM, new Tensor[] {input, a, b}, t -> addmm(t[0], t[1], t[2], beta, alpha));
        }
        return scaled(Kind.MM, input, a, b, beta, alpha);
    }

    /** PyTorch: {@code torch.addbmm(input, batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor addbmm(Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(ADDBMM, new Tensor[] {input, a, b}, t -> addbmm(t[0], t[1], t[2], beta, alpha));
        }
        return scaled(Kind.BMM_SUM, input, a, b, beta, alpha);
    }

    /** PyTorch: {@code torch.baddbmm(input, batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor baddbmm(Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(BADDBMM, new Tensor[] {input, a, b},
                    t -> baddbmm(t[0], t[1], t[2], beta, alpha));
        }
        return scaled(Kind.BMM, input, a, b, beta, alpha);
    }

    /** PyTorch: {@code torch.addmv(input, mat, vec, *, beta=1, alpha=1)}. */
    public static Tensor addmv(Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        return scaled(Kind.MV, input, a, b, beta, alpha);
    }

    /** PyTorch: {@code torch.addr(input, vec1, vec2, *, beta=1, alpha=1)}. */
    public static Tensor addr(Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        return scaled(Kind.OUTER, input, a, b, beta, alpha);
    }

    /** PyTorch: {@code Tensor.addmm_(mat1, mat2, *, beta=1, alpha=1)}. */
    public static Tensor addmm_(Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return scaledInPlace(Kind.MM, self, a, b, beta, alpha);
    }

    /** PyTorch: {@code Tensor.addbmm_(batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor addbmm_(Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return scaledInPlace(Kind.BMM_SUM, self, a, b, beta, alpha);
    }

    /** PyTorch: {@code Tensor.baddbmm_(batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor baddbmm_(Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return scaledInPlace(Kind.BMM, self, a, b, beta, alpha);
    }

    /** PyTorch: {@code Tensor.addmv_(mat, vec, *, beta=1, alpha=1)}. */
    public static Tensor addmv_(Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return scaledInPlace(Kind.MV, self, a, b, beta, alpha);
    }

    /** PyTorch: {@code Tensor.addr_(vec1, vec2, *, beta=1, alpha=1)}. */
    public static Tensor addr_(Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return scaledInPlace(Kind.OUTER, self, a, b, beta, alpha);
    }

    private static Tensor scaled(Kind kind, Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (kind == Kind.MM && (input.dtype() != b.dtype() || a.dtype() != b.dtype())) {
            throw new IllegalArgumentException("self and mat2 must have the same dtype");
        }
        int[] inShape = input.sizes();
        int batch = a.dim() == 3 ? a.size(0) : 1;
        return Dispatch.apply(kind.op, new Tensor[] {input, a, b}, () -> combine(kind, input, a, b, beta, alpha),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? ViewOps.sumTo(scale(g[0], beta), inShape) : null,
                    ctx.needsInputGrad(1) ? scale(kind.gradA(g[0], ctx.input(2), batch), alpha) : null,
                    ctx.needsInputGrad(2) ? scale(kind.gradB(g[0], ctx.input(1), batch), alpha) : null});
    }

    private static Tensor scaledInPlace(Kind kind, Tensor self, Tensor a, Tensor b, double beta, double alpha) {
        return Dispatch.inPlace(kind.op, self, new Tensor[] {a, b}, s -> scaled(kind, s, a, b, beta, alpha), () -> {
            Tensor r = combine(kind, self, a, b, beta, alpha);
            if (!Arrays.equals(r.sizes(), self.sizes())) {
                throw new IllegalArgumentException("output with shape " + Shapes.format(self.sizes())
                        + " doesn't match the broadcast shape " + Shapes.format(r.sizes()));
            }
            CopyOps.copyInto(self, r);
        });
    }

    // beta * input + alpha * product, the input left out when beta is 0 (so its NaNs do not propagate)
    private static Tensor combine(Kind kind, Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (a.dtype() == DType.BFLOAT16 && (kind == Kind.MM || kind == Kind.BMM || kind == Kind.BMM_SUM)) {
            return bf16Combine(kind, input, a, b, beta, alpha);
        }
        Tensor p = scale(kind.product(a, b), alpha);
        if (input.dtype() != p.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(p.dtype())
                    + " but found " + TypePromotion.scalarTypeName(input.dtype()));
        }
        // the input broadcasts to the product's shape (expand checks it even when beta ignores the values)
        Tensor in = input.expand(p.sizes());
        return beta == 0 ? p : scale(in, beta).add(p);
    }

    // bfloat16 is summed in one pass with beta·input as PyTorch's kernels do (LinalgOps.bf16Product); addbmm is one
    // addmm per batch into the result, beta applied with the first
    private static Tensor bf16Combine(Kind kind, Tensor input, Tensor a, Tensor b, double beta, double alpha) {
        if (kind == Kind.MM) {
            LinalgOps.checkMm(a, b);
        } else {
            LinalgOps.checkBmm(a, b);
        }
        if (input.dtype() != a.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(a.dtype())
                    + " but found " + TypePromotion.scalarTypeName(input.dtype()));
        }
        int rows = a.size(a.dim() - 2);
        int cols = b.size(b.dim() - 1);
        Tensor in = input.expand(kind == Kind.BMM ? new int[] {a.size(0), rows, cols} : new int[] {rows, cols});
        Tensor c = beta == 0 ? null : in;
        if (kind == Kind.MM) {
            return LinalgOps.bf16Addmm(c, beta, a, b, alpha);
        }
        if (kind == Kind.BMM) {
            return LinalgOps.bf16Baddbmm(c, beta, a, b, alpha);
        }
        if (a.size(0) == 0) {
            return c == null ? Operands.zerosLike(in, rows, cols) : in.mul(beta);
        }
        Tensor r = c;
        double first = beta;
        for (int i = 0; i < a.size(0); i++) {
            r = LinalgOps.bf16Addmm(r, first, a.select(0, i), b.select(0, i), alpha);
            first = 1;
        }
        return r;
    }

    // x * c; an integral x keeps its dtype and c is truncated to an integer, as PyTorch converts beta and alpha
    private static Tensor scale(Tensor x, double c) {
        if (c == 1) {
            return x;
        }
        return x.dtype().isFloatingPoint() ? x.mul(c) : x.mul((long) c);
    }
}

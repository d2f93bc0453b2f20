package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * p-norm distances between rows: cdist (two batched sets of rows) and pdist (all pairs of one set), each under
 * PyTorch's node with a backward written from the saved inputs and distances in differentiable ops. cdist's
 * Euclidean matrix-product path (PyTorch's {@code _euclidean_dist}, taken for p = 2 on more than 25 rows or when
 * asked) is a composite, as in PyTorch.
 */
public final class CdistOps {
    static final OpDef CDIST = OpDef.withNode("cdist", "CdistBackward0", Saves.inputs(0, 1).andOutput());
    static final OpDef PDIST = OpDef.withNode("pdist", "PdistBackward0", Saves.inputs(0).andOutput());

    private CdistOps() {
    }

    // ---------------------------------------------------------------- cdist

    /**
     * The p-norm distance between each row of x1 (..., P, M) and each row of x2 (..., R, M), as (..., P, R) with
     * the batch dims broadcast. {@code computeMode} is PyTorch's: "use_mm_for_euclid_dist_if_necessary",
     * "use_mm_for_euclid_dist" or "donot_use_mm_for_euclid_dist". PyTorch: {@code torch.cdist(x1, x2, p=2.0,
     * compute_mode="use_mm_for_euclid_dist_if_necessary")}.
     */
    public static Tensor cdist(Tensor x1, Tensor x2, double p, String computeMode) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x1, x2}, t -> cdist(t[0], t[1], p, computeMode));
        }
        int mode = switch (computeMode) {
            case "use_mm_for_euclid_dist_if_necessary" -> 0;
            case "use_mm_for_euclid_dist" -> 1;
            case "donot_use_mm_for_euclid_dist" -> 2;
            default -> throw new IllegalArgumentException(computeMode + " is not a valid value for compute_mode");
        };
        if (x1.dim() < 2) {
            throw new IllegalArgumentException("cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
        }
        if (x2.dim() < 2) {
            throw new IllegalArgumentException("cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
        }
        if (x1.size(-1) != x2.size(-1)) {
            throw new IllegalArgumentException("X1 and X2 must have the same number of columns. X1: " + x1.size(-1)
                    + " X2: " + x2.size(-1));
        }
        for (String name : new String[] {"X1", "X2"}) {
            Tensor t = name.equals("X1") ? x1 : x2;
            if (!t.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("cdist only supports floating-point dtypes, " + name + " got: "
                        + TypePromotion.scalarTypeName(t.dtype()));
            }
        }
        if (!(p >= 0)) {
            throw new IllegalArgumentException("cdist only supports non-negative p values");
        }
        if (x1.dtype() != x2.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(x1.dtype())
                    + " but found " + TypePromotion.scalarTypeName(x2.dtype()));
        }
        int[] batch = Shapes.broadcast(ViewOps.remove(ViewOps.remove(x1.sizes(), x1.dim() - 1), x1.dim() - 2),
                ViewOps.remove(ViewOps.remove(x2.sizes(), x2.dim() - 1), x2.dim() - 2));
        int rows1 = x1.size(-2);
        int rows2 = x2.size(-2);
        int cols = x1.size(-1);
        int[] shape1 = withRows(batch, rows1, cols);
        int[] shape2 = withRows(batch, rows2, cols);
        boolean empty = x1.numel() == 0 || x2.numel() == 0;
        if (!empty && p == 2 && (mode == 1 || (mode == 0 && (rows1 > 25 || rows2 > 25)))) {
            int b = Shapes.numel(batch);
            Tensor d = euclidean(ViewOps.expand(x1, shape1).reshape(b, rows1, cols),
                    ViewOps.expand(x2, shape2).reshape(b, rows2, cols));
            return d.view(withRows(batch, rows1, rows2));
        }
        int[] x1Shape = x1.sizes();
        int[] x2Shape = x2.sizes();
        return Dispatch.apply(CDIST, new Tensor[] {x1, x2}, () -> norm(differences(ViewOps.expand(x1, shape1),
                ViewOps.expand(x2, shape2)), p), (ctx, g) -> {
                    Tensor a = ViewOps.expand(ctx.input(0), shape1);
                    Tensor c = ViewOps.expand(ctx.input(1), shape2);
                    Tensor weighted = normDerivative(differences(a, c), ctx.output().unsqueeze(-1), p)
                            .mul(g[0].unsqueeze(-1));
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? ViewOps.sumTo(weighted.sum(-2), x1Shape) : null,
                        ctx.needsInputGrad(1) ? ViewOps.sumTo(weighted.sum(-3).neg(), x2Shape) : null};
                });
    }

    private static int[] withRows(int[] batch, int rows, int cols) {
        int[] out = Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = rows;
        out[batch.length + 1] = cols;
        return out;
    }

    // (..., P, M) and (..., R, M) -> (..., P, R, M) of row differences
    private static Tensor differences(Tensor a, Tensor b) {
        return a.unsqueeze(-2).sub(b.unsqueeze(-3));
    }

    // the p-norm over the last dim (p = 0 counts the non-zero entries)
    private static Tensor norm(Tensor diff, double p) {
        if (p == 0) {
            return diff.ne(0L).sum(-1).to(diff.dtype());
        }
        Tensor abs = diff.abs();
        if (p == 1) {
            return abs.sum(-1);
        }
        if (p == 2) {
            return abs.square().sum(-1).sqrt();
        }
        if (Double.isInfinite(p)) {
            return diff.dim() > 0 && diff.size(-1) == 0 ? abs.sum(-1) : abs.max(-1).values();
        }
        return abs.pow(p).sum(-1).pow(1 / p);
    }

    /**
     * d||diff||_p / d diff given the norms (PyTorch's cdist and pdist backward kernels): 0 where the distance is 0
     * (and, for p < 1, where the difference is 0), sign(diff) for p = 1, the arg-max entries' signs for p = inf.
     */
    private static Tensor normDerivative(Tensor diff, Tensor dist, double p) {
        if (p == 0) {
            return Operands.zerosLike(diff, diff.sizes());
        }
        if (p == 1) {
            return diff.sign();
        }
        if (Double.isInfinite(p)) {
            return diff.sign().mul(diff.abs().eq(dist).to(diff.dtype()));
        }
        Tensor zero = dist.eq(0.0);
        if (p < 1) {
            zero = zero.logicalOr(diff.eq(0.0));
        }
        Tensor value = p == 2 ? diff.div(dist)
                : diff.sign().mul(diff.abs().pow(p - 1)).div(dist.pow(p - 1));
        return Torch.where(zero, 0.0, value);
    }

    // PyTorch's _euclidean_dist: |a|^2 + |b|^2 - 2 a.b as one batched matmul of padded rows, clamped at 0
    private static Tensor euclidean(Tensor a, Tensor b) {
        Tensor aNorm = a.pow(2).sum(-1, true);
        Tensor bNorm = b.pow(2).sum(-1, true);
        Tensor aPad = Torch.onesLike(aNorm);
        Tensor bPad = Torch.onesLike(bNorm);
        Tensor left = JoinOps.cat(List.of(a.mul(-2L), aNorm, aPad), -1);
        Tensor right = JoinOps.cat(List.of(b, bPad, bNorm), -1);
        return left.matmul(right.transpose(-1, -2)).clampMin(0.0).sqrt();
    }

    // ---------------------------------------------------------------- pdist

    /**
     * The p-norm distances between all pairs of rows i &lt; j of a 2-D input, in row-major pair order.
     * PyTorch: {@code torch.pdist(input, p=2)} ({@code F.pdist}).
     */
    public static Tensor pdist(Tensor x, double p) {
        if (x.dim() != 2) {
            throw new IllegalArgumentException("pdist only supports 2D tensors, got: " + x.dim() + "D");
        }
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("pdist only supports floating-point dtypes");
        }
        if (!(p >= 0)) {
            throw new IllegalArgumentException("pdist only supports non-negative p values");
        }
        int n = x.size(0);
        int[] xShape = x.sizes();
        return Dispatch.apply(PDIST, new Tensor[] {x}, () -> norm(pairDifferences(x, n), p), (ctx, g) -> {
            Tensor pairs = IndexLookupOps.triuIndices(Torch.options().device(g[0].device()), n, n, 1);
            Tensor weighted = normDerivative(pairDifferences(ctx.input(0), n), ctx.output().unsqueeze(-1), p)
                    .mul(g[0].unsqueeze(-1));
            // row i gains the pair's gradient, row j loses it
            Tensor grad = Operands.zerosLike(weighted, xShape);
            grad = IndexUpdateOps.indexAdd(grad, 0, pairs.select(0, 0), weighted, 1);
            return new Tensor[] {IndexUpdateOps.indexAdd(grad, 0, pairs.select(0, 1), weighted, -1)};
        });
    }

    // x[i] - x[j] for the pairs i < j, row-major: (n (n - 1) / 2, M)
    private static Tensor pairDifferences(Tensor x, int n) {
        Tensor pairs = IndexLookupOps.triuIndices(Torch.options().device(x.device()), n, n, 1);
        return x.indexSelect(0, pairs.select(0, 0)).sub(x.indexSelect(0, pairs.select(0, 1)));
    }
}

package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Norm-based comparisons of vectors along a dim, composed as in PyTorch 1.13 so values, gradients and
 * nodes agree: {@code normalize}, {@code cosine_similarity} and {@code pairwise_distance}.
 */
public final class DistanceOps {
    private DistanceOps() {
    }

    /** {@code x / max(||x||_p, eps)} along dim. PyTorch: {@code F.normalize(input, p, dim, eps)}. */
    public static Tensor normalize(Tensor x, double p, int dim, double eps) {
        Tensor denom = x.norm(p, dim, true).clampMin(eps).expandAs(x);
        return x.div(denom);
    }

    /**
     * Cosine of the angle between x1 and x2 along dim (they broadcast). PyTorch:
     * {@code F.cosine_similarity(x1, x2, dim, eps)}: as in 1.13, each input is divided by its norm
     * clamped to at least eps, and the products are summed.
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        DType common = TypePromotion.resultType(x1, x2);
        if (!common.isFloatingPoint()) {
            throw new IllegalArgumentException("expected common dtype to be floating point, yet common dtype is "
                    + TypePromotion.scalarTypeName(common));
        }
        Tensor a = x1.isFloatingPoint() ? x1 : x1.to(common);
        Tensor b = x2.isFloatingPoint() ? x2 : x2.to(common);
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        a = a.expand(shape);
        b = b.expand(shape);
        return a.div(clampedNorm(a, dim, eps)).mul(b.div(clampedNorm(b, dim, eps))).sum(dim);
    }

    // max(||x||, eps) along dim (kept). PyTorch 1.13 clamps the norm in place outside the graph, so the value is
    // c = max(n, eps) while the graph still differentiates the norm, with its gradient read as x / c:
    // c + (n - n.detach()) · n / c has the value c, the gradient x / c, and (through n) the norm's own second
    // derivative, as PyTorch's double backward has.
    private static Tensor clampedNorm(Tensor x, int dim, double eps) {
        Tensor n = x.norm(2, dim, true);
        Tensor nd = n.detach();
        Tensor c = nd.clampMin(eps);
        return c.add(n.sub(nd).mul(nd.div(c)));
    }

    /**
     * p-norm of {@code x1 - x2 + eps} over the last dim of the broadcast shape. PyTorch:
     * {@code F.pairwise_distance(x1, x2, p, eps, keepdim)}.
     */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        int last = Math.max(x1.dim(), x2.dim()) - 1;
        return x1.sub(x2).add(eps).norm(p, last, keepdim);
    }
}

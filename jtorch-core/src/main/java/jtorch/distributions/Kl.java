package jtorch.distributions;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * KL(p || q) for the pairs PyTorch registers among this package's distributions, with PyTorch's formulas (so the
 * same numbers and gradients). PyTorch: {@code torch.distributions.kl.kl_divergence(p, q)}.
 */
public final class Kl {
    private Kl() {
    }

    /**
     * The KL divergence from q to p, element-wise over the batch.
     *
     * @throws UnsupportedOperationException for a pair PyTorch registers no formula for
     */
    public static Tensor klDivergence(Distribution p, Distribution q) {
        if (p instanceof Bernoulli a && q instanceof Bernoulli b) {
            return bernoulliBernoulli(a, b);
        }
        if (p instanceof Categorical a && q instanceof Categorical b) {
            return categoricalCategorical(a, b);
        }
        if (p instanceof Exponential a && q instanceof Exponential b) {
            Tensor rateRatio = b.rate().div(a.rate());
            return rateRatio.log().neg().add(rateRatio).sub(1L);
        }
        if (p instanceof Normal a && q instanceof Normal b) {
            Tensor varRatio = a.scale().div(b.scale()).pow(2L);
            Tensor t1 = a.loc().sub(b.loc()).div(b.scale()).pow(2L);
            return varRatio.add(t1).sub(1L).sub(varRatio.log()).mul(0.5);
        }
        if (p instanceof Uniform a && q instanceof Uniform b) {
            Tensor result = b.high().sub(b.low()).div(a.high().sub(a.low())).log();
            return result.maskedFill(b.low().gt(a.low()).logicalOr(b.high().lt(a.high())), Double.POSITIVE_INFINITY);
        }
        if (p instanceof Uniform a && q instanceof Normal b) {
            Tensor common = a.high().sub(a.low());
            Tensor t1 = b.scale().mul(Math.sqrt(Math.PI * 2)).div(common).log();
            Tensor t2 = common.pow(2L).div(12L);
            Tensor t3 = a.high().add(a.low()).sub(b.loc().mul(2L)).div(2L).pow(2L);
            return t1.add(t2.add(t3).mul(0.5).div(b.scale().pow(2L)));
        }
        if (p instanceof Uniform a && q instanceof Exponential b) {
            Tensor result = b.rate().mul(a.high().add(a.low())).div(2L).sub(a.high().sub(a.low()).mul(b.rate()).log());
            return result.maskedFill(a.low().lt(0.0), Double.POSITIVE_INFINITY);
        }
        if (p instanceof Exponential a && q instanceof Normal b) {
            Tensor varNormal = b.scale().pow(2L);
            Tensor rateSqr = a.rate().pow(2L);
            Tensor t1 = rateSqr.mul(varNormal).mul(2L).mul(Math.PI).log().mul(0.5);
            Tensor t2 = rateSqr.reciprocal();
            Tensor t3 = b.loc().div(a.rate());
            Tensor t4 = b.loc().pow(2L).mul(0.5);
            return t1.sub(1L).add(t2.sub(t3).add(t4).div(varNormal));
        }
        if (p instanceof Exponential a && q instanceof Uniform) {
            return infiniteLike(a.rate());
        }
        if (p instanceof Normal a && (q instanceof Exponential || q instanceof Uniform)) {
            return infiniteLike(a.loc());
        }
        throw new UnsupportedOperationException("No KL(p || q) is implemented for p = "
                + p.getClass().getSimpleName() + " and q = " + q.getClass().getSimpleName());
    }

    private static Tensor infiniteLike(Tensor t) {
        return Torch.fullLike(t, Double.POSITIVE_INFINITY);
    }

    private static Tensor bernoulliBernoulli(Bernoulli p, Bernoulli q) {
        Tensor t1 = p.probs().mul(F.softplus(q.logits().neg()).sub(F.softplus(p.logits().neg())));
        t1 = t1.maskedFill(q.probs().eq(0.0), Double.POSITIVE_INFINITY).maskedFill(p.probs().eq(0.0), 0.0);
        Tensor t2 = p.probs().neg().add(1L).mul(F.softplus(q.logits()).sub(F.softplus(p.logits())));
        t2 = t2.maskedFill(q.probs().eq(1.0), Double.POSITIVE_INFINITY).maskedFill(p.probs().eq(1.0), 0.0);
        return t1.add(t2);
    }

    private static Tensor categoricalCategorical(Categorical p, Categorical q) {
        Tensor t = p.probs().mul(p.logits().sub(q.logits()));
        t = t.maskedFill(q.probs().eq(0.0).expandAs(t), Double.POSITIVE_INFINITY);
        t = t.maskedFill(p.probs().eq(0.0).expandAs(t), 0.0);
        return t.sum(-1);
    }
}

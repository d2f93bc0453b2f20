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
        if (p instanceof Exponential a && (q instanceof Uniform || q instanceof Beta)) {
            return infiniteLike(a.rate());
        }
        if (p instanceof Normal a && (q instanceof Exponential || q instanceof Uniform || q instanceof Beta
                || q instanceof Gamma)) {
            return infiniteLike(a.loc());
        }
        Tensor kl = gammaFamily(p, q);
        if (kl != null) {
            return kl;
        }
        throw new UnsupportedOperationException("No KL(p || q) is implemented for p = "
                + p.getClass().getSimpleName() + " and q = " + q.getClass().getSimpleName());
    }

    private static final double EULER_GAMMA = 0.57721566490153286060;

    // the pairs among Gamma, Beta, Dirichlet, Poisson and MultivariateNormal and with the other distributions
    private static Tensor gammaFamily(Distribution p, Distribution q) {
        if (p instanceof Beta a && q instanceof Beta b) {
            Tensor sumP = a.concentration1().add(a.concentration0());
            Tensor sumQ = b.concentration1().add(b.concentration0());
            Tensor t1 = b.concentration1().lgamma().add(b.concentration0().lgamma()).add(sumP.lgamma());
            Tensor t2 = a.concentration1().lgamma().add(a.concentration0().lgamma()).add(sumQ.lgamma());
            Tensor t3 = a.concentration1().sub(b.concentration1()).mul(a.concentration1().digamma());
            Tensor t4 = a.concentration0().sub(b.concentration0()).mul(a.concentration0().digamma());
            Tensor t5 = sumQ.sub(sumP).mul(sumP.digamma());
            return t1.sub(t2).add(t3).add(t4).add(t5);
        }
        if (p instanceof Dirichlet a && q instanceof Dirichlet b) {
            Tensor sumP = a.concentration().sum(-1);
            Tensor sumQ = b.concentration().sum(-1);
            Tensor t1 = sumP.lgamma().sub(sumQ.lgamma());
            Tensor t2 = a.concentration().lgamma().sub(b.concentration().lgamma()).sum(-1);
            Tensor t3 = a.concentration().sub(b.concentration());
            Tensor t4 = a.concentration().digamma().sub(sumP.digamma().unsqueeze(-1));
            return t1.sub(t2).add(t3.mul(t4).sum(-1));
        }
        if (p instanceof Gamma a && q instanceof Gamma b) {
            Tensor t1 = b.concentration().mul(a.rate().div(b.rate()).log());
            Tensor t2 = b.concentration().lgamma().sub(a.concentration().lgamma());
            Tensor t3 = a.concentration().sub(b.concentration()).mul(a.concentration().digamma());
            Tensor t4 = b.rate().sub(a.rate()).mul(a.concentration().div(a.rate()));
            return t1.add(t2).add(t3).add(t4);
        }
        if (p instanceof Poisson a && q instanceof Poisson b) {
            return a.rate().mul(a.rate().log().sub(b.rate().log())).sub(a.rate().sub(b.rate()));
        }
        if (p instanceof MultivariateNormal a && q instanceof MultivariateNormal b) {
            return MultivariateNormal.kl(a, b);
        }
        if (p instanceof Bernoulli a && q instanceof Poisson b) {
            return a.entropy().neg().sub(a.probs().mul(b.rate().log()).sub(b.rate()));
        }
        if (p instanceof Poisson a && q instanceof Bernoulli) {
            return infiniteLike(a.rate());
        }
        if (p instanceof Gamma a && (q instanceof Beta || q instanceof Uniform)) {
            return infiniteLike(a.concentration());
        }
        if (p instanceof Beta a) {
            return betaOther(a, q);
        }
        if (p instanceof Exponential a && q instanceof Gamma b) {
            Tensor ratio = b.rate().div(a.rate());
            Tensor t1 = b.concentration().neg().mul(ratio.log());
            return t1.add(ratio).add(b.concentration().lgamma()).add(b.concentration().mul(EULER_GAMMA))
                    .sub(1 + EULER_GAMMA);
        }
        if (p instanceof Gamma a && q instanceof Exponential b) {
            return a.entropy().neg().sub(b.rate().log()).add(b.rate().mul(a.concentration()).div(a.rate()));
        }
        if (p instanceof Gamma a && q instanceof Normal b) {
            Tensor c = a.concentration();
            Tensor varNormal = b.scale().pow(2L);
            Tensor betaSqr = a.rate().pow(2L);
            Tensor t1 = betaSqr.mul(varNormal).mul(2L).mul(Math.PI).log().mul(0.5).sub(c).sub(c.lgamma());
            Tensor t2 = c.pow(2L).add(c).mul(0.5).div(betaSqr);
            Tensor t3 = b.loc().mul(c).div(a.rate());
            Tensor t4 = b.loc().pow(2L).mul(0.5);
            return t1.add(c.sub(1L).mul(c.digamma())).add(t2.sub(t3).add(t4).div(varNormal));
        }
        if (p instanceof Uniform a && q instanceof Beta b) {
            Tensor common = a.high().sub(a.low());
            Tensor t1 = common.log();
            Tensor t2 = b.concentration1().sub(1L).mul(xLogX(a.high()).sub(xLogX(a.low())).sub(common)).div(common);
            Tensor t3 = b.concentration0().sub(1L).mul(xLogX(a.high().neg().add(1L)).sub(xLogX(a.low().neg().add(1L)))
                    .add(common)).div(common);
            Tensor t4 = b.concentration1().lgamma().add(b.concentration0().lgamma())
                    .sub(b.concentration1().add(b.concentration0()).lgamma());
            Tensor result = t3.add(t4).sub(t1).sub(t2);
            return result.maskedFill(a.high().gt(1.0).logicalOr(a.low().lt(0.0)), Double.POSITIVE_INFINITY);
        }
        if (p instanceof Uniform a && q instanceof Gamma b) {
            Tensor common = a.high().sub(a.low());
            Tensor t1 = common.log();
            Tensor t2 = b.concentration().lgamma().sub(b.concentration().mul(b.rate().log()));
            Tensor t3 = b.concentration().neg().add(1L).mul(xLogX(a.high()).sub(xLogX(a.low())).sub(common))
                    .div(common);
            Tensor t4 = b.rate().mul(a.high().add(a.low())).div(2L);
            Tensor result = t1.neg().add(t2).add(t3).add(t4);
            return result.maskedFill(a.low().lt(0.0), Double.POSITIVE_INFINITY);
        }
        return null;
    }

    private static Tensor betaOther(Beta p, Distribution q) {
        Tensor c1 = p.concentration1();
        Tensor c0 = p.concentration0();
        if (q instanceof Exponential b) {
            return p.entropy().neg().sub(b.rate().log()).add(b.rate().mul(c1.div(c1.add(c0))));
        }
        if (q instanceof Gamma b) {
            Tensor t1 = p.entropy().neg();
            Tensor t2 = b.concentration().lgamma().sub(b.concentration().mul(b.rate().log()));
            Tensor t3 = b.concentration().sub(1L).mul(c1.digamma().sub(c1.add(c0).digamma()));
            Tensor t4 = b.rate().mul(c1).div(c1.add(c0));
            return t1.add(t2).sub(t3).add(t4);
        }
        if (q instanceof Normal b) {
            Tensor eBeta = c1.div(c1.add(c0));
            Tensor varNormal = b.scale().pow(2L);
            Tensor t1 = p.entropy().neg();
            Tensor t2 = varNormal.mul(2L).mul(Math.PI).log().mul(0.5);
            Tensor t3 = eBeta.mul(eBeta.neg().add(1L)).div(c1.add(c0).add(1L)).add(eBeta.pow(2L)).mul(0.5);
            Tensor t4 = b.loc().mul(eBeta);
            Tensor t5 = b.loc().pow(2L).mul(0.5);
            return t1.add(t2).add(t3.sub(t4).add(t5).div(varNormal));
        }
        if (q instanceof Uniform b) {
            Tensor result = p.entropy().neg().add(b.high().sub(b.low()).log());
            return result.maskedFill(b.low().gt(0.0).logicalOr(b.high().lt(1.0)), Double.POSITIVE_INFINITY);
        }
        return null;
    }

    private static Tensor xLogX(Tensor t) {
        return t.mul(t.log());
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

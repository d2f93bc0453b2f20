package jtorch.internal.kernels.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import jtorch.internal.kernels.ScalarOptimizerSteps;

/**
 * {@link jtorch.internal.kernels.OptimizerSteps} in float vectors: the scalar loop's operations lane-wise (fma, mul,
 * sqrt, div and max are correctly rounded IEEE ops, so every lane equals the scalar result), the tail in the scalar
 * loop. The flags are loop-invariant, so their branches cost nothing per element.
 */
public final class VectorOptimizerSteps extends ScalarOptimizerSteps {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    @Override
    public void sgd(Sgd c, float[] p, int po, float[] g, int go, float[] buf, int bo, int n) {
        boolean maximize = c.maximize(), decay = c.decay(), useMomentum = c.useMomentum();
        boolean fresh = c.freshBuffer(), nesterov = c.nesterov();
        int bound = S.loopBound(n);
        FloatVector wd = FloatVector.broadcast(S, c.weightDecay());
        FloatVector mom = FloatVector.broadcast(S, c.momentum());
        FloatVector damp = FloatVector.broadcast(S, c.oneMinusDampening());
        FloatVector negLr = FloatVector.broadcast(S, c.negLr());
        for (int i = 0; i < bound; i += S.length()) {
            FloatVector d = FloatVector.fromArray(S, g, go + i);
            FloatVector pv = FloatVector.fromArray(S, p, po + i);
            if (maximize) {
                d = d.neg();
            }
            if (decay) {
                d = wd.fma(pv, d);
            }
            if (useMomentum) {
                FloatVector b = fresh ? d : damp.fma(d, FloatVector.fromArray(S, buf, bo + i).mul(mom));
                b.intoArray(buf, bo + i);
                d = nesterov ? mom.fma(b, d) : b;
            }
            negLr.fma(d, pv).intoArray(p, po + i);
        }
        super.sgd(c, p, po + bound, g, go + bound, buf, bo + bound, n - bound);
    }

    @Override
    public void adam(Adam c, float[] p, int po, float[] g, int go, float[] m, int mo, float[] v, int vo, float[] vmax,
                     int xo, int n) {
        boolean maximize = c.maximize(), decoupled = c.decoupled(), l2 = c.l2(), amsgrad = c.amsgrad();
        int bound = S.loopBound(n);
        FloatVector b1 = FloatVector.broadcast(S, c.beta1());
        FloatVector omb1 = FloatVector.broadcast(S, c.oneMinusBeta1());
        FloatVector b2 = FloatVector.broadcast(S, c.beta2());
        FloatVector omb2 = FloatVector.broadcast(S, c.oneMinusBeta2());
        FloatVector bc2Sqrt = FloatVector.broadcast(S, c.bc2Sqrt());
        FloatVector eps = FloatVector.broadcast(S, c.eps());
        FloatVector negStep = FloatVector.broadcast(S, c.negStepSize());
        FloatVector wd = FloatVector.broadcast(S, c.weightDecay());
        FloatVector decay = FloatVector.broadcast(S, c.decayFactor());
        for (int i = 0; i < bound; i += S.length()) {
            FloatVector gv = FloatVector.fromArray(S, g, go + i);
            FloatVector pv = FloatVector.fromArray(S, p, po + i);
            if (maximize) {
                gv = gv.neg();
            }
            if (decoupled) {
                pv = pv.mul(decay);
            } else if (l2) {
                gv = wd.fma(pv, gv);
            }
            FloatVector mv = omb1.fma(gv, FloatVector.fromArray(S, m, mo + i).mul(b1));
            FloatVector vv = omb2.mul(gv).fma(gv, FloatVector.fromArray(S, v, vo + i).mul(b2));
            mv.intoArray(m, mo + i);
            vv.intoArray(v, vo + i);
            if (amsgrad) {
                vv = FloatVector.fromArray(S, vmax, xo + i).lanewise(VectorOperators.MAX, vv);
                vv.intoArray(vmax, xo + i);
            }
            FloatVector denom = vv.sqrt().div(bc2Sqrt).add(eps);
            pv.add(negStep.mul(mv).div(denom)).intoArray(p, po + i);
        }
        super.adam(c, p, po + bound, g, go + bound, m, mo + bound, v, vo + bound, vmax, xo + bound, n - bound);
    }

    @Override
    public void rmsprop(Rmsprop c, float[] p, int po, float[] g, int go, float[] sq, int so, float[] buf, int bo,
                        float[] avg, int ao, int n) {
        boolean maximize = c.maximize(), decay = c.decay(), centered = c.centered(), useMomentum = c.useMomentum();
        int bound = S.loopBound(n);
        FloatVector alpha = FloatVector.broadcast(S, c.alpha());
        FloatVector oneMinusAlpha = FloatVector.broadcast(S, c.oneMinusAlpha());
        FloatVector eps = FloatVector.broadcast(S, c.eps());
        FloatVector negLr = FloatVector.broadcast(S, c.negLr());
        FloatVector wd = FloatVector.broadcast(S, c.weightDecay());
        FloatVector mom = FloatVector.broadcast(S, c.momentum());
        for (int i = 0; i < bound; i += S.length()) {
            FloatVector gv = FloatVector.fromArray(S, g, go + i);
            FloatVector pv = FloatVector.fromArray(S, p, po + i);
            if (maximize) {
                gv = gv.neg();
            }
            if (decay) {
                gv = wd.fma(pv, gv);
            }
            FloatVector sv = oneMinusAlpha.mul(gv).fma(gv, FloatVector.fromArray(S, sq, so + i).mul(alpha));
            sv.intoArray(sq, so + i);
            FloatVector root;
            if (centered) {
                FloatVector a = oneMinusAlpha.fma(gv, FloatVector.fromArray(S, avg, ao + i).mul(alpha));
                a.intoArray(avg, ao + i);
                root = a.neg().fma(a, sv).sqrt();
            } else {
                root = sv.sqrt();
            }
            FloatVector denom = root.add(eps);
            if (useMomentum) {
                FloatVector b = FloatVector.fromArray(S, buf, bo + i).mul(mom).add(gv.div(denom));
                b.intoArray(buf, bo + i);
                negLr.fma(b, pv).intoArray(p, po + i);
            } else {
                pv.add(negLr.mul(gv).div(denom)).intoArray(p, po + i);
            }
        }
        super.rmsprop(c, p, po + bound, g, go + bound, sq, so + bound, buf, bo + bound, avg, ao + bound, n - bound);
    }

    @Override
    public void adagrad(Adagrad c, float[] p, int po, float[] g, int go, float[] sum, int so, int n) {
        boolean maximize = c.maximize(), decay = c.decay();
        int bound = S.loopBound(n);
        FloatVector negClr = FloatVector.broadcast(S, c.negClr());
        FloatVector eps = FloatVector.broadcast(S, c.eps());
        FloatVector wd = FloatVector.broadcast(S, c.weightDecay());
        for (int i = 0; i < bound; i += S.length()) {
            FloatVector gv = FloatVector.fromArray(S, g, go + i);
            FloatVector pv = FloatVector.fromArray(S, p, po + i);
            if (maximize) {
                gv = gv.neg();
            }
            if (decay) {
                gv = wd.fma(pv, gv);
            }
            FloatVector sv = gv.fma(gv, FloatVector.fromArray(S, sum, so + i));
            sv.intoArray(sum, so + i);
            pv.add(negClr.mul(gv).div(sv.sqrt().add(eps))).intoArray(p, po + i);
        }
        super.adagrad(c, p, po + bound, g, go + bound, sum, so + bound, n - bound);
    }
}

package jtorch.internal.kernels;

/** {@link OptimizerSteps} as plain float loops (the scalar provider's, and the vector loops' tails). */
public class ScalarOptimizerSteps implements OptimizerSteps {
    @Override
    public void sgd(Sgd c, float[] p, int po, float[] g, int go, float[] buf, int bo, int n) {
        boolean maximize = c.maximize(), decay = c.decay(), useMomentum = c.useMomentum();
        boolean fresh = c.freshBuffer(), nesterov = c.nesterov();
        for (int i = 0; i < n; i++) {
            float d = maximize ? -g[go + i] : g[go + i];
            float pv = p[po + i];
            if (decay) {
                d = Math.fma(c.weightDecay(), pv, d);
            }
            if (useMomentum) {
                float b = fresh ? d : Math.fma(c.oneMinusDampening(), d, buf[bo + i] * c.momentum());
                buf[bo + i] = b;
                d = nesterov ? Math.fma(c.momentum(), b, d) : b;
            }
            p[po + i] = Math.fma(c.negLr(), d, pv);
        }
    }

    @Override
    public void adam(Adam c, float[] p, int po, float[] g, int go, float[] m, int mo, float[] v, int vo, float[] vmax,
                     int xo, int n) {
        boolean maximize = c.maximize(), decoupled = c.decoupled(), l2 = c.l2(), amsgrad = c.amsgrad();
        for (int i = 0; i < n; i++) {
            float gv = maximize ? -g[go + i] : g[go + i];
            float pv = p[po + i];
            if (decoupled) {
                pv = pv * c.decayFactor();
            } else if (l2) {
                gv = Math.fma(c.weightDecay(), pv, gv);
            }
            float mv = Math.fma(c.oneMinusBeta1(), gv, m[mo + i] * c.beta1());
            float vv = Math.fma(c.oneMinusBeta2() * gv, gv, v[vo + i] * c.beta2());
            m[mo + i] = mv;
            v[vo + i] = vv;
            if (amsgrad) {
                vv = Math.max(vmax[xo + i], vv);
                vmax[xo + i] = vv;
            }
            float denom = (float) Math.sqrt(vv) / c.bc2Sqrt() + c.eps();
            p[po + i] = pv + c.negStepSize() * mv / denom;
        }
    }

    @Override
    public void rmsprop(Rmsprop c, float[] p, int po, float[] g, int go, float[] sq, int so, float[] buf, int bo,
                        float[] avg, int ao, int n) {
        boolean maximize = c.maximize(), decay = c.decay(), centered = c.centered(), useMomentum = c.useMomentum();
        for (int i = 0; i < n; i++) {
            float gv = maximize ? -g[go + i] : g[go + i];
            float pv = p[po + i];
            if (decay) {
                gv = Math.fma(c.weightDecay(), pv, gv);
            }
            float sv = Math.fma(c.oneMinusAlpha() * gv, gv, sq[so + i] * c.alpha());
            sq[so + i] = sv;
            float root;
            if (centered) {
                float a = Math.fma(c.oneMinusAlpha(), gv, avg[ao + i] * c.alpha());
                avg[ao + i] = a;
                root = (float) Math.sqrt(Math.fma(-a, a, sv));
            } else {
                root = (float) Math.sqrt(sv);
            }
            float denom = root + c.eps();
            if (useMomentum) {
                float b = buf[bo + i] * c.momentum() + gv / denom;
                buf[bo + i] = b;
                p[po + i] = Math.fma(c.negLr(), b, pv);
            } else {
                p[po + i] = pv + c.negLr() * gv / denom;
            }
        }
    }

    @Override
    public void adagrad(Adagrad c, float[] p, int po, float[] g, int go, float[] sum, int so, int n) {
        boolean maximize = c.maximize(), decay = c.decay();
        for (int i = 0; i < n; i++) {
            float gv = maximize ? -g[go + i] : g[go + i];
            float pv = p[po + i];
            if (decay) {
                gv = Math.fma(c.weightDecay(), pv, gv);
            }
            float sv = Math.fma(gv, gv, sum[so + i]);
            sum[so + i] = sv;
            p[po + i] = pv + c.negClr() * gv / ((float) Math.sqrt(sv) + c.eps());
        }
    }
}

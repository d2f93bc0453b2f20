package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Averaged stochastic gradient descent. PyTorch: {@code torch.optim.ASGD(params, lr=1e-2, lambd=1e-4, alpha=0.75,
 * t0=1e6, weight_decay=0, maximize=False)}; the running average is the state {@code "ax"}.
 *
 * <pre>{@code
 * new ASGD(net.parameters(), ASGD.options().lr(0.05).t0(3));
 * }</pre>
 */
public class ASGD extends Optimizer {
    /** Keyword arguments of {@code torch.optim.ASGD}. */
    public static final class Options extends Optimizer.Options<Options> {
        double lambd = 1e-4;
        double alpha = 0.75;
        double t0 = 1e6;

        Options() {
            super(1e-2, 0);
        }

        /** {@code lambd=1e-4} (decay term). */
        public Options lambd(double v) {
            lambd = v;
            return this;
        }

        /** {@code alpha=0.75} (power for the eta update). */
        public Options alpha(double v) {
            alpha = v;
            return this;
        }

        /** {@code t0=1e6} (step at which averaging starts). */
        public Options t0(double v) {
            t0 = v;
            return this;
        }

        Map<String, Object> defaults() {
            checkLr();
            checkWeightDecay();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("lambd", lambd);
            d.put("alpha", alpha);
            d.put("t0", t0);
            d.put("weight_decay", weightDecay);
            d.put("foreach", null);
            d.put("maximize", maximize);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-2}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code ASGD(params)}. */
    public ASGD(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code ASGD(params, lr)}. */
    public ASGD(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code ASGD(params, lr=..., ...)}. */
    public ASGD(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code ASGD([{'params': ...}, ...], lr=..., ...)}. */
    public ASGD(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double lambd = g.getDouble("lambd");
        double alpha = g.getDouble("alpha");
        double t0 = g.getDouble("t0");
        double wd = g.getDouble("weight_decay");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            double step = incrementStep(p);
            Tensor etaT = stateTensor(p, "eta", () -> Torch.scalarTensor(lr, DType.FLOAT32));
            Tensor muT = stateTensor(p, "mu", () -> Torch.scalarTensor(1.0, DType.FLOAT32));
            Flat ax = Flat.of(stateTensor(p, "ax", () -> Torch.zerosLike(p)));
            double eta = etaT.item();
            double mu = muT.item();
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                pv = P.mul(pv, 1 - lambd * eta);
                pv = P.addAlpha(pv, gv, -eta);
                pf.set(i, pv);
                double a = ax.get(i);
                ax.set(i, mu != 1 ? P.r(a + P.r(P.r(pv - a) * P.r(mu))) : pv);
            }
            pf.commit();
            ax.commit();
            etaT.fill_(lr / Math.pow(1 + lambd * lr * step, alpha));
            muT.fill_(1 / Math.max(1, step - t0));
        });
    }
}

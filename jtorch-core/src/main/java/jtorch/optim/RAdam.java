package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Rectified Adam. PyTorch: {@code torch.optim.RAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0)}.
 *
 * <pre>{@code
 * new RAdam(net.parameters(), RAdam.options().lr(1e-3).weightDecay(1e-4));
 * }</pre>
 */
public class RAdam extends Optimizer {
    /** Keyword arguments of {@code torch.optim.RAdam}. */
    public static final class Options extends AdamLikeOptions<Options> {
        Options() {
            super(1e-3, 0);
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(true);
            d.put("foreach", null);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-3}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code RAdam(params)}. */
    public RAdam(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code RAdam(params, lr)}. */
    public RAdam(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code RAdam(params, lr=..., ...)}. */
    public RAdam(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code RAdam([{'params': ...}, ...], lr=..., ...)}. */
    public RAdam(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double[] betas = g.getPair("betas");
        double b1 = betas[0];
        double b2 = betas[1];
        double eps = g.getDouble("eps");
        double wd = g.getDouble("weight_decay");
        forEachWithGrad(g, (p, grad) -> {
            double step = incrementStep(p);
            Flat m = Flat.of(stateTensor(p, "exp_avg", () -> Torch.zerosLike(p)));
            Flat v = Flat.of(stateTensor(p, "exp_avg_sq", () -> Torch.zerosLike(p)));
            double bc1 = 1 - Math.pow(b1, step);
            double bc2 = 1 - Math.pow(b2, step);
            double rhoInf = 2 / (1 - b2) - 1;
            double rhoT = rhoInf - 2 * step * Math.pow(b2, step) / bc2;
            boolean rectify = rhoT > 5.;
            double rect = rectify
                    ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double sqrtBc2 = Math.sqrt(bc2);
            for (int i = 0; i < pf.n; i++) {
                double gv = gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double mv = P.addAlpha(P.mul(m.get(i), b1), gv, 1 - b1);
                double vv = P.addcmul(P.mul(v.get(i), b2), gv, gv, 1 - b2);
                m.set(i, mv);
                v.set(i, vv);
                double corrected = P.r(mv / P.r(bc1));
                double upd = P.mul(corrected, lr);
                if (rectify) {
                    // python float / tensor is tensor.reciprocal() * float
                    double adaptive = P.mul(P.r(1.0 / P.r(P.sqrt(vv) + P.r(eps))), sqrtBc2);
                    upd = P.mul(P.r(upd * adaptive), rect);
                }
                pf.set(i, P.addAlpha(pv, upd, -1.0));
            }
            pf.commit();
            m.commit();
            v.commit();
        });
    }
}

package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Adamax (Adam with the infinity norm). PyTorch: {@code torch.optim.Adamax(params, lr=2e-3, betas=(0.9, 0.999),
 * eps=1e-8, weight_decay=0, maximize=False)}.
 *
 * <pre>{@code
 * new Adamax(net.parameters(), Adamax.options().lr(2e-3).betas(0.8, 0.99));
 * }</pre>
 */
public class Adamax extends Optimizer {
    /** Keyword arguments of {@code torch.optim.Adamax}. */
    public static final class Options extends AdamLikeOptions<Options> {
        Options() {
            super(2e-3, 0);
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(true);
            d.put("foreach", null);
            d.put("maximize", maximize);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=2e-3}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code Adamax(params)}. */
    public Adamax(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code Adamax(params, lr)}. */
    public Adamax(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code Adamax(params, lr=..., ...)}. */
    public Adamax(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code Adamax([{'params': ...}, ...], lr=..., ...)}. */
    public Adamax(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double[] betas = g.getPair("betas");
        double eps = g.getDouble("eps");
        double wd = g.getDouble("weight_decay");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            double step = incrementStep(p);
            Flat m = Flat.of(stateTensor(p, "exp_avg", () -> Torch.zerosLike(p)));
            Flat u = Flat.of(stateTensor(p, "exp_inf", () -> Torch.zerosLike(p)));
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double clr = lr / (1 - Math.pow(betas[0], step));
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double mv = P.addAlpha(P.mul(m.get(i), betas[0]), gv, 1 - betas[0]);
                m.set(i, mv);
                double a = P.mul(u.get(i), betas[1]);
                double b = P.r(Math.abs(gv) + P.r(eps));
                // torch.amax propagates NaN
                double uv = Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
                u.set(i, uv);
                pf.set(i, P.addcdiv(pv, mv, uv, -clr));
            }
            pf.commit();
            m.commit();
            u.commit();
        });
    }
}

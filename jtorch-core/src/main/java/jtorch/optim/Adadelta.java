package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Adadelta. PyTorch: {@code torch.optim.Adadelta(params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, maximize=False)}.
 *
 * <pre>{@code
 * new Adadelta(net.parameters(), Adadelta.options().rho(0.95));
 * }</pre>
 */
public class Adadelta extends Optimizer {
    /** Keyword arguments of {@code torch.optim.Adadelta}. */
    public static final class Options extends Optimizer.Options<Options> {
        double rho = 0.9;
        double eps = 1e-6;

        Options() {
            super(1.0, 0);
        }

        /** {@code rho=0.9}. */
        public Options rho(double v) {
            rho = v;
            return this;
        }

        /** {@code eps=1e-6}. */
        public Options eps(double v) {
            eps = v;
            return this;
        }

        Map<String, Object> defaults() {
            checkLr();
            check(0.0 <= rho && rho <= 1.0, "Invalid rho value: " + py(rho));
            check(0.0 <= eps, "Invalid epsilon value: " + py(eps));
            checkWeightDecay();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("rho", rho);
            d.put("eps", eps);
            d.put("weight_decay", weightDecay);
            d.put("maximize", maximize);
            d.put("foreach", null);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1.0}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code Adadelta(params)}. */
    public Adadelta(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code Adadelta(params, lr)}. */
    public Adadelta(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code Adadelta(params, lr=..., ...)}. */
    public Adadelta(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code Adadelta([{'params': ...}, ...], lr=..., ...)}. */
    public Adadelta(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double rho = g.getDouble("rho");
        double eps = g.getDouble("eps");
        double wd = g.getDouble("weight_decay");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            incrementIntStep(p);
            Flat sq = Flat.of(stateTensor(p, "square_avg", () -> Torch.zerosLike(p)));
            Flat acc = Flat.of(stateTensor(p, "acc_delta", () -> Torch.zerosLike(p)));
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double e = P.r(eps);
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double sv = P.addcmul(P.mul(sq.get(i), rho), gv, gv, 1 - rho);
                sq.set(i, sv);
                double std = P.sqrt(P.r(sv + e));
                double delta = P.r(P.r(P.sqrt(P.r(acc.get(i) + e)) / std) * gv);
                acc.set(i, P.addcmul(P.mul(acc.get(i), rho), delta, delta, 1 - rho));
                pf.set(i, P.addAlpha(pv, delta, -lr));
            }
            pf.commit();
            sq.commit();
            acc.commit();
        });
    }
}

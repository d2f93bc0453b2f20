package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Resilient backpropagation. PyTorch: {@code torch.optim.Rprop(params, lr=1e-2, etas=(0.5, 1.2),
 * step_sizes=(1e-6, 50), maximize=False)}.
 *
 * <pre>{@code
 * new Rprop(net.parameters(), Rprop.options().lr(0.01).etas(0.4, 1.3).stepSizes(1e-5, 10));
 * }</pre>
 */
public class Rprop extends Optimizer {
    /** Keyword arguments of {@code torch.optim.Rprop}. */
    public static final class Options {
        double lr = 1e-2;
        double etaMinus = 0.5;
        double etaPlus = 1.2;
        double stepMin = 1e-6;
        double stepMax = 50;
        boolean maximize;

        Options() {
        }

        /** {@code lr=1e-2} (initial step size). */
        public Options lr(double v) {
            lr = v;
            return this;
        }

        /** {@code etas=(0.5, 1.2)}: (etaminus, etaplus). */
        public Options etas(double etaMinus, double etaPlus) {
            this.etaMinus = etaMinus;
            this.etaPlus = etaPlus;
            return this;
        }

        /** {@code step_sizes=(1e-6, 50)}: (min, max). */
        public Options stepSizes(double min, double max) {
            stepMin = min;
            stepMax = max;
            return this;
        }

        /** {@code maximize=False}. */
        public Options maximize(boolean v) {
            maximize = v;
            return this;
        }

        Map<String, Object> defaults() {
            check(0.0 <= lr, "Invalid learning rate: " + py(lr));
            check(0.0 < etaMinus && etaMinus < 1.0 && 1.0 < etaPlus,
                    "Invalid eta values: " + py(etaMinus) + ", " + py(etaPlus));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("etas", pair(etaMinus, etaPlus));
            d.put("step_sizes", pair(stepMin, stepMax));
            d.put("foreach", null);
            d.put("maximize", maximize);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-2}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code Rprop(params)}. */
    public Rprop(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code Rprop(params, lr)}. */
    public Rprop(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code Rprop(params, lr=..., ...)}. */
    public Rprop(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code Rprop([{'params': ...}, ...], lr=..., ...)}. */
    public Rprop(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double[] etas = g.getPair("etas");
        double[] sizes = g.getPair("step_sizes");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            incrementIntStep(p);
            Flat prev = Flat.of(stateTensor(p, "prev", () -> Torch.zerosLike(p)));
            Flat ss = Flat.of(stateTensor(p, "step_size", () -> Torch.fullLike(p, g.lr())));
            Prec P = Prec.of(p);
            double etaMinus = P.r(etas[0]);
            double etaPlus = P.r(etas[1]);
            double lo = P.r(sizes[0]);
            double hi = P.r(sizes[1]);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double prod = P.r(gv * prev.get(i));
                // torch.sign(nan) is 0, so NaN products take the factor 1
                double factor = prod > 0 ? etaPlus : prod < 0 ? etaMinus : 1;
                double s = P.r(ss.get(i) * factor);
                s = Double.isNaN(s) ? s : Math.min(Math.max(s, lo), hi);
                ss.set(i, s);
                if (factor == etaMinus) {
                    gv = 0;
                }
                pf.set(i, P.r(pf.get(i) - (gv > 0 ? 1 : gv < 0 ? -1 : 0) * s));
                prev.set(i, gv);
            }
            pf.commit();
            ss.commit();
            prev.commit();
        });
    }
}

package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.FusedOptimizerOps;

/**
 * Adagrad. PyTorch: {@code torch.optim.Adagrad(params, lr=1e-2, lr_decay=0, weight_decay=0,
 * initial_accumulator_value=0, eps=1e-10, maximize=False)}.
 *
 * <pre>{@code
 * new Adagrad(net.parameters(), Adagrad.options().lr(0.1).lrDecay(0.01).initialAccumulatorValue(0.1));
 * }</pre>
 */
public class Adagrad extends Optimizer {
    /** Keyword arguments of {@code torch.optim.Adagrad}. */
    public static final class Options extends Optimizer.Options<Options> {
        double lrDecay;
        double initialAccumulatorValue;
        double eps = 1e-10;

        Options() {
            super(1e-2, 0);
        }

        /** {@code lr_decay=0}. */
        public Options lrDecay(double v) {
            lrDecay = v;
            return this;
        }

        /** {@code initial_accumulator_value=0}. */
        public Options initialAccumulatorValue(double v) {
            initialAccumulatorValue = v;
            return this;
        }

        /** {@code eps=1e-10}. */
        public Options eps(double v) {
            eps = v;
            return this;
        }

        Map<String, Object> defaults() {
            checkLr();
            check(0.0 <= lrDecay, "Invalid lr_decay value: " + py(lrDecay));
            checkWeightDecay();
            check(0.0 <= initialAccumulatorValue,
                    "Invalid initial_accumulator_value value: " + py(initialAccumulatorValue));
            check(0.0 <= eps, "Invalid epsilon value: " + py(eps));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("lr_decay", lrDecay);
            d.put("eps", eps);
            d.put("weight_decay", weightDecay);
            d.put("initial_accumulator_value", initialAccumulatorValue);
            d.put("foreach", null);
            d.put("maximize", maximize);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-2}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code Adagrad(params)}. */
    public Adagrad(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code Adagrad(params, lr)}. */
    public Adagrad(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code Adagrad(params, lr=..., ...)}. */
    public Adagrad(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
        initState();
    }

    /** PyTorch: {@code Adagrad([{'params': ...}, ...], lr=..., ...)}. */
    public Adagrad(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
        initState();
    }

    // PyTorch creates Adagrad's state for every parameter in the constructor
    private void initState() {
        for (ParamGroup g : paramGroups()) {
            for (Tensor p : g.params()) {
                Map<String, Object> s = state(p);
                s.put("step", Torch.scalarTensor(0.0, DType.FLOAT32));
                s.put("sum", Torch.fullLike(p, g.getDouble("initial_accumulator_value")));
            }
        }
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double lrDecay = g.getDouble("lr_decay");
        double wd = g.getDouble("weight_decay");
        double eps = g.getDouble("eps");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            double step = incrementStep(p);
            Tensor sumT = stateTensor(p, "sum", () -> Torch.fullLike(p, g.getDouble("initial_accumulator_value")));
            if (FusedOptimizerOps.adagrad(p, grad, sumT, step, lr, lrDecay, eps, wd, maximize)) {
                return;
            }
            Flat sum = Flat.of(sumT);
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double clr = lr / (1 + (step - 1) * lrDecay);
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double sv = P.addcmul(sum.get(i), gv, gv, 1);
                sum.set(i, sv);
                double std = P.r(P.sqrt(sv) + P.r(eps));
                pf.set(i, P.addcdiv(pv, gv, std, -clr));
            }
            pf.commit();
            sum.commit();
        });
    }
}

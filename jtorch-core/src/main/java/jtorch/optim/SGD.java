package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.internal.ops.FusedOptimizerOps;

/**
 * Stochastic gradient descent, optionally with momentum (Nesterov's too), dampening and weight decay.
 * PyTorch: {@code torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False, maximize=False)}.
 *
 * <pre>{@code
 * new SGD(net.parameters(), 0.01);
 * new SGD(net.parameters(), SGD.options(0.01).momentum(0.9).nesterov(true).weightDecay(1e-4));
 * }</pre>
 */
public class SGD extends Optimizer {
    /** Keyword arguments of {@code torch.optim.SGD}. */
    public static final class Options extends Optimizer.Options<Options> {
        private double momentum;
        private double dampening;
        private boolean nesterov;

        Options(double lr) {
            super(lr, 0);
        }

        /** {@code momentum=0}. */
        public Options momentum(double v) {
            momentum = v;
            return this;
        }

        /** {@code dampening=0}. */
        public Options dampening(double v) {
            dampening = v;
            return this;
        }

        /** {@code nesterov=False}. */
        public Options nesterov(boolean v) {
            nesterov = v;
            return this;
        }

        Map<String, Object> defaults() {
            checkLr();
            check(momentum >= 0, "Invalid momentum value: " + py(momentum));
            checkWeightDecay();
            check(!nesterov || (momentum > 0 && dampening == 0),
                    "Nesterov momentum requires a momentum and zero dampening");
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("momentum", momentum);
            d.put("dampening", dampening);
            d.put("weight_decay", weightDecay);
            d.put("nesterov", nesterov);
            d.put("maximize", maximize);
            d.put("foreach", null);
            d.put("differentiable", false);
            return d;
        }
    }

    /** Options with the learning rate, PyTorch's only required argument. */
    public static Options options(double lr) {
        return new Options(lr);
    }

    /** PyTorch: {@code SGD(params, lr)}. */
    public SGD(Iterable<? extends Tensor> params, double lr) {
        this(params, options(lr));
    }

    /** PyTorch: {@code SGD(params, lr=..., momentum=..., ...)}. */
    public SGD(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code SGD([{'params': ...}, {'params': ..., 'lr': ...}], lr)}. */
    public SGD(List<ParamGroup> groups, double lr) {
        this(groups, options(lr));
    }

    /** PyTorch: {@code SGD([{'params': ...}, ...], lr=..., momentum=..., ...)}. */
    public SGD(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double momentum = g.getDouble("momentum");
        double dampening = g.getDouble("dampening");
        double wd = g.getDouble("weight_decay");
        boolean nesterov = g.getBool("nesterov");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            Map<String, Object> st = state(p);
            Tensor bufT = (Tensor) st.get("momentum_buffer");
            boolean fresh = false;
            if (momentum != 0 && bufT == null) {
                bufT = jtorch.Torch.emptyLike(p).contiguous();
                fresh = true;
            }
            if (FusedOptimizerOps.sgd(p, grad, momentum != 0 ? bufT : null, fresh, lr, momentum, dampening, wd,
                    nesterov, maximize)) {
                st.put("momentum_buffer", momentum != 0 ? bufT : null);
                return;
            }
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            Flat bf = momentum != 0 ? Flat.of(bufT) : null;
            for (int i = 0; i < pf.n; i++) {
                double d = gf.get(i);
                double pv = pf.get(i);
                if (maximize) {
                    d = -d;
                }
                if (wd != 0) {
                    d = P.addAlpha(d, pv, wd);
                }
                if (momentum != 0) {
                    double b = fresh ? d : P.addAlpha(P.mul(bf.get(i), momentum), d, 1 - dampening);
                    bf.set(i, b);
                    d = nesterov ? P.addAlpha(d, b, momentum) : b;
                }
                pf.set(i, P.addAlpha(pv, d, -lr));
            }
            pf.commit();
            if (bf != null) {
                bf.commit();
            }
            st.put("momentum_buffer", bf == null ? null : bf.target);
        });
    }
}

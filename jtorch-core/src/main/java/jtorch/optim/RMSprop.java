package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.FusedOptimizerOps;

/**
 * RMSprop. PyTorch: {@code torch.optim.RMSprop(params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
 * centered=False, maximize=False)}.
 *
 * <pre>{@code
 * new RMSprop(net.parameters(), RMSprop.options().lr(1e-3).momentum(0.9).centered(true));
 * }</pre>
 */
public class RMSprop extends Optimizer {
    /** Keyword arguments of {@code torch.optim.RMSprop}. */
    public static final class Options extends Optimizer.Options<Options> {
        double alpha = 0.99;
        double eps = 1e-8;
        double momentum;
        boolean centered;

        Options() {
            super(1e-2, 0);
        }

        /** {@code alpha=0.99}. */
        public Options alpha(double v) {
            alpha = v;
            return this;
        }

        /** {@code eps=1e-8}. */
        public Options eps(double v) {
            eps = v;
            return this;
        }

        /** {@code momentum=0}. */
        public Options momentum(double v) {
            momentum = v;
            return this;
        }

        /** {@code centered=False}. */
        public Options centered(boolean v) {
            centered = v;
            return this;
        }

        Map<String, Object> defaults() {
            checkLr();
            check(0.0 <= eps, "Invalid epsilon value: " + py(eps));
            check(0.0 <= momentum, "Invalid momentum value: " + py(momentum));
            checkWeightDecay();
            check(0.0 <= alpha, "Invalid alpha value: " + py(alpha));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("momentum", momentum);
            d.put("alpha", alpha);
            d.put("eps", eps);
            d.put("centered", centered);
            d.put("weight_decay", weightDecay);
            d.put("foreach", null);
            d.put("maximize", maximize);
            d.put("differentiable", false);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-2}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code RMSprop(params)}. */
    public RMSprop(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code RMSprop(params, lr)}. */
    public RMSprop(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code RMSprop(params, lr=..., ...)}. */
    public RMSprop(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code RMSprop([{'params': ...}, ...], lr=..., ...)}. */
    public RMSprop(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        double lr = g.lr();
        double alpha = g.getDouble("alpha");
        double eps = g.getDouble("eps");
        double wd = g.getDouble("weight_decay");
        double momentum = g.getDouble("momentum");
        boolean centered = g.getBool("centered");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            incrementIntStep(p);
            Tensor sqT = stateTensor(p, "square_avg", () -> Torch.zerosLike(p));
            Tensor bufT = momentum > 0 ? stateTensor(p, "momentum_buffer", () -> Torch.zerosLike(p)) : null;
            Tensor gaT = centered ? stateTensor(p, "grad_avg", () -> Torch.zerosLike(p)) : null;
            if (FusedOptimizerOps.rmsprop(p, grad, sqT, bufT, gaT, lr, alpha, eps, wd, momentum, maximize)) {
                return;
            }
            Flat sq = Flat.of(sqT);
            Flat buf = bufT != null ? Flat.of(bufT) : null;
            Flat ga = gaT != null ? Flat.of(gaT) : null;
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            for (int i = 0; i < pf.n; i++) {
                double gv = maximize ? -gf.get(i) : gf.get(i);
                double pv = pf.get(i);
                if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double sv = P.addcmul(P.mul(sq.get(i), alpha), gv, gv, 1 - alpha);
                sq.set(i, sv);
                double avg;
                if (centered) {
                    double a = P.addAlpha(P.mul(ga.get(i), alpha), gv, 1 - alpha);
                    ga.set(i, a);
                    avg = P.sqrt(P.addcmul(sv, a, a, -1));
                } else {
                    avg = P.sqrt(sv);
                }
                avg = P.r(avg + P.r(eps));
                if (momentum > 0) {
                    double b = P.addcdiv(P.mul(buf.get(i), momentum), gv, avg, 1);
                    buf.set(i, b);
                    pf.set(i, P.addAlpha(pv, b, -lr));
                } else {
                    pf.set(i, P.addcdiv(pv, gv, avg, -lr));
                }
            }
            pf.commit();
            sq.commit();
            if (buf != null) {
                buf.commit();
            }
            if (ga != null) {
                ga.commit();
            }
        });
    }
}

package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.FusedOptimizerOps;

/**
 * Adam, optionally AMSGrad. PyTorch: {@code torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
 * weight_decay=0, amsgrad=False, maximize=False)} (single-tensor algorithm).
 *
 * <pre>{@code
 * new Adam(net.parameters());
 * new Adam(net.parameters(), 1e-3);
 * new Adam(net.parameters(), Adam.options().lr(1e-3).betas(0.9, 0.999).amsgrad(true));
 * }</pre>
 */
public class Adam extends Optimizer {
    /** Keyword arguments of {@code torch.optim.Adam}. */
    public static final class Options extends AdamLikeOptions<Options> {
        boolean amsgrad;

        Options() {
            super(1e-3, 0);
        }

        /** {@code amsgrad=False}. */
        public Options amsgrad(boolean v) {
            amsgrad = v;
            return this;
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(true);
            d.put("amsgrad", amsgrad);
            d.put("maximize", maximize);
            d.put("foreach", null);
            d.put("capturable", false);
            d.put("differentiable", false);
            d.put("fused", false);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-3}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code Adam(params)}. */
    public Adam(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code Adam(params, lr)}. */
    public Adam(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code Adam(params, lr=..., betas=..., ...)}. */
    public Adam(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code Adam([{'params': ...}, ...], lr=..., ...)}. */
    public Adam(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        adamUpdate(this, g, g.getBool("amsgrad"), false);
    }

    /**
     * The single-tensor Adam/AdamW update of PyTorch 1.13: the fused float32 kernel where the tensors allow, else the
     * same arithmetic per element through {@link Flat} and {@link Prec}.
     */
    static void adamUpdate(Optimizer opt, ParamGroup g, boolean amsgrad, boolean decoupled) {
        double lr = g.lr();
        double[] betas = g.getPair("betas");
        double b1 = betas[0];
        double b2 = betas[1];
        double eps = g.getDouble("eps");
        double wd = g.getDouble("weight_decay");
        boolean maximize = g.getBool("maximize");
        forEachWithGrad(g, (p, grad) -> {
            double step = opt.incrementStep(p);
            Tensor mT = opt.stateTensor(p, "exp_avg", () -> Torch.zerosLike(p));
            Tensor vT = opt.stateTensor(p, "exp_avg_sq", () -> Torch.zerosLike(p));
            Tensor vmaxT = amsgrad ? opt.stateTensor(p, "max_exp_avg_sq", () -> Torch.zerosLike(p)) : null;
            if (FusedOptimizerOps.adam(p, grad, mT, vT, vmaxT, step, lr, b1, b2, eps, wd, decoupled, maximize)) {
                return;
            }
            Flat m = Flat.of(mT);
            Flat v = Flat.of(vT);
            Flat vmax = amsgrad ? Flat.of(vmaxT) : null;
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double bc1 = 1 - Math.pow(b1, step);
            double bc2 = 1 - Math.pow(b2, step);
            double stepSize = lr / bc1;
            double bc2Sqrt = P.r(Math.sqrt(bc2));
            double decay = 1 - lr * wd;
            for (int i = 0; i < pf.n; i++) {
                double gv = gf.get(i);
                double pv = pf.get(i);
                if (maximize) {
                    gv = -gv;
                }
                if (decoupled) {
                    pv = P.mul(pv, decay);
                } else if (wd != 0) {
                    gv = P.addAlpha(gv, pv, wd);
                }
                double mv = P.addAlpha(P.mul(m.get(i), b1), gv, 1 - b1);
                double vv = P.addcmul(P.mul(v.get(i), b2), gv, gv, 1 - b2);
                m.set(i, mv);
                v.set(i, vv);
                double s = vv;
                if (amsgrad) {
                    s = Math.max(vmax.get(i), vv);
                    vmax.set(i, s);
                }
                double denom = P.r(P.r(P.sqrt(s) / bc2Sqrt) + P.r(eps));
                pf.set(i, P.addcdiv(pv, mv, denom, -stepSize));
            }
            pf.commit();
            m.commit();
            v.commit();
            if (vmax != null) {
                vmax.commit();
            }
        });
    }
}

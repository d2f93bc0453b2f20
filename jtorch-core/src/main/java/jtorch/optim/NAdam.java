package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Adam with Nesterov momentum. PyTorch: {@code torch.optim.NAdam(params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8,
 * weight_decay=0, momentum_decay=4e-3)}.
 *
 * <pre>{@code
 * new NAdam(net.parameters(), NAdam.options().lr(2e-3).momentumDecay(4e-3));
 * }</pre>
 */
public class NAdam extends Optimizer {
    /** Keyword arguments of {@code torch.optim.NAdam}. */
    public static final class Options extends AdamLikeOptions<Options> {
        double momentumDecay = 4e-3;

        Options() {
            super(2e-3, 0);
        }

        /** {@code momentum_decay=4e-3}. */
        public Options momentumDecay(double v) {
            momentumDecay = v;
            return this;
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(true);
            check(0.0 <= momentumDecay, "Invalid momentum_decay value: " + py(momentumDecay));
            d.put("momentum_decay", momentumDecay);
            d.put("foreach", null);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=2e-3}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code NAdam(params)}. */
    public NAdam(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code NAdam(params, lr)}. */
    public NAdam(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code NAdam(params, lr=..., ...)}. */
    public NAdam(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code NAdam([{'params': ...}, ...], lr=..., ...)}. */
    public NAdam(List<ParamGroup> groups, Options options) {
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
        double md = g.getDouble("momentum_decay");
        forEachWithGrad(g, (p, grad) -> {
            double step = incrementStep(p);
            Tensor muProductT = stateTensor(p, "mu_product", () -> Torch.scalarTensor(1.0, DType.FLOAT32));
            Flat m = Flat.of(stateTensor(p, "exp_avg", () -> Torch.zerosLike(p)));
            Flat v = Flat.of(stateTensor(p, "exp_avg_sq", () -> Torch.zerosLike(p)));
            double bc2 = 1 - Math.pow(b2, step);
            double mu = b1 * (1. - 0.5 * Math.pow(0.96, step * md));
            double muNext = b1 * (1. - 0.5 * Math.pow(0.96, (step + 1) * md));
            // mu_product is a float32 tensor: each product rounds to float
            float muProduct = (float) muProductT.item() * (float) mu;
            float muProductNext = muProduct * (float) mu * (float) muNext;
            muProductT.fill_(muProduct);
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            Flat gf = Flat.of(grad);
            double c1 = -lr * (1. - mu) / (1. - muProduct);
            double c2 = -lr * muNext / (1. - muProductNext);
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
                double denom = P.r(P.sqrt(P.r(vv / P.r(bc2))) + P.r(eps));
                pv = P.addcdiv(pv, gv, denom, c1);
                pf.set(i, P.addcdiv(pv, mv, denom, c2));
            }
            pf.commit();
            m.commit();
            v.commit();
        });
    }
}

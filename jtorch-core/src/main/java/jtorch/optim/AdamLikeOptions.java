package jtorch.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keyword arguments shared by the Adam family: those of {@link Optimizer.Options} ({@code lr},
 * {@code weight_decay}, {@code maximize}; PyTorch 1.13's NAdam and RAdam take no {@code maximize}) plus
 * {@code betas} and {@code eps}; each optimizer's {@code Options} extends it.
 *
 * @param <O> the concrete options type, returned by the fluent setters
 */
public abstract class AdamLikeOptions<O extends AdamLikeOptions<O>> extends Optimizer.Options<O> {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;

    AdamLikeOptions(double lr, double weightDecay) {
        super(lr, weightDecay);
    }

    /** {@code betas=(0.9, 0.999)}. */
    public O betas(double b1, double b2) {
        beta1 = b1;
        beta2 = b2;
        return self();
    }

    /** {@code eps=1e-8}. */
    public O eps(double v) {
        eps = v;
        return self();
    }

    /** PyTorch's checks of lr, eps, betas and weight_decay, in its order; the first keys of the defaults. */
    Map<String, Object> common(boolean withWeightDecay) {
        checkLr();
        Optimizer.check(0.0 <= eps, "Invalid epsilon value: " + PyFloat.repr(eps));
        Optimizer.check(0.0 <= beta1 && beta1 < 1.0, "Invalid beta parameter at index 0: " + PyFloat.repr(beta1));
        Optimizer.check(0.0 <= beta2 && beta2 < 1.0, "Invalid beta parameter at index 1: " + PyFloat.repr(beta2));
        if (withWeightDecay) {
            checkWeightDecay();
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lr", lr);
        d.put("betas", Optimizer.pair(beta1, beta2));
        d.put("eps", eps);
        if (withWeightDecay) {
            d.put("weight_decay", weightDecay);
        }
        return d;
    }
}

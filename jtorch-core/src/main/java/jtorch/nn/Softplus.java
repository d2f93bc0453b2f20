package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * {@code log(1 + exp(beta x)) / beta}, linear above {@code threshold}. PyTorch:
 * {@code nn.Softplus(beta=1, threshold=20)} (integer defaults, so the repr reads {@code beta=1}).
 */
public class Softplus extends Module {
    public final Number beta;
    public final Number threshold;

    public Softplus() {
        this(1, 20);
    }

    public Softplus(Number beta, Number threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softplus(input, beta.doubleValue(), threshold.doubleValue());
    }

    @Override
    public String extraRepr() {
        return "beta=" + Repr.number(beta) + ", threshold=" + Repr.number(threshold);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * {@code log(1 + exp(beta x)) / beta}, linear above {@code threshold}. PyTorch:
 * {@code nn.Softplus(beta=1, threshold=20)} (integer defaults, so the repr reads {@code beta=1}).
 */
public class Softplus extends Module {
    /** PyTorch's {@code Softplus.beta} attribute. */
    public final Number beta;
    /** PyTorch's {@code Softplus.threshold} attribute. */
    public final Number threshold;

    /** PyTorch: {@code torch.nn.Softplus(beta=1, threshold=20)}. */
    public Softplus() {
        this(1, 20);
    }

    /** PyTorch: {@code torch.nn.Softplus(beta=1, threshold=20)}. */
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

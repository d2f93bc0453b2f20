package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Randomized leaky relu: in training each non-positive element gets a slope drawn uniformly from
 * [lower, upper), in evaluation the mean slope. PyTorch: {@code nn.RReLU(lower=1/8, upper=1/3, inplace=False)}.
 */
public class RReLU extends Module {
    public final Number lower;
    public final Number upper;
    public final boolean inplace;

    public RReLU() {
        this(1.0 / 8, 1.0 / 3, false);
    }

    public RReLU(Number lower, Number upper) {
        this(lower, upper, false);
    }

    public RReLU(Number lower, Number upper, boolean inplace) {
        this.lower = lower;
        this.upper = upper;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.rrelu(input, lower.doubleValue(), upper.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "lower=" + Repr.number(lower) + ", upper=" + Repr.number(upper) + (inplace ? ", inplace=True" : "");
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Randomized leaky relu: in training each non-positive element gets a slope drawn uniformly from
 * [lower, upper), in evaluation the mean slope. PyTorch: {@code nn.RReLU(lower=1/8, upper=1/3, inplace=False)}.
 */
public class RReLU extends Module {
    /** PyTorch's {@code RReLU.lower} attribute. */
    public final Number lower;
    /** PyTorch's {@code RReLU.upper} attribute. */
    public final Number upper;
    /** PyTorch's {@code RReLU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.RReLU(lower=0.125, upper=0.3333333333333333, inplace=False)}. */
    public RReLU() {
        this(1.0 / 8, 1.0 / 3, false);
    }

    /** PyTorch: {@code torch.nn.RReLU(lower=0.125, upper=0.3333333333333333, inplace=False)}. */
    public RReLU(Number lower, Number upper) {
        this(lower, upper, false);
    }

    /** PyTorch: {@code torch.nn.RReLU(lower=0.125, upper=0.3333333333333333, inplace=False)}. */
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

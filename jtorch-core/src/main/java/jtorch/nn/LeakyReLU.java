package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x > 0 ? x : negativeSlope * x}. PyTorch: {@code nn.LeakyReLU(negative_slope=0.01, inplace=False)}. */
public class LeakyReLU extends Module {
    /** PyTorch's {@code LeakyReLU.negative_slope} attribute. */
    public final Number negativeSlope;
    /** PyTorch's {@code LeakyReLU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.LeakyReLU(negative_slope=0.01, inplace=False)}. */
    public LeakyReLU() {
        this(0.01, false);
    }

    /** PyTorch: {@code torch.nn.LeakyReLU(negative_slope=0.01, inplace=False)}. */
    public LeakyReLU(Number negativeSlope) {
        this(negativeSlope, false);
    }

    /** PyTorch: {@code torch.nn.LeakyReLU(negative_slope=0.01, inplace=False)}. */
    public LeakyReLU(Number negativeSlope, boolean inplace) {
        this.negativeSlope = negativeSlope;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.leakyRelu(input, negativeSlope.doubleValue(), inplace);
    }

    @Override
    public String extraRepr() {
        return "negative_slope=" + Repr.number(negativeSlope) + (inplace ? ", inplace=True" : "");
    }
}

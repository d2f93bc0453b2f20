package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x > 0 ? x : negativeSlope * x}. PyTorch: {@code nn.LeakyReLU(negative_slope=0.01, inplace=False)}. */
public class LeakyReLU extends Module {
    public final Number negativeSlope;
    public final boolean inplace;

    public LeakyReLU() {
        this(0.01, false);
    }

    public LeakyReLU(Number negativeSlope) {
        this(negativeSlope, false);
    }

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

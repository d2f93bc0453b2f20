package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * tanh(softplus(x))}. PyTorch: {@code nn.Mish(inplace=False)}. */
public class Mish extends Module {
    public final boolean inplace;

    public Mish() {
        this(false);
    }

    public Mish(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.mish(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * sigmoid(x)} (swish). PyTorch: {@code nn.SiLU(inplace=False)}. */
public class SiLU extends Module {
    public final boolean inplace;

    public SiLU() {
        this(false);
    }

    public SiLU(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.silu(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

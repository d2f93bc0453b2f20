package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Scaled ELU. PyTorch: {@code nn.SELU(inplace=False)}. */
public class SELU extends Module {
    public final boolean inplace;

    public SELU() {
        this(false);
    }

    public SELU(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.selu(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

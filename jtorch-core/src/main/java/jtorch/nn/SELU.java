package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Scaled ELU. PyTorch: {@code nn.SELU(inplace=False)}. */
public class SELU extends Module {
    /** PyTorch's {@code SELU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.SELU(inplace=False)}. */
    public SELU() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.SELU(inplace=False)}. */
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

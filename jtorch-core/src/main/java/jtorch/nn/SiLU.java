package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * sigmoid(x)} (swish). PyTorch: {@code nn.SiLU(inplace=False)}. */
public class SiLU extends Module {
    /** PyTorch's {@code SiLU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.SiLU(inplace=False)}. */
    public SiLU() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.SiLU(inplace=False)}. */
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

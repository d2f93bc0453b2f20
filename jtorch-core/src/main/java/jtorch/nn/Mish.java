package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * tanh(softplus(x))}. PyTorch: {@code nn.Mish(inplace=False)}. */
public class Mish extends Module {
    /** PyTorch's {@code Mish.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Mish(inplace=False)}. */
    public Mish() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.Mish(inplace=False)}. */
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

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * Phi(x)}, exact ("none") or tanh-approximated ("tanh"). PyTorch: {@code nn.GELU(approximate='none')}. */
public class GELU extends Module {
    /** PyTorch's {@code GELU.approximate} attribute. */
    public final String approximate;

    /** PyTorch: {@code torch.nn.GELU(approximate='none')}. */
    public GELU() {
        this("none");
    }

    /** PyTorch: {@code torch.nn.GELU(approximate='none')}. */
    public GELU(String approximate) {
        this.approximate = approximate;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.gelu(input, approximate);
    }

    @Override
    public String extraRepr() {
        return "approximate='" + approximate + "'";
    }
}

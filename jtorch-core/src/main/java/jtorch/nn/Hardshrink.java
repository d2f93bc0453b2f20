package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Zero on [-lambd, lambd], x elsewhere. PyTorch: {@code nn.Hardshrink(lambd=0.5)}. */
public class Hardshrink extends Module {
    /** PyTorch's {@code Hardshrink.lambd} attribute. */
    public final Number lambd;

    /** PyTorch: {@code torch.nn.Hardshrink(lambd=0.5)}. */
    public Hardshrink() {
        this(0.5);
    }

    /** PyTorch: {@code torch.nn.Hardshrink(lambd=0.5)}. */
    public Hardshrink(Number lambd) {
        this.lambd = lambd;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.hardshrink(input, lambd.doubleValue());
    }

    @Override
    public String extraRepr() {
        return Repr.number(lambd);
    }
}

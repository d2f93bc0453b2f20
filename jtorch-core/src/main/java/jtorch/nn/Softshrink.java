package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Shrinks x towards 0 by lambd (zero on [-lambd, lambd]). PyTorch: {@code nn.Softshrink(lambd=0.5)}. */
public class Softshrink extends Module {
    /** PyTorch's {@code Softshrink.lambd} attribute. */
    public final Number lambd;

    /** PyTorch: {@code torch.nn.Softshrink(lambd=0.5)}. */
    public Softshrink() {
        this(0.5);
    }

    /** PyTorch: {@code torch.nn.Softshrink(lambd=0.5)}. */
    public Softshrink(Number lambd) {
        this.lambd = lambd;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softshrink(input, lambd.doubleValue());
    }

    @Override
    public String extraRepr() {
        return Repr.number(lambd);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code relu6(x + 3) / 6}. PyTorch: {@code nn.Hardsigmoid(inplace=False)} (its repr does not show inplace). */
public class Hardsigmoid extends Module {
    /** PyTorch's {@code Hardsigmoid.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Hardsigmoid(inplace=False)}. */
    public Hardsigmoid() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.Hardsigmoid(inplace=False)}. */
    public Hardsigmoid(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.hardsigmoid(input, inplace);
    }

    @Override
    public String extraRepr() {
        return "";
    }
}

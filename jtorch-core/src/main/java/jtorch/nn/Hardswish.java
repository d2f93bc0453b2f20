package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x * relu6(x + 3) / 6}. PyTorch: {@code nn.Hardswish(inplace=False)} (its repr does not show inplace). */
public class Hardswish extends Module {
    /** PyTorch's {@code Hardswish.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Hardswish(inplace=False)}. */
    public Hardswish() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.Hardswish(inplace=False)}. */
    public Hardswish(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.hardswish(input, inplace);
    }

    @Override
    public String extraRepr() {
        return "";
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code min(max(x, 0), 6)}. PyTorch: {@code nn.ReLU6(inplace=False)}. */
public class ReLU6 extends Module {
    /** PyTorch's {@code ReLU6.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.ReLU6(inplace=False)}. */
    public ReLU6() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.ReLU6(inplace=False)}. */
    public ReLU6(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.relu6(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

package jtorch.nn;

import jtorch.Tensor;

/** {@code max(x, 0)}, optionally in place. PyTorch: {@code nn.ReLU(inplace=False)}. */
public class ReLU extends Module {
    /** PyTorch's {@code ReLU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.ReLU(inplace=False)}. */
    public ReLU() {
        this(false);
    }

    /** PyTorch: {@code torch.nn.ReLU(inplace=False)}. */
    public ReLU(boolean inplace) {
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return inplace ? input.relu_() : input.relu();
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

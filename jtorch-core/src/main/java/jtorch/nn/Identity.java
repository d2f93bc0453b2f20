package jtorch.nn;

import jtorch.Tensor;

/** Returns its input unchanged (the same tensor). PyTorch: {@code nn.Identity}. */
public class Identity extends Module {
    /** PyTorch: {@code nn.Identity()}. */
    public Identity() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input;
    }

    /** Extra inputs are ignored, as PyTorch's Identity ignores extra arguments. */
    @Override
    public Tensor forward(Tensor... inputs) {
        return inputs[0];
    }
}

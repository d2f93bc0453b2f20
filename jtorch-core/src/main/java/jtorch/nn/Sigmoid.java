package jtorch.nn;

import jtorch.Tensor;

/** {@code 1 / (1 + exp(-x))}. PyTorch: {@code nn.Sigmoid}. */
public class Sigmoid extends Module {
    /** PyTorch: {@code nn.Sigmoid()}. */
    public Sigmoid() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.sigmoid();
    }
}

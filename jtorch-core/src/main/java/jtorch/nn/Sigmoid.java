package jtorch.nn;

import jtorch.Tensor;

/** {@code 1 / (1 + exp(-x))}. PyTorch: {@code nn.Sigmoid}. */
public class Sigmoid extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return input.sigmoid();
    }
}

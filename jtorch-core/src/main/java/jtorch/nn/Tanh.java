package jtorch.nn;

import jtorch.Tensor;

/** Hyperbolic tangent. PyTorch: {@code nn.Tanh}. */
public class Tanh extends Module {
    /** PyTorch: {@code nn.Tanh()}. */
    public Tanh() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.tanh();
    }
}

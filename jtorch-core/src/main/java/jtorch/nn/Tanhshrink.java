package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x - tanh(x)}. PyTorch: {@code nn.Tanhshrink()}. */
public class Tanhshrink extends Module {
    /** PyTorch: {@code nn.Tanhshrink()}. */
    public Tanhshrink() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.tanhshrink(input);
    }
}

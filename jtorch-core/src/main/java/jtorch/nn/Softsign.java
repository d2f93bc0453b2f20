package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x / (1 + |x|)}. PyTorch: {@code nn.Softsign()}. */
public class Softsign extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return F.softsign(input);
    }
}

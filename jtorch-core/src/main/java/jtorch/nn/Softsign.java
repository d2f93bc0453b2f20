package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x / (1 + |x|)}. PyTorch: {@code nn.Softsign()}. */
public class Softsign extends Module {
    /** PyTorch: {@code nn.Softsign()}. */
    public Softsign() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softsign(input);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code log(sigmoid(x))}. PyTorch: {@code nn.LogSigmoid()}. */
public class LogSigmoid extends Module {
    /** PyTorch: {@code nn.LogSigmoid()}. */
    public LogSigmoid() {
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.logsigmoid(input);
    }
}

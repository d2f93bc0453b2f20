package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * {@code x > 0 ? x : a * x} with learnable slopes: one shared, or one per channel (dim 1). PyTorch:
 * {@code nn.PReLU(num_parameters=1, init=0.25)}.
 */
public class PReLU extends Module {
    public final int numParameters;
    public Parameter weight;

    public PReLU() {
        this(1, 0.25);
    }

    public PReLU(int numParameters) {
        this(numParameters, 0.25);
    }

    public PReLU(int numParameters, double init) {
        this.numParameters = numParameters;
        weight = new Parameter(Torch.empty(numParameters).fill_(init));
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.prelu(input, weight);
    }

    @Override
    public String extraRepr() {
        return "num_parameters=" + numParameters;
    }
}

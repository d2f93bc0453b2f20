package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * {@code x > 0 ? x : a * x} with learnable slopes: one shared, or one per channel (dim 1). PyTorch:
 * {@code nn.PReLU(num_parameters=1, init=0.25)}.
 */
public class PReLU extends Module {
    /** PyTorch's {@code PReLU.num_parameters} attribute. */
    public final int numParameters;
    /** PyTorch's {@code PReLU.weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;

    /** PyTorch: {@code torch.nn.PReLU(num_parameters=1, init=0.25, device=None, dtype=None)}. */
    public PReLU() {
        this(1, 0.25);
    }

    /** PyTorch: {@code torch.nn.PReLU(num_parameters=1, init=0.25, device=None, dtype=None)}. */
    public PReLU(int numParameters) {
        this(numParameters, 0.25);
    }

    /** PyTorch: {@code torch.nn.PReLU(num_parameters=1, init=0.25, device=None, dtype=None)}. */
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

package jtorch.nn;

import jtorch.Tensor;

/**
 * A tensor that is a module's learnable parameter: it shares {@code data}'s storage, requires grad by
 * default, and is registered when assigned to a {@link Module} field. PyTorch: {@code nn.Parameter}.
 */
public class Parameter extends Tensor {

    /** PyTorch: {@code torch.nn.Parameter(*args, **kwargs)}. */
    public Parameter(Tensor data) {
        this(data, true);
    }

    /** PyTorch: {@code torch.nn.Parameter(*args, **kwargs)}. */
    public Parameter(Tensor data, boolean requiresGrad) {
        super(data.detach());
        if (requiresGrad) {
            requiresGrad_(true);
        }
    }

    /** PyTorch's repr: {@code Parameter containing:} followed by the tensor. */
    @Override
    public String toString() {
        return "Parameter containing:\n" + super.toString();
    }
}

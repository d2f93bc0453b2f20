package jtorch.autograd;

import jtorch.Tensor;

/**
 * PyTorch's {@code torch.autograd.Variable}: deprecated since PyTorch 0.4, where tensors took over autograd and
 * {@code Variable(t)} became the tensor itself. Kept so the seeds' older code translates line by line; new code
 * uses tensors with {@code requiresGrad} directly.
 */
@Deprecated
public final class Variable {
    private Variable() {
    }

    /** The tensor itself. PyTorch: {@code Variable(t)}. */
    @Deprecated
    public static Tensor of(Tensor data) {
        return data;
    }

    /** The tensor with {@code requires_grad} set. PyTorch: {@code Variable(t, requires_grad=True)}. */
    @Deprecated
    public static Tensor of(Tensor data, boolean requiresGrad) {
        return requiresGrad ? data.requiresGrad_(true) : data;
    }
}

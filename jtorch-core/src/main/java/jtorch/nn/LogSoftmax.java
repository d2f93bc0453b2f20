package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** log(softmax) along {@code dim}, computed stably. PyTorch: {@code nn.LogSoftmax(dim=None)}. */
public class LogSoftmax extends Module {
    /** Null for PyTorch's legacy implicit dim. */
    public final Integer dim;

    /** PyTorch: {@code torch.nn.LogSoftmax(dim=None)}. */
    public LogSoftmax() {
        this(null);
    }

    /** PyTorch: {@code torch.nn.LogSoftmax(dim=None)}. */
    public LogSoftmax(Integer dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.logSoftmax(input, dim != null ? dim : Softmax.legacyDim(input.dim()));
    }

    @Override
    public String extraRepr() {
        return "dim=" + (dim == null ? "None" : dim);
    }
}

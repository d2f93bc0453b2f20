package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Softmax along {@code dim}. PyTorch: {@code nn.Softmax(dim=None)}; without a dim it uses PyTorch's
 * legacy choice (dim 0 for 0-, 1- and 3-D inputs, else 1).
 */
public class Softmax extends Module {
    /** Null for PyTorch's legacy implicit dim. */
    public final Integer dim;

    /** PyTorch: {@code torch.nn.Softmax(dim=None)}. */
    public Softmax() {
        this(null);
    }

    /** PyTorch: {@code torch.nn.Softmax(dim=None)}. */
    public Softmax(Integer dim) {
        this.dim = dim;
    }

    /** PyTorch's {@code _get_softmax_dim}: the dim used when none was given. */
    static int legacyDim(int ndim) {
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softmax(input, dim != null ? dim : legacyDim(input.dim()));
    }

    @Override
    public String extraRepr() {
        return "dim=" + (dim == null ? "None" : dim);
    }
}

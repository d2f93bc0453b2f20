package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * {@code softmax(-x)} along {@code dim}. PyTorch: {@code nn.Softmin(dim=None)}; without a dim it uses
 * PyTorch's legacy choice (dim 0 for 0-, 1- and 3-D inputs, else 1), as {@link Softmax} does.
 */
public class Softmin extends Module {
    /** Null for PyTorch's legacy implicit dim. */
    public final Integer dim;

    /** PyTorch: {@code torch.nn.Softmin(dim=None)}. */
    public Softmin() {
        this(null);
    }

    /** PyTorch: {@code torch.nn.Softmin(dim=None)}. */
    public Softmin(Integer dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softmin(input, dim != null ? dim : Softmax.legacyDim(input.dim()));
    }

    @Override
    public String extraRepr() {
        return "dim=" + (dim == null ? "None" : dim);
    }
}

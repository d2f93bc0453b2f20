package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Gated linear unit: {@code a * sigmoid(b)} for the halves a, b of {@code dim}. PyTorch: {@code nn.GLU(dim=-1)}. */
public class GLU extends Module {
    /** PyTorch's {@code GLU.dim} attribute. */
    public final int dim;

    /** PyTorch: {@code torch.nn.GLU(dim=-1)}. */
    public GLU() {
        this(-1);
    }

    /** PyTorch: {@code torch.nn.GLU(dim=-1)}. */
    public GLU(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.glu(input, dim);
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim;
    }
}

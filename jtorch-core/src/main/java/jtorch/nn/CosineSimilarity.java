package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Cosine similarity of two inputs along {@code dim}. PyTorch: {@code nn.CosineSimilarity(dim=1, eps=1e-08)}. */
public class CosineSimilarity extends Module {
    /** PyTorch's {@code CosineSimilarity.dim} attribute. */
    public final int dim;
    /** PyTorch's {@code CosineSimilarity.eps} attribute. */
    public final double eps;

    /** PyTorch: {@code torch.nn.CosineSimilarity(dim=1, eps=1e-08)}. */
    public CosineSimilarity() {
        this(1, 1e-8);
    }

    /** PyTorch: {@code torch.nn.CosineSimilarity(dim=1, eps=1e-08)}. */
    public CosineSimilarity(int dim, double eps) {
        this.dim = dim;
        this.eps = eps;
    }

    /** PyTorch's TypeError for a one-input call, as an IllegalArgumentException. */
    @Override
    public Tensor forward(Tensor input) {
        throw new IllegalArgumentException("forward() missing 1 required positional argument: 'x2'");
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        return F.cosineSimilarity(TwoInputs.first(inputs), inputs[1], dim, eps);
    }
}

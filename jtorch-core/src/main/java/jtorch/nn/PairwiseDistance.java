package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * p-norm of {@code x1 - x2 + eps} over the last dim. PyTorch: {@code nn.PairwiseDistance(p=2.0, eps=1e-06,
 * keepdim=False)}.
 */
public class PairwiseDistance extends Module {
    /** PyTorch's {@code PairwiseDistance.norm} attribute. */
    public final double norm;
    /** PyTorch's {@code PairwiseDistance.eps} attribute. */
    public final double eps;
    /** PyTorch's {@code PairwiseDistance.keepdim} attribute. */
    public final boolean keepdim;

    /** PyTorch: {@code torch.nn.PairwiseDistance(p=2.0, eps=1e-06, keepdim=False)}. */
    public PairwiseDistance() {
        this(2.0, 1e-6, false);
    }

    /** PyTorch: {@code torch.nn.PairwiseDistance(p=2.0, eps=1e-06, keepdim=False)}. */
    public PairwiseDistance(double p, double eps, boolean keepdim) {
        this.norm = p;
        this.eps = eps;
        this.keepdim = keepdim;
    }

    /** PyTorch's TypeError for a one-input call, as an IllegalArgumentException. */
    @Override
    public Tensor forward(Tensor input) {
        throw new IllegalArgumentException("forward() missing 1 required positional argument: 'x2'");
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        return F.pairwiseDistance(TwoInputs.first(inputs), inputs[1], norm, eps, keepdim);
    }
}

package jtorch.nn;

import jtorch.Tensor;

/**
 * Local response normalisation across channels of [N, C, H, W] input, the legacy (Lua Torch) form: PyTorch:
 * {@code nn.CrossMapLRN2d(size, alpha=1e-4, beta=0.75, k=1)}. Its forward and gradient are PyTorch's
 * {@code _functions.CrossMapLRN2d} (node {@code CrossMapLRN2dBackward}), window quirks included; use
 * {@link LocalResponseNorm} for the symmetric window and its exact derivative.
 */
public class CrossMapLRN2d extends Module {
    /** PyTorch's {@code CrossMapLRN2d.size} attribute. */
    public final int size;
    /** PyTorch's {@code CrossMapLRN2d.alpha} attribute. */
    public final Number alpha;
    /** PyTorch's {@code CrossMapLRN2d.beta} attribute. */
    public final Number beta;
    /** PyTorch's {@code CrossMapLRN2d.k} attribute. */
    public final Number k;

    /** PyTorch: {@code torch.nn.CrossMapLRN2d(size, alpha=0.0001, beta=0.75, k=1)}. */
    public CrossMapLRN2d(int size) {
        this(size, 1e-4, 0.75, 1);
    }

    /** PyTorch: {@code torch.nn.CrossMapLRN2d(size, alpha=0.0001, beta=0.75, k=1)}. */
    public CrossMapLRN2d(int size, Number alpha, Number beta, Number k) {
        this.size = size;
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }

    @Override
    public Tensor forward(Tensor input) {
        return new Functions.CrossMapLRN2d(size, alpha.doubleValue(), beta.doubleValue(), k.doubleValue())
                .apply(input);
    }

    @Override
    public String extraRepr() {
        return size + ", alpha=" + Repr.number(alpha) + ", beta=" + Repr.number(beta) + ", k=" + Repr.number(k);
    }
}

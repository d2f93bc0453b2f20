package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * {@code x / (k + alpha/size · Σ x²)^beta} over {@code size} neighbouring channels. PyTorch:
 * {@code nn.LocalResponseNorm(size, alpha=1e-4, beta=0.75, k=1.0)}.
 */
public class LocalResponseNorm extends Module {
    /** PyTorch's {@code LocalResponseNorm.size} attribute. */
    public final int size;
    /** PyTorch's {@code LocalResponseNorm.alpha} attribute. */
    public final Number alpha;
    /** PyTorch's {@code LocalResponseNorm.beta} attribute. */
    public final Number beta;
    /** PyTorch's {@code LocalResponseNorm.k} attribute. */
    public final Number k;

    /** PyTorch: {@code torch.nn.LocalResponseNorm(size, alpha=0.0001, beta=0.75, k=1.0)}. */
    public LocalResponseNorm(int size) {
        this(size, 1e-4, 0.75, 1.0);
    }

    /** PyTorch: {@code torch.nn.LocalResponseNorm(size, alpha=0.0001, beta=0.75, k=1.0)}. */
    public LocalResponseNorm(int size, Number alpha, Number beta, Number k) {
        this.size = size;
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.localResponseNorm(input, size, alpha.doubleValue(), beta.doubleValue(), k.doubleValue());
    }

    @Override
    public String extraRepr() {
        return size + ", alpha=" + Repr.number(alpha) + ", beta=" + Repr.number(beta) + ", k=" + Repr.number(k);
    }
}

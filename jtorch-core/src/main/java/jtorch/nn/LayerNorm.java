package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * Normalisation over the trailing {@code normalizedShape} dims of each sample. PyTorch:
 * {@code nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True)}; weight starts at ones,
 * bias at zeros.
 */
public class LayerNorm extends Module {
    /** PyTorch's {@code LayerNorm.normalized_shape} attribute. */
    public final int[] normalizedShape;
    /** PyTorch's {@code LayerNorm.eps} attribute. */
    public final double eps;
    /** PyTorch's {@code LayerNorm.elementwise_affine} attribute. */
    public final boolean elementwiseAffine;
    /** Null without {@code elementwiseAffine}. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null without {@code elementwiseAffine}. */
    public Tensor bias;

    /** PyTorch: {@code torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True, device=None, dtype=None)}. */
    public LayerNorm(int... normalizedShape) {
        this(normalizedShape, 1e-5, true);
    }

    /** PyTorch: {@code torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True, device=None, dtype=None)}. */
    public LayerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.elementwiseAffine = elementwiseAffine;
        if (elementwiseAffine) {
            weight = new Parameter(Torch.ones(this.normalizedShape));
            bias = new Parameter(Torch.zeros(this.normalizedShape));
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.layerNorm(input, normalizedShape, weight, bias, eps);
    }

    @Override
    public String extraRepr() {
        return Repr.tuple(normalizedShape) + ", eps=" + Repr.floating(eps) + ", elementwise_affine="
                + Repr.bool(elementwiseAffine);
    }
}

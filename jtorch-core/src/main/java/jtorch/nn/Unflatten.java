package jtorch.nn;

import jtorch.Tensor;

/** Expands dim {@code dim} into the shape {@code unflattenedSize}. PyTorch: {@code nn.Unflatten(dim, unflattened_size)}. */
public class Unflatten extends Module {
    /** PyTorch's {@code Unflatten.dim} attribute. */
    public final int dim;
    private final int[] unflattenedSize;

    /** PyTorch: {@code torch.nn.Unflatten(dim, unflattened_size)}. */
    public Unflatten(int dim, int... unflattenedSize) {
        this.dim = dim;
        this.unflattenedSize = unflattenedSize.clone();
    }

    /** PyTorch's {@code unflattened_size} attribute. */
    public int[] unflattenedSize() {
        return unflattenedSize.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.unflatten(dim, unflattenedSize);
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim + ", unflattened_size=" + Repr.tuple(unflattenedSize);
    }
}

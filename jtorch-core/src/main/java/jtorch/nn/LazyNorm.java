package jtorch.nn;

import jtorch.Tensor;

/** The num_features a lazy norm infers: PyTorch's {@code _LazyNormBase.initialize_parameters} reads dim 1. */
final class LazyNorm {
    private LazyNorm() {
    }

    static int features(Tensor input) {
        if (input.dim() < 2) {
            throw new IndexOutOfBoundsException("tuple index out of range");
        }
        return input.size(1);
    }
}

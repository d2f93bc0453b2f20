package jtorch.nn;

import jtorch.Tensor;

/** The arity check of modules whose forward takes (x1, x2), with PyTorch's TypeError text. */
final class TwoInputs {
    private TwoInputs() {
    }

    static Tensor first(Tensor[] inputs) {
        if (inputs.length == 1) {
            throw new IllegalArgumentException("forward() missing 1 required positional argument: 'x2'");
        }
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes 3 positional arguments but " + (inputs.length + 1)
                    + " were given");
        }
        return inputs[0];
    }
}

package jtorch.nn;

import jtorch.Tensor;

/** Softmax over the channels of each location: dim -3 of a (C, H, W) or (N, C, H, W) input. PyTorch: {@code nn.Softmax2d()}. */
public class Softmax2d extends Module {
    /** PyTorch: {@code nn.Softmax2d()}. */
    public Softmax2d() {
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 3 && input.dim() != 4) {
            throw new IllegalArgumentException("Softmax2d: expected input to be 3D or 4D, got " + input.dim()
                    + "D instead");
        }
        return input.softmax(-3);
    }
}

package jtorch.nn;

import jtorch.Tensor;

/** The in_channels a lazy convolution infers: PyTorch's {@code LazyConvXdMixin._get_in_channels}. */
final class LazyConvChannels {
    private LazyConvChannels() {
    }

    static int of(Tensor input, int spatial, String module) {
        int unbatched = spatial + 1;
        if (input.dim() != unbatched && input.dim() != unbatched + 1) {
            throw new IllegalArgumentException("Expected " + unbatched + "D (unbatched) or " + (unbatched + 1)
                    + "D (batched) input to " + module + ", but got input of size: torch.Size("
                    + java.util.Arrays.toString(input.sizes()) + ")");
        }
        return input.size(input.dim() == unbatched ? 0 : 1);
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code (*, C, H r, W r) -> (*, C r², H, W)}. PyTorch: {@code nn.PixelUnshuffle(downscale_factor)}. */
public class PixelUnshuffle extends Module {
    /** PyTorch's {@code PixelUnshuffle.downscale_factor} attribute. */
    public final int downscaleFactor;

    /** PyTorch: {@code torch.nn.PixelUnshuffle(downscale_factor)}. */
    public PixelUnshuffle(int downscaleFactor) {
        this.downscaleFactor = downscaleFactor;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pixelUnshuffle(input, downscaleFactor);
    }

    @Override
    public String extraRepr() {
        return "downscale_factor=" + downscaleFactor;
    }
}

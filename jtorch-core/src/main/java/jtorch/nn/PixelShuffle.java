package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code (*, C r², H, W) -> (*, C, H r, W r)}. PyTorch: {@code nn.PixelShuffle(upscale_factor)}. */
public class PixelShuffle extends Module {
    /** PyTorch's {@code PixelShuffle.upscale_factor} attribute. */
    public final int upscaleFactor;

    /** PyTorch: {@code torch.nn.PixelShuffle(upscale_factor)}. */
    public PixelShuffle(int upscaleFactor) {
        this.upscaleFactor = upscaleFactor;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pixelShuffle(input, upscaleFactor);
    }

    @Override
    public String extraRepr() {
        return "upscale_factor=" + upscaleFactor;
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Average pooling to a fixed [H, W] output. PyTorch: {@code nn.AdaptiveAvgPool2d(output_size)}. */
public class AdaptiveAvgPool2d extends Module {
    /** PyTorch's {@code AdaptiveAvgPool2d.output_size} attribute. */
    public final int[] outputSize;

    /** One value for a square output, two for (H, W). */
    public AdaptiveAvgPool2d(int... outputSize) {
        this.outputSize = outputSize.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveAvgPool2d(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PoolRepr.arg(outputSize);
    }
}

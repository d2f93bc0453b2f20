package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Average pooling to a fixed [D, H, W] output. PyTorch: {@code nn.AdaptiveAvgPool3d(output_size)}. */
public class AdaptiveAvgPool3d extends Module {
    /** PyTorch's {@code AdaptiveAvgPool3d.output_size} attribute. */
    public final int[] outputSize;

    /** PyTorch: {@code nn.AdaptiveAvgPool3d(output_size)}: one value for a cube, three for (D, H, W). */
    public AdaptiveAvgPool3d(int... outputSize) {
        this.outputSize = outputSize.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveAvgPool3d(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PoolRepr.arg(outputSize);
    }
}

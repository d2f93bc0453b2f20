package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Max pooling to a fixed [D, H, W] output. PyTorch: {@code nn.AdaptiveMaxPool3d(output_size, return_indices=False)}. */
public class AdaptiveMaxPool3d extends Module {
    /** PyTorch's {@code AdaptiveMaxPool3d.output_size} attribute. */
    public final int[] outputSize;
    /** PyTorch's {@code AdaptiveMaxPool3d.return_indices} attribute. */
    public final boolean returnIndices;

    /** PyTorch: {@code nn.AdaptiveMaxPool3d(output_size)}: one value for a cube, three for (D, H, W). */
    public AdaptiveMaxPool3d(int... outputSize) {
        this(outputSize, false);
    }

    /** PyTorch: {@code nn.AdaptiveMaxPool3d(output_size, return_indices)}. */
    public AdaptiveMaxPool3d(int[] outputSize, boolean returnIndices) {
        this.outputSize = outputSize.clone();
        this.returnIndices = returnIndices;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveMaxPool3d(input, outputSize);
    }

    /** Output and flat [D, H, W] indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.adaptiveMaxPool3dWithIndices(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PoolRepr.arg(outputSize);
    }
}

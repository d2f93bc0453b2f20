package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Max pooling to a fixed [H, W] output. PyTorch: {@code nn.AdaptiveMaxPool2d(output_size, return_indices=False)}. */
public class AdaptiveMaxPool2d extends Module {
    /** PyTorch's {@code AdaptiveMaxPool2d.output_size} attribute. */
    public final int[] outputSize;
    /** PyTorch's {@code AdaptiveMaxPool2d.return_indices} attribute. */
    public final boolean returnIndices;

    /** One value for a square output, two for (H, W). */
    public AdaptiveMaxPool2d(int... outputSize) {
        this(outputSize, false);
    }

    /** PyTorch: {@code torch.nn.AdaptiveMaxPool2d(output_size, return_indices=False)}. */
    public AdaptiveMaxPool2d(int[] outputSize, boolean returnIndices) {
        this.outputSize = outputSize.clone();
        this.returnIndices = returnIndices;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveMaxPool2d(input, outputSize);
    }

    /** Output and flat indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.adaptiveMaxPool2dWithIndices(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PoolRepr.arg(outputSize);
    }
}

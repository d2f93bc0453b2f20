package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Max pooling of (N, C, L) or (C, L) to {@code outputSize} positions. PyTorch:
 * {@code nn.AdaptiveMaxPool1d(output_size, return_indices=False)}.
 */
public class AdaptiveMaxPool1d extends Module {
    /** PyTorch's {@code AdaptiveMaxPool1d.output_size} attribute. */
    public final int outputSize;
    /** PyTorch's {@code AdaptiveMaxPool1d.return_indices} attribute. */
    public final boolean returnIndices;

    /** PyTorch: {@code torch.nn.AdaptiveMaxPool1d(output_size, return_indices=False)}. */
    public AdaptiveMaxPool1d(int outputSize) {
        this(outputSize, false);
    }

    /** PyTorch: {@code torch.nn.AdaptiveMaxPool1d(output_size, return_indices=False)}. */
    public AdaptiveMaxPool1d(int outputSize, boolean returnIndices) {
        this.outputSize = outputSize;
        this.returnIndices = returnIndices;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveMaxPool1d(input, outputSize);
    }

    /** Output and indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        return F.adaptiveMaxPool1dWithIndices(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + outputSize;
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Average pooling of (N, C, L) or (C, L) to {@code outputSize} positions. PyTorch: {@code nn.AdaptiveAvgPool1d(output_size)}. */
public class AdaptiveAvgPool1d extends Module {
    /** PyTorch's {@code AdaptiveAvgPool1d.output_size} attribute. */
    public final int outputSize;

    /** PyTorch: {@code torch.nn.AdaptiveAvgPool1d(output_size)}. */
    public AdaptiveAvgPool1d(int outputSize) {
        this.outputSize = outputSize;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveAvgPool1d(input, outputSize);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + outputSize;
    }
}

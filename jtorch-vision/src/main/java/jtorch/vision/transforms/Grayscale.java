package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Converts to greyscale with 1 or 3 output channels. torchvision: {@code transforms.Grayscale(num_output_channels=1)}.
 * On an {@link jtorch.vision.io.Image} the tensor formula runs ({@code 0.2989 R + 0.587 G + 0.114 B}, truncated),
 * where PIL's {@code convert("L")} rounds its own fixed-point weights.
 */
public final class Grayscale extends ImageTransform {
    private final int numOutputChannels;

    /** torchvision: {@code Grayscale()}. */
    public Grayscale() {
        this(1);
    }

    /** torchvision: {@code Grayscale(num_output_channels)}. */
    public Grayscale(int numOutputChannels) {
        this.numOutputChannels = numOutputChannels;
    }

    @Override
    public Tensor apply(Tensor img) {
        return F.rgbToGrayscale(img, numOutputChannels);
    }

    @Override
    public String toString() {
        return "Grayscale(num_output_channels=" + numOutputChannels + ")";
    }
}

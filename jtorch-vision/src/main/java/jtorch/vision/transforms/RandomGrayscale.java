package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * With probability p ({@code torch.rand(1) < p}) converts to greyscale keeping the channel count.
 * torchvision: {@code transforms.RandomGrayscale(p=0.1)}.
 */
public final class RandomGrayscale extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomGrayscale()}. */
    public RandomGrayscale() {
        this(0.1);
    }

    /** torchvision: {@code RandomGrayscale(p)}. */
    public RandomGrayscale(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        int c = F.getDimensions(img)[0];
        return Draw.randTensorLess(p) ? F.rgbToGrayscale(img, c) : img;
    }

    @Override
    public String toString() {
        return "RandomGrayscale(p=" + Repr.f(p) + ")";
    }
}

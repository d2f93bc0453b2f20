package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Posterizes to {@code bits} with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomPosterize(bits, p=0.5)}. */
public final class RandomPosterize extends ImageTransform {
    private final int bits;
    private final double p;

    /** torchvision: {@code RandomPosterize(bits)}. */
    public RandomPosterize(int bits) {
        this(bits, 0.5);
    }

    /** torchvision: {@code RandomPosterize(bits, p)}. */
    public RandomPosterize(int bits, double p) {
        this.bits = bits;
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.posterize(img, bits) : img;
    }

    @Override
    public String toString() {
        return "RandomPosterize(bits=" + bits + ",p=" + Repr.f(p) + ")";
    }
}

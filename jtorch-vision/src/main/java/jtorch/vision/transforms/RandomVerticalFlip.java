package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Mirrors top to bottom with probability p ({@code torch.rand(1) < p}). torchvision: {@code transforms.RandomVerticalFlip(p=0.5)}. */
public final class RandomVerticalFlip extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomVerticalFlip()}. */
    public RandomVerticalFlip() {
        this(0.5);
    }

    /** torchvision: {@code RandomVerticalFlip(p)}. */
    public RandomVerticalFlip(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randTensorLess(p) ? F.vflip(img) : img;
    }

    @Override
    public String toString() {
        return "RandomVerticalFlip(p=" + Repr.f(p) + ")";
    }
}

package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Mirrors left to right with probability p ({@code torch.rand(1) < p}). torchvision: {@code transforms.RandomHorizontalFlip(p=0.5)}. */
public final class RandomHorizontalFlip extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomHorizontalFlip()}. */
    public RandomHorizontalFlip() {
        this(0.5);
    }

    /** torchvision: {@code RandomHorizontalFlip(p)}. */
    public RandomHorizontalFlip(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randTensorLess(p) ? F.hflip(img) : img;
    }

    @Override
    public String toString() {
        return "RandomHorizontalFlip(p=" + Repr.f(p) + ")";
    }
}

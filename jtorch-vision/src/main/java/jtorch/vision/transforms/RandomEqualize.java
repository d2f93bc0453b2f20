package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Equalizes the histogram with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomEqualize(p=0.5)}. */
public final class RandomEqualize extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomEqualize()}. */
    public RandomEqualize() {
        this(0.5);
    }

    /** torchvision: {@code RandomEqualize(p)}. */
    public RandomEqualize(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.equalize(img) : img;
    }

    @Override
    public String toString() {
        return "RandomEqualize(p=" + Repr.f(p) + ")";
    }
}

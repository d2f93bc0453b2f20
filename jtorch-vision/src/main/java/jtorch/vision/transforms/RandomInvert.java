package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Inverts with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomInvert(p=0.5)}. */
public final class RandomInvert extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomInvert()}. */
    public RandomInvert() {
        this(0.5);
    }

    /** torchvision: {@code RandomInvert(p)}. */
    public RandomInvert(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.invert(img) : img;
    }

    @Override
    public String toString() {
        return "RandomInvert(p=" + Repr.f(p) + ")";
    }
}

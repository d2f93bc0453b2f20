package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Autocontrasts with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomAutocontrast(p=0.5)}. */
public final class RandomAutocontrast extends ImageTransform {
    private final double p;

    /** torchvision: {@code RandomAutocontrast()}. */
    public RandomAutocontrast() {
        this(0.5);
    }

    /** torchvision: {@code RandomAutocontrast(p)}. */
    public RandomAutocontrast(double p) {
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.autocontrast(img) : img;
    }

    @Override
    public String toString() {
        return "RandomAutocontrast(p=" + Repr.f(p) + ")";
    }
}

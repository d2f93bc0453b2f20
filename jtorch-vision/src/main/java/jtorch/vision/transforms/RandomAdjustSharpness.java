package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Adjusts sharpness with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomAdjustSharpness(sharpness_factor, p=0.5)}. */
public final class RandomAdjustSharpness extends ImageTransform {
    private final double sharpnessFactor;
    private final double p;

    /** torchvision: {@code RandomAdjustSharpness(sharpness_factor)}. */
    public RandomAdjustSharpness(double sharpnessFactor) {
        this(sharpnessFactor, 0.5);
    }

    /** torchvision: {@code RandomAdjustSharpness(sharpness_factor, p)}. */
    public RandomAdjustSharpness(double sharpnessFactor, double p) {
        this.sharpnessFactor = sharpnessFactor;
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.adjustSharpness(img, sharpnessFactor) : img;
    }

    @Override
    public String toString() {
        return "RandomAdjustSharpness(sharpness_factor=" + Repr.n(sharpnessFactor, sharpnessFactor == Math.rint(sharpnessFactor))
                + ",p=" + Repr.f(p) + ")";
    }
}

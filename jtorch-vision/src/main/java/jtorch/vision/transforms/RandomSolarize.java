package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Solarizes above {@code threshold} with probability p ({@code torch.rand(1).item() < p}). torchvision: {@code transforms.RandomSolarize(threshold, p=0.5)}. */
public final class RandomSolarize extends ImageTransform {
    private final double threshold;
    private final double p;

    /** torchvision: {@code RandomSolarize(threshold)}. */
    public RandomSolarize(double threshold) {
        this(threshold, 0.5);
    }

    /** torchvision: {@code RandomSolarize(threshold, p)}. */
    public RandomSolarize(double threshold, double p) {
        this.threshold = threshold;
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor img) {
        return Draw.randItemLess(p) ? F.solarize(img, threshold) : img;
    }

    @Override
    public String toString() {
        return "RandomSolarize(threshold=" + Repr.n(threshold, threshold == Math.rint(threshold)) + ",p=" + Repr.f(p) + ")";
    }
}

package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * {@code (x - mean) / std} per channel of a float tensor image. torchvision:
 * {@code transforms.Normalize(mean, std, inplace=False)}.
 */
public final class Normalize implements Transform<Tensor, Tensor> {
    private final double[] mean;
    private final double[] std;
    private final boolean inplace;

    /** torchvision: {@code Normalize(mean, std)}. */
    public Normalize(double[] mean, double[] std) {
        this(mean, std, false);
    }

    /** torchvision: {@code Normalize(mean, std, inplace)}. */
    public Normalize(double[] mean, double[] std, boolean inplace) {
        this.mean = mean.clone();
        this.std = std.clone();
        this.inplace = inplace;
    }

    @Override
    public Tensor apply(Tensor tensor) {
        return F.normalize(tensor, mean, std, inplace);
    }

    @Override
    public String toString() {
        return "Normalize(mean=" + Repr.list(mean) + ", std=" + Repr.list(std) + ")";
    }
}

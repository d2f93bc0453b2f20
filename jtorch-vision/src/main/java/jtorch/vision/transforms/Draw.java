package jtorch.vision.transforms;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * The random draws of torchvision's transforms, each the same torch call on the current default generator
 * (the thread's, inside a DataLoader worker), so a seed reproduces torchvision's parameters exactly.
 */
final class Draw {
    private Draw() {
    }

    /** {@code torch.rand(1) < p}: the float32 draw against p cast to float32 (a tensor comparison). */
    static boolean randTensorLess(double p) {
        return Torch.rand(1).lt(p).itemBool();
    }

    /** {@code torch.rand(1).item() < p}: the draw compared in double. */
    static boolean randItemLess(double p) {
        return Torch.rand(1).item() < p;
    }

    /** {@code p < torch.rand(1)} (RandomApply): true when the transforms are skipped. */
    static boolean pLessThanRand(double p) {
        return Torch.rand(1).gt(p).itemBool();
    }

    /** {@code torch.empty(1).uniform_(a, b).item()}. */
    static double uniform(double a, double b) {
        return Torch.empty(1).uniform_(a, b).item();
    }

    /** {@code torch.randint(low, high, size=(1,)).item()}. */
    static int randint(long low, long high) {
        return (int) Torch.randint(low, high, 1).itemLong();
    }

    /** {@code torch.log(torch.tensor(ratio))}: float32 logs, as doubles. */
    static double[] logRatio(double[] ratio) {
        Tensor l = Torch.fromArray(new float[] {(float) ratio[0], (float) ratio[1]}, 2).log();
        return l.to(DType.FLOAT64).toDoubleArray();
    }

    /** {@code torch.exp(torch.empty(1).uniform_(lo, hi)).item()}. */
    static double expUniform(double lo, double hi) {
        return Torch.empty(1).uniform_(lo, hi).exp().item();
    }

    /** Python's {@code int(round(x))}: half to even. */
    static int pyRound(double x) {
        return (int) Math.rint(x);
    }
}

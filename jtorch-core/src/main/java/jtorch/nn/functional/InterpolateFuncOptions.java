package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.interpolate}: exactly one of {@code size=} and {@code scale_factor=}, then
 * {@code mode='nearest'}, {@code align_corners=None}, {@code recompute_scale_factor=None} — PyTorch's C++
 * {@code F::InterpolateFuncOptions}.
 */
public final class InterpolateFuncOptions {
    int[] size;
    double[] scaleFactor;
    String mode = "nearest";
    Boolean alignCorners;
    Boolean recomputeScaleFactor;

    InterpolateFuncOptions() {
    }

    /** PyTorch: {@code size=}: one value per spatial dim, or one for all. */
    public InterpolateFuncOptions size(int... size) {
        this.size = size.clone();
        return this;
    }

    /** PyTorch: {@code scale_factor=}: one value per spatial dim, or one for all. */
    public InterpolateFuncOptions scaleFactor(double... scaleFactor) {
        this.scaleFactor = scaleFactor.clone();
        return this;
    }

    /** PyTorch: {@code mode=}: nearest, nearest-exact, linear, bilinear, bicubic, trilinear or area. */
    public InterpolateFuncOptions mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** PyTorch: {@code align_corners=} (only for the linear modes; unset: False with PyTorch's warning rules). */
    public InterpolateFuncOptions alignCorners(boolean alignCorners) {
        this.alignCorners = alignCorners;
        return this;
    }

    /** PyTorch: {@code recompute_scale_factor=}. */
    public InterpolateFuncOptions recomputeScaleFactor(boolean recomputeScaleFactor) {
        this.recomputeScaleFactor = recomputeScaleFactor;
        return this;
    }
}

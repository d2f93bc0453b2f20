package jtorch.nn;

/**
 * 2-d bilinear up-sampling with corners aligned, an {@link Upsample} with mode "bilinear" and
 * {@code align_corners=True}. PyTorch: {@code nn.UpsamplingBilinear2d(size=None, scale_factor=None)}:
 * {@code new UpsamplingBilinear2d(8, 8)} or {@code new UpsamplingBilinear2d(UpsamplingBilinear2d.options()
 * .scaleFactor(2))} (any mode or alignment set there is replaced).
 */
public class UpsamplingBilinear2d extends Upsample {
    /** PyTorch: {@code nn.UpsamplingBilinear2d(size)}: one value for a square, two for (H, W). */
    public UpsamplingBilinear2d(int... size) {
        this(options().size(size));
    }

    /** PyTorch: {@code nn.UpsamplingBilinear2d(size=, scale_factor=)} by name. */
    public UpsamplingBilinear2d(Options options) {
        super(options.mode("bilinear").alignCorners(true));
    }
}

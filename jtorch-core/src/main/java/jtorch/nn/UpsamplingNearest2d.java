package jtorch.nn;

/**
 * 2-d nearest-neighbour up-sampling, an {@link Upsample} with mode "nearest". PyTorch:
 * {@code nn.UpsamplingNearest2d(size=None, scale_factor=None)}: {@code new UpsamplingNearest2d(8, 8)} or
 * {@code new UpsamplingNearest2d(UpsamplingNearest2d.options().scaleFactor(2))} (any mode set there is replaced).
 */
public class UpsamplingNearest2d extends Upsample {
    /** PyTorch: {@code nn.UpsamplingNearest2d(size)}: one value for a square, two for (H, W). */
    public UpsamplingNearest2d(int... size) {
        this(options().size(size));
    }

    /** PyTorch: {@code nn.UpsamplingNearest2d(size=, scale_factor=)} by name. */
    public UpsamplingNearest2d(Options options) {
        super(options.mode("nearest"));
    }
}

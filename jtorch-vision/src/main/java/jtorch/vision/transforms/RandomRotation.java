package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Rotates by an angle drawn uniformly from {@code degrees} ({@code float(torch.empty(1).uniform_(lo, hi))}).
 * torchvision: {@code transforms.RandomRotation(degrees, interpolation=NEAREST, expand=False, center=None,
 * fill=0)}. torchvision 0.14 no longer accepts the seed's {@code resample=}; use {@code interpolation}.
 */
public final class RandomRotation extends ImageTransform {
    private final double[] degrees;
    private final InterpolationMode interpolation;
    private final boolean expand;
    private final int[] center;
    private final double[] fill;
    private final boolean fillScalar;

    /** Keyword arguments of {@link RandomRotation}. */
    public static final class Options {
        private final double[] degrees;
        private InterpolationMode interpolation = InterpolationMode.NEAREST;
        private boolean expand;
        private int[] center;
        private double[] fill = {0};
        private boolean fillScalar = true;

        private Options(double[] degrees) {
            this.degrees = degrees;
        }

        /** {@code interpolation=}: NEAREST or BILINEAR. */
        public Options interpolation(InterpolationMode v) {
            interpolation = v;
            return this;
        }

        /** {@code expand=}: enlarge the output to hold the whole rotated image. */
        public Options expand(boolean v) {
            expand = v;
            return this;
        }

        /** {@code center=(x, y)}. */
        public Options center(int x, int y) {
            center = new int[] {x, y};
            return this;
        }

        /** {@code fill=} one value for all channels. */
        public Options fill(double v) {
            fill = new double[] {v};
            fillScalar = true;
            return this;
        }

        /** {@code fill=} one value per channel. */
        public Options fill(double... v) {
            fill = v.clone();
            fillScalar = false;
            return this;
        }
    }

    /** Options for angles in {@code (-degrees, degrees)}. */
    public static Options options(double degrees) {
        return new Options(Sizes.angle(degrees, "degrees"));
    }

    /** Options for angles in {@code (min, max)}. */
    public static Options options(double min, double max) {
        return new Options(new double[] {min, max});
    }

    /** torchvision: {@code RandomRotation(degrees)}. */
    public RandomRotation(double degrees) {
        this(options(degrees));
    }

    /** torchvision: {@code RandomRotation((min, max))}. */
    public RandomRotation(double min, double max) {
        this(options(min, max));
    }

    /** torchvision: {@code RandomRotation(degrees, interpolation, expand, center, fill)} with keywords. */
    public RandomRotation(Options o) {
        degrees = o.degrees;
        interpolation = o.interpolation;
        expand = o.expand;
        center = o.center;
        fill = o.fill;
        fillScalar = o.fillScalar;
    }

    /** The angle. torchvision: {@code RandomRotation.get_params(degrees)}. */
    public static double getParams(double[] degrees) {
        return Draw.uniform(degrees[0], degrees[1]);
    }

    @Override
    public Tensor apply(Tensor img) {
        double[] f = Fill.forChannels(fill, fillScalar, F.getDimensions(img)[0]);
        double angle = getParams(degrees);
        return F.rotate(img, angle, interpolation, expand, center, f);
    }

    @Override
    public String toString() {
        return "RandomRotation(degrees=" + Repr.list(degrees) + ", interpolation=" + interpolation.value()
                + ", expand=" + (expand ? "True" : "False") + (center != null ? ", center=" + Repr.list(center) : "")
                + ", fill=" + Fill.repr(fill, fillScalar) + ")";
    }
}

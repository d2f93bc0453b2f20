package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * A random affine warp keeping the centre. torchvision: {@code transforms.RandomAffine(degrees, translate=None,
 * scale=None, shear=None, interpolation=NEAREST, fill=0, center=None)}. Parameters are drawn as torchvision's
 * {@code get_params}: angle, then (if set) the two translations rounded half to even, the scale, shear x and
 * (with four shear values) shear y, each {@code torch.empty(1).uniform_(lo, hi)}. torchvision 0.14 no longer
 * accepts the seed's {@code resample=} / {@code fillcolor=}; use {@code interpolation} / {@code fill}.
 */
public final class RandomAffine extends ImageTransform {
    private final double[] degrees;
    private final double[] translate;
    private final double[] scale;
    private final double[] shear;
    private final boolean shearScalar;
    private final InterpolationMode interpolation;
    private final double[] fill;
    private final boolean fillScalar;
    private final int[] center;

    /** Keyword arguments of {@link RandomAffine}. */
    public static final class Options {
        private final double[] degrees;
        private double[] translate;
        private double[] scale;
        private double[] shear;
        private boolean shearScalar;
        private InterpolationMode interpolation = InterpolationMode.NEAREST;
        private double[] fill = {0};
        private boolean fillScalar = true;
        private int[] center;

        private Options(double[] degrees) {
            this.degrees = degrees;
        }

        /** {@code translate=(a, b)}: maximal fractions of width and height. */
        public Options translate(double a, double b) {
            for (double t : new double[] {a, b}) {
                if (!(0.0 <= t && t <= 1.0)) {
                    throw new IllegalArgumentException("translation values should be between 0 and 1");
                }
            }
            translate = new double[] {a, b};
            return this;
        }

        /** {@code scale=(lo, hi)}. */
        public Options scale(double lo, double hi) {
            if (lo <= 0 || hi <= 0) {
                throw new IllegalArgumentException("scale values should be positive");
            }
            scale = new double[] {lo, hi};
            return this;
        }

        /** {@code shear=s}: x shear in (-s, s). */
        public Options shear(double s) {
            shear = Sizes.angle(s, "shear");
            shearScalar = true;
            return this;
        }

        /** {@code shear=(lo, hi)} (x only) or {@code (xlo, xhi, ylo, yhi)}. */
        public Options shear(double... s) {
            shear = Sizes.angles(s, "shear", 2, 4);
            shearScalar = false;
            return this;
        }

        /** {@code interpolation=}: NEAREST or BILINEAR. */
        public Options interpolation(InterpolationMode v) {
            interpolation = v;
            return this;
        }

        /** {@code fill=} one value. */
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

        /** {@code center=(x, y)}. */
        public Options center(int x, int y) {
            center = new int[] {x, y};
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

    /** torchvision: {@code RandomAffine(degrees)}. */
    public RandomAffine(double degrees) {
        this(options(degrees));
    }

    /** torchvision: {@code RandomAffine(degrees, translate, scale, shear, interpolation, fill, center)} with keywords. */
    public RandomAffine(Options o) {
        degrees = o.degrees;
        translate = o.translate;
        scale = o.scale;
        shear = o.shear;
        shearScalar = o.shearScalar;
        interpolation = o.interpolation;
        fill = o.fill;
        fillScalar = o.fillScalar;
        center = o.center;
    }

    /** The drawn parameters. torchvision: {@code RandomAffine.get_params} returns {@code (angle, (tx, ty), scale, (sx, sy))}. */
    public record Params(double angle, int[] translate, double scale, double[] shear) {
    }

    /** torchvision: {@code RandomAffine.get_params(degrees, translate, scale_ranges, shears, img_size)}; img_size is (w, h). */
    public static Params getParams(double[] degrees, double[] translate, double[] scaleRanges, double[] shears,
                                   int width, int height) {
        double angle = Draw.uniform(degrees[0], degrees[1]);
        int[] tr = {0, 0};
        if (translate != null) {
            double maxDx = translate[0] * width;
            double maxDy = translate[1] * height;
            tr[0] = Draw.pyRound(Draw.uniform(-maxDx, maxDx));
            tr[1] = Draw.pyRound(Draw.uniform(-maxDy, maxDy));
        }
        double s = scaleRanges != null ? Draw.uniform(scaleRanges[0], scaleRanges[1]) : 1.0;
        double sx = 0.0;
        double sy = 0.0;
        if (shears != null) {
            sx = Draw.uniform(shears[0], shears[1]);
            if (shears.length == 4) {
                sy = Draw.uniform(shears[2], shears[3]);
            }
        }
        return new Params(angle, tr, s, new double[] {sx, sy});
    }

    @Override
    public Tensor apply(Tensor img) {
        int[] d = F.getDimensions(img);
        double[] f = Fill.forChannels(fill, fillScalar, d[0]);
        Params p = getParams(degrees, translate, scale, shear, d[2], d[1]);
        return F.affine(img, p.angle(), p.translate(), p.scale(), p.shear(), interpolation, f, center);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RandomAffine(degrees=").append(Repr.list(degrees));
        if (translate != null) {
            s.append(", translate=").append(Repr.tuple(translate));
        }
        if (scale != null) {
            s.append(", scale=").append(Repr.tuple(scale));
        }
        if (shear != null) {
            s.append(", shear=").append(Repr.list(shear));
        }
        if (interpolation != InterpolationMode.NEAREST) {
            s.append(", interpolation=").append(interpolation.value());
        }
        if (!(fillScalar && fill[0] == 0)) {
            s.append(", fill=").append(Fill.repr(fill, fillScalar));
        }
        if (center != null) {
            s.append(", center=").append(Repr.list(center));
        }
        return s.append(")").toString();
    }
}

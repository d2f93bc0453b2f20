package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * Random brightness, contrast, saturation and hue, applied in a random order. torchvision:
 * {@code transforms.ColorJitter(brightness=0, contrast=0, saturation=0, hue=0)}. A single value {@code v}
 * means {@code [max(0, 1 - v), 1 + v]} ({@code [-v, v]} for hue); the draws are torchvision's
 * {@code get_params}: {@code torch.randperm(4)}, then one {@code torch.empty(1).uniform_} per set factor in the
 * order brightness, contrast, saturation, hue.
 */
public final class ColorJitter extends ImageTransform {
    private final double[] brightness;
    private final double[] contrast;
    private final double[] saturation;
    private final double[] hue;
    private final boolean[] pair;

    /** Keyword arguments of {@link ColorJitter}. */
    public static final class Options {
        private double[] brightness;
        private double[] contrast;
        private double[] saturation;
        private double[] hue;
        private final boolean[] pair = new boolean[4];

        private Options() {
        }

        /** {@code brightness=v}: factor in {@code [max(0, 1 - v), 1 + v]}. */
        public Options brightness(double v) {
            brightness = check(v, "brightness", 1, true);
            pair[0] = false;
            return this;
        }

        /** {@code brightness=(lo, hi)}. */
        public Options brightness(double lo, double hi) {
            brightness = check(lo, hi, "brightness", 0, Double.POSITIVE_INFINITY, 1);
            pair[0] = true;
            return this;
        }

        /** {@code contrast=v}. */
        public Options contrast(double v) {
            contrast = check(v, "contrast", 1, true);
            pair[1] = false;
            return this;
        }

        /** {@code contrast=(lo, hi)}. */
        public Options contrast(double lo, double hi) {
            contrast = check(lo, hi, "contrast", 0, Double.POSITIVE_INFINITY, 1);
            pair[1] = true;
            return this;
        }

        /** {@code saturation=v}. */
        public Options saturation(double v) {
            saturation = check(v, "saturation", 1, true);
            pair[2] = false;
            return this;
        }

        /** {@code saturation=(lo, hi)}. */
        public Options saturation(double lo, double hi) {
            saturation = check(lo, hi, "saturation", 0, Double.POSITIVE_INFINITY, 1);
            pair[2] = true;
            return this;
        }

        /** {@code hue=v}: shift in {@code [-v, v]}, v at most 0.5. */
        public Options hue(double v) {
            hue = check(v, "hue", 0, false);
            if (hue != null && !(-0.5 <= hue[0] && hue[1] <= 0.5)) {
                throw new IllegalArgumentException("hue values should be between (-0.5, 0.5)");
            }
            pair[3] = false;
            return this;
        }

        /** {@code hue=(lo, hi)} within [-0.5, 0.5]. */
        public Options hue(double lo, double hi) {
            hue = check(lo, hi, "hue", -0.5, 0.5, 0);
            pair[3] = true;
            return this;
        }

        private static double[] check(double v, String name, double center, boolean clipFirstOnZero) {
            if (v < 0) {
                throw new IllegalArgumentException("If " + name + " is a single number, it must be non negative.");
            }
            double[] r = {center - v, center + v};
            if (clipFirstOnZero) {
                r[0] = Math.max(r[0], 0.0);
            }
            return r[0] == r[1] && r[1] == center ? null : r;
        }

        private static double[] check(double lo, double hi, String name, double b0, double b1, double center) {
            if (!(b0 <= lo && lo <= hi && hi <= b1)) {
                throw new IllegalArgumentException(name + " values should be between (" + Repr.f(b0) + ", "
                        + (Double.isInfinite(b1) ? "inf" : Repr.f(b1)) + ")");
            }
            return lo == hi && hi == center ? null : new double[] {lo, hi};
        }
    }

    /** No jitter until set. */
    public static Options options() {
        return new Options();
    }

    /** torchvision: {@code ColorJitter(brightness, contrast, saturation, hue)} with single values. */
    public ColorJitter(double brightness, double contrast, double saturation, double hue) {
        this(options().brightness(brightness).contrast(contrast).saturation(saturation).hue(hue));
    }

    /** torchvision: {@code ColorJitter(brightness)}. */
    public ColorJitter(double brightness) {
        this(options().brightness(brightness));
    }

    /** torchvision: {@code ColorJitter(...)} with keywords. */
    public ColorJitter(Options o) {
        brightness = o.brightness;
        contrast = o.contrast;
        saturation = o.saturation;
        hue = o.hue;
        pair = o.pair.clone();
    }

    /** The drawn order (a permutation of 0..3) and factors (NaN where unset). torchvision: {@code ColorJitter.get_params}. */
    public record Params(long[] fnIdx, double brightness, double contrast, double saturation, double hue) {
    }

    /** torchvision: {@code ColorJitter.get_params(brightness, contrast, saturation, hue)}; ranges may be null. */
    public static Params getParams(double[] brightness, double[] contrast, double[] saturation, double[] hue) {
        long[] idx = Torch.randperm(4).toLongArray();
        double b = brightness == null ? Double.NaN : Draw.uniform(brightness[0], brightness[1]);
        double c = contrast == null ? Double.NaN : Draw.uniform(contrast[0], contrast[1]);
        double s = saturation == null ? Double.NaN : Draw.uniform(saturation[0], saturation[1]);
        double h = hue == null ? Double.NaN : Draw.uniform(hue[0], hue[1]);
        return new Params(idx, b, c, s, h);
    }

    @Override
    public Tensor apply(Tensor img) {
        Params p = getParams(brightness, contrast, saturation, hue);
        for (long id : p.fnIdx()) {
            if (id == 0 && brightness != null) {
                img = F.adjustBrightness(img, p.brightness());
            } else if (id == 1 && contrast != null) {
                img = F.adjustContrast(img, p.contrast());
            } else if (id == 2 && saturation != null) {
                img = F.adjustSaturation(img, p.saturation());
            } else if (id == 3 && hue != null) {
                img = F.adjustHue(img, p.hue());
            }
        }
        return img;
    }

    /** A single value prints as torchvision's computed list, a pair as the tuple given. */
    private String r(double[] v, int i) {
        return v == null ? "None" : pair[i] ? Repr.tuple(v) : Repr.list(v);
    }

    @Override
    public String toString() {
        return "ColorJitter(brightness=" + r(brightness, 0) + ", contrast=" + r(contrast, 1) + ", saturation="
                + r(saturation, 2) + ", hue=" + r(hue, 3) + ")";
    }
}

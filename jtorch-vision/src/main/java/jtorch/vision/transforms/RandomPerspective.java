package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * With probability p ({@code torch.rand(1) < p}), a perspective warp moving each corner inward by up to
 * {@code distortion_scale} of the half size (eight {@code torch.randint} draws, as torchvision's
 * {@code get_params}). torchvision: {@code transforms.RandomPerspective(distortion_scale=0.5, p=0.5,
 * interpolation=BILINEAR, fill=0)}.
 */
public final class RandomPerspective extends ImageTransform {
    private final double distortionScale;
    private final double p;
    private final InterpolationMode interpolation;
    private final double[] fill;
    private final boolean fillScalar;

    /** Keyword arguments of {@link RandomPerspective}. */
    public static final class Options {
        private double distortionScale = 0.5;
        private double p = 0.5;
        private InterpolationMode interpolation = InterpolationMode.BILINEAR;
        private double[] fill = {0};
        private boolean fillScalar = true;

        private Options() {
        }

        /** {@code distortion_scale=} in [0, 1]. */
        public Options distortionScale(double v) {
            distortionScale = v;
            return this;
        }

        /** {@code p=}. */
        public Options p(double v) {
            p = v;
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
    }

    /** Default options. */
    public static Options options() {
        return new Options();
    }

    /** torchvision: {@code RandomPerspective()}. */
    public RandomPerspective() {
        this(options());
    }

    /** torchvision: {@code RandomPerspective(distortion_scale, p)}. */
    public RandomPerspective(double distortionScale, double p) {
        this(options().distortionScale(distortionScale).p(p));
    }

    /** torchvision: {@code RandomPerspective(distortion_scale, p, interpolation, fill)} with keywords. */
    public RandomPerspective(Options o) {
        distortionScale = o.distortionScale;
        p = o.p;
        interpolation = o.interpolation;
        fill = o.fill;
        fillScalar = o.fillScalar;
    }

    /**
     * {@code {startpoints, endpoints}}, each four {@code [x, y]} corners (top-left, top-right, bottom-right,
     * bottom-left). torchvision: {@code RandomPerspective.get_params(width, height, distortion_scale)}.
     */
    public static int[][][] getParams(int width, int height, double distortionScale) {
        int hh = height / 2;
        int hw = width / 2;
        int dw = (int) (distortionScale * hw);
        int dh = (int) (distortionScale * hh);
        int[] tl = {Draw.randint(0, dw + 1), Draw.randint(0, dh + 1)};
        int[] tr = {Draw.randint(width - dw - 1, width), Draw.randint(0, dh + 1)};
        int[] br = {Draw.randint(width - dw - 1, width), Draw.randint(height - dh - 1, height)};
        int[] bl = {Draw.randint(0, dw + 1), Draw.randint(height - dh - 1, height)};
        int[][] start = {{0, 0}, {width - 1, 0}, {width - 1, height - 1}, {0, height - 1}};
        return new int[][][] {start, {tl, tr, br, bl}};
    }

    @Override
    public Tensor apply(Tensor img) {
        int[] d = F.getDimensions(img);
        double[] f = Fill.forChannels(fill, fillScalar, d[0]);
        if (Draw.randTensorLess(p)) {
            int[][][] pts = getParams(d[2], d[1], distortionScale);
            return F.perspective(img, pts[0], pts[1], interpolation, f);
        }
        return img;
    }

    @Override
    public String toString() {
        return "RandomPerspective(p=" + Repr.f(p) + ")";
    }
}

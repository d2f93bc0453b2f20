package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Crops a random area and aspect ratio, then resizes to {@code size}. torchvision:
 * {@code transforms.RandomResizedCrop(size, scale=(0.08, 1.0), ratio=(3/4, 4/3), interpolation=BILINEAR,
 * antialias=None)}. The crop is drawn as torchvision's {@code get_params}: up to 10 attempts of
 * {@code torch.empty(1).uniform_(*scale)}, {@code torch.exp(torch.empty(1).uniform_(*log(ratio)))} and, when
 * the box fits, two {@code torch.randint}s; otherwise a central crop clamped to the ratio range.
 */
public final class RandomResizedCrop extends ImageTransform {
    private final int[] size;
    private final double[] scale;
    private final double[] ratio;
    private final InterpolationMode interpolation;
    private final Boolean antialias;

    /** Keyword arguments of {@link RandomResizedCrop}. */
    public static final class Options {
        private final int[] size;
        private double[] scale = {0.08, 1.0};
        private double[] ratio = {3.0 / 4.0, 4.0 / 3.0};
        private InterpolationMode interpolation = InterpolationMode.BILINEAR;
        private Boolean antialias;

        private Options(int[] size) {
            this.size = Sizes.setup(size, "Please provide only two dimensions (h, w) for size.");
        }

        /** {@code scale=(lo, hi)}: the area fraction range. */
        public Options scale(double lo, double hi) {
            scale = new double[] {lo, hi};
            return this;
        }

        /** {@code ratio=(lo, hi)}: the aspect ratio (w / h) range. */
        public Options ratio(double lo, double hi) {
            ratio = new double[] {lo, hi};
            return this;
        }

        /** {@code interpolation=}. */
        public Options interpolation(InterpolationMode v) {
            interpolation = v;
            return this;
        }

        /** {@code antialias=}. */
        public Options antialias(boolean v) {
            antialias = v;
            return this;
        }
    }

    /** Options for a square output. */
    public static Options options(int size) {
        return new Options(new int[] {size});
    }

    /** Options for an {@code (h, w)} output. */
    public static Options options(int[] size) {
        return new Options(size);
    }

    /** torchvision: {@code RandomResizedCrop(size)}. */
    public RandomResizedCrop(int size) {
        this(options(size));
    }

    /** torchvision: {@code RandomResizedCrop((h, w))}. */
    public RandomResizedCrop(int[] size) {
        this(options(size));
    }

    /** torchvision: {@code RandomResizedCrop(size, scale, ratio, interpolation, antialias)} with keywords. */
    public RandomResizedCrop(Options o) {
        if (o.scale[0] > o.scale[1] || o.ratio[0] > o.ratio[1]) {
            System.err.println("UserWarning: Scale and ratio should be of kind (min, max)");
        }
        size = o.size;
        scale = o.scale;
        ratio = o.ratio;
        interpolation = o.interpolation;
        antialias = o.antialias;
    }

    /**
     * The crop {@code (i, j, h, w)} for an image of {@code height x width}. torchvision:
     * {@code RandomResizedCrop.get_params(img, scale, ratio)}.
     */
    public static int[] getParams(int height, int width, double[] scale, double[] ratio) {
        double area = (double) height * width;
        double[] logRatio = Draw.logRatio(ratio);
        for (int attempt = 0; attempt < 10; attempt++) {
            double targetArea = area * Draw.uniform(scale[0], scale[1]);
            double aspect = Draw.expUniform(logRatio[0], logRatio[1]);
            int w = Draw.pyRound(Math.sqrt(targetArea * aspect));
            int h = Draw.pyRound(Math.sqrt(targetArea / aspect));
            if (0 < w && w <= width && 0 < h && h <= height) {
                int i = Draw.randint(0, height - h + 1);
                int j = Draw.randint(0, width - w + 1);
                return new int[] {i, j, h, w};
            }
        }
        double inRatio = (double) width / height;
        int w;
        int h;
        if (inRatio < Math.min(ratio[0], ratio[1])) {
            w = width;
            h = Draw.pyRound(w / Math.min(ratio[0], ratio[1]));
        } else if (inRatio > Math.max(ratio[0], ratio[1])) {
            h = height;
            w = Draw.pyRound(h * Math.max(ratio[0], ratio[1]));
        } else {
            w = width;
            h = height;
        }
        return new int[] {Math.floorDiv(height - h, 2), Math.floorDiv(width - w, 2), h, w};
    }

    @Override
    public Tensor apply(Tensor img) {
        int[] d = F.getDimensions(img);
        int[] p = getParams(d[1], d[2], scale, ratio);
        return F.resizedCrop(img, p[0], p[1], p[2], p[3], size, interpolation, antialias != null && antialias);
    }

    @Override
    public String toString() {
        return "RandomResizedCrop(size=" + Repr.tuple(size) + ", scale=(" + Repr.round4(scale[0]) + ", "
                + Repr.round4(scale[1]) + "), ratio=(" + Repr.round4(ratio[0]) + ", " + Repr.round4(ratio[1])
                + "), interpolation=" + interpolation.value() + "), antialias=" + Resize.pyBool(antialias) + ")";
    }
}

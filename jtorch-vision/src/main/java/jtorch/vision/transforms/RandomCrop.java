package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Crops at a random position, optionally after padding. torchvision: {@code transforms.RandomCrop(size,
 * padding=None, pad_if_needed=False, fill=0, padding_mode="constant")}; the position is drawn as torchvision's
 * {@code get_params}: {@code torch.randint(0, h - th + 1, (1,))} then the same for the width.
 */
public final class RandomCrop extends ImageTransform {
    private final int[] size;
    private final int[] padding;
    private final boolean paddingIsInt;
    private final boolean padIfNeeded;
    private final double fill;
    private final String paddingMode;

    /** Keyword arguments of {@link RandomCrop}. */
    public static final class Options {
        private final int[] size;
        private int[] padding;
        private boolean paddingIsInt;
        private boolean padIfNeeded;
        private double fill;
        private String paddingMode = "constant";

        private Options(int[] size) {
            this.size = Sizes.setup(size, "Please provide only two dimensions (h, w) for size.");
        }

        /** {@code padding=} on all sides. */
        public Options padding(int v) {
            padding = new int[] {v};
            paddingIsInt = true;
            return this;
        }

        /** {@code padding=} as 1, 2 or 4 values. */
        public Options padding(int[] v) {
            padding = v.clone();
            paddingIsInt = false;
            return this;
        }

        /** {@code pad_if_needed=}: pad an image smaller than the crop. */
        public Options padIfNeeded(boolean v) {
            padIfNeeded = v;
            return this;
        }

        /** {@code fill=} (constant mode). */
        public Options fill(double v) {
            fill = v;
            return this;
        }

        /** {@code padding_mode=}: "constant", "edge", "reflect" or "symmetric". */
        public Options paddingMode(String v) {
            paddingMode = v;
            return this;
        }
    }

    /** Options for a square crop. */
    public static Options options(int size) {
        return new Options(new int[] {size});
    }

    /** Options for a {@code (h, w)} crop. */
    public static Options options(int[] size) {
        return new Options(size);
    }

    /** torchvision: {@code RandomCrop(size)}. */
    public RandomCrop(int size) {
        this(options(size));
    }

    /** torchvision: {@code RandomCrop((h, w))}. */
    public RandomCrop(int[] size) {
        this(options(size));
    }

    /** torchvision: {@code RandomCrop(size, padding)}. */
    public RandomCrop(int size, int padding) {
        this(options(size).padding(padding));
    }

    /** torchvision: {@code RandomCrop(size, padding, pad_if_needed, fill, padding_mode)} with keywords. */
    public RandomCrop(Options o) {
        size = o.size;
        padding = o.padding;
        paddingIsInt = o.paddingIsInt;
        padIfNeeded = o.padIfNeeded;
        fill = o.fill;
        paddingMode = o.paddingMode;
    }

    /**
     * The crop {@code (i, j, h, w)} for an image of {@code height x width}. torchvision:
     * {@code RandomCrop.get_params(img, output_size)}.
     *
     * @throws IllegalArgumentException if the crop is larger than the image
     */
    public static int[] getParams(int height, int width, int[] outputSize) {
        int th = outputSize[0];
        int tw = outputSize[1];
        if (height < th || width < tw) {
            throw new IllegalArgumentException("Required crop size (" + th + ", " + tw + ") is larger than input image size ("
                    + height + ", " + width + ")");
        }
        if (width == tw && height == th) {
            return new int[] {0, 0, height, width};
        }
        int i = Draw.randint(0, height - th + 1);
        int j = Draw.randint(0, width - tw + 1);
        return new int[] {i, j, th, tw};
    }

    @Override
    public Tensor apply(Tensor img) {
        if (padding != null) {
            img = F.pad(img, padding, fill, paddingMode);
        }
        int[] d = F.getDimensions(img);
        if (padIfNeeded && d[2] < size[1]) {
            img = F.pad(img, new int[] {size[1] - d[2], 0}, fill, paddingMode);
        }
        d = F.getDimensions(img);
        if (padIfNeeded && d[1] < size[0]) {
            img = F.pad(img, new int[] {0, size[0] - d[1]}, fill, paddingMode);
        }
        d = F.getDimensions(img);
        int[] p = getParams(d[1], d[2], size);
        return F.crop(img, p[0], p[1], p[2], p[3]);
    }

    @Override
    public String toString() {
        String pad = padding == null ? "None" : paddingIsInt ? String.valueOf(padding[0]) : Repr.list(padding);
        return "RandomCrop(size=" + Repr.tuple(size) + ", padding=" + pad + ")";
    }
}

package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Resizes to {@code (h, w)}, or the smaller edge to {@code size} keeping the aspect ratio. torchvision:
 * {@code transforms.Resize(size, interpolation=BILINEAR, max_size=None, antialias=None)}. On an {@link
 * jtorch.vision.io.Image} the tensor path runs: antialiasing only with {@code antialias(true)} (PIL always
 * antialiases).
 */
public final class Resize extends ImageTransform {
    private final int[] size;
    private final boolean sizeIsInt;
    private final InterpolationMode interpolation;
    private final Integer maxSize;
    private final Boolean antialias;

    /** Keyword arguments of {@link Resize}. */
    public static final class Options {
        private final int[] size;
        private final boolean sizeIsInt;
        private InterpolationMode interpolation = InterpolationMode.BILINEAR;
        private Integer maxSize;
        private Boolean antialias;

        private Options(int[] size, boolean sizeIsInt) {
            if (size.length != 1 && size.length != 2) {
                throw new IllegalArgumentException("If size is a sequence, it should have 1 or 2 values");
            }
            this.size = size.clone();
            this.sizeIsInt = sizeIsInt;
        }

        /** {@code interpolation=}. */
        public Options interpolation(InterpolationMode v) {
            interpolation = v;
            return this;
        }

        /** {@code max_size=}: cap on the longer edge when {@code size} is one value. */
        public Options maxSize(int v) {
            maxSize = v;
            return this;
        }

        /** {@code antialias=}. */
        public Options antialias(boolean v) {
            antialias = v;
            return this;
        }
    }

    /** Options for resizing the smaller edge to {@code size}. */
    public static Options options(int size) {
        return new Options(new int[] {size}, true);
    }

    /** Options for a {@code (h, w)} size, or one value in a sequence (the smaller edge). */
    public static Options options(int[] size) {
        return new Options(size, false);
    }

    /** torchvision: {@code Resize(size)}: the smaller edge. */
    public Resize(int size) {
        this(options(size));
    }

    /** torchvision: {@code Resize((h, w))}. */
    public Resize(int[] size) {
        this(options(size));
    }

    /** torchvision: {@code Resize(size, interpolation)}. */
    public Resize(int size, InterpolationMode interpolation) {
        this(options(size).interpolation(interpolation));
    }

    /** torchvision: {@code Resize(size, interpolation, max_size, antialias)} with keywords. */
    public Resize(Options o) {
        size = o.size;
        sizeIsInt = o.sizeIsInt;
        interpolation = o.interpolation;
        maxSize = o.maxSize;
        antialias = o.antialias;
        if (maxSize != null && size.length != 1) {
            throw new IllegalArgumentException("max_size should only be passed if size specifies the length of the "
                    + "smaller edge, i.e. size should be an int or a sequence of length 1 in torchscript mode.");
        }
    }

    @Override
    public Tensor apply(Tensor img) {
        return F.resize(img, size, interpolation, maxSize, antialias != null && antialias);
    }

    @Override
    public String toString() {
        String s = sizeIsInt ? String.valueOf(size[0]) : size.length == 1 ? Repr.list(size) : Repr.tuple(size);
        return "Resize(size=" + s + ", interpolation=" + interpolation.value() + ", max_size="
                + (maxSize == null ? "None" : maxSize) + ", antialias=" + pyBool(antialias) + ")";
    }

    static String pyBool(Boolean b) {
        return b == null ? "None" : b ? "True" : "False";
    }
}

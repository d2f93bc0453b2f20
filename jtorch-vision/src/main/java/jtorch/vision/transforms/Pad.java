package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Pads all sides. torchvision: {@code transforms.Pad(padding, fill=0, padding_mode="constant")}; padding is one
 * value, (left/right, top/bottom) or (left, top, right, bottom); modes constant, edge, reflect, symmetric.
 */
public final class Pad extends ImageTransform {
    private final int[] padding;
    private final boolean paddingIsInt;
    private final double fill;
    private final String paddingMode;

    /** Keyword arguments of {@link Pad}. */
    public static final class Options {
        private final int[] padding;
        private final boolean paddingIsInt;
        private double fill;
        private String paddingMode = "constant";

        private Options(int[] padding, boolean isInt) {
            this.padding = padding.clone();
            this.paddingIsInt = isInt;
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

    /** Options for one padding on all sides. */
    public static Options options(int padding) {
        return new Options(new int[] {padding}, true);
    }

    /** Options for a 1, 2 or 4 element padding. */
    public static Options options(int[] padding) {
        return new Options(padding, false);
    }

    /** torchvision: {@code Pad(padding)}. */
    public Pad(int padding) {
        this(options(padding));
    }

    /** torchvision: {@code Pad(padding)} with a sequence. */
    public Pad(int[] padding) {
        this(options(padding));
    }

    /** torchvision: {@code Pad(padding, fill, padding_mode)} with keywords. */
    public Pad(Options o) {
        if (!List.of("constant", "edge", "reflect", "symmetric").contains(o.paddingMode)) {
            throw new IllegalArgumentException("Padding mode should be either constant, edge, reflect or symmetric");
        }
        if (o.padding.length != 1 && o.padding.length != 2 && o.padding.length != 4) {
            throw new IllegalArgumentException("Padding must be an int or a 1, 2, or 4 element tuple, not a "
                    + o.padding.length + " element tuple");
        }
        padding = o.padding;
        paddingIsInt = o.paddingIsInt;
        fill = o.fill;
        paddingMode = o.paddingMode;
    }

    @Override
    public Tensor apply(Tensor img) {
        return F.pad(img, padding, fill, paddingMode);
    }

    @Override
    public String toString() {
        return "Pad(padding=" + (paddingIsInt ? String.valueOf(padding[0]) : Repr.list(padding)) + ", fill="
                + Repr.n(fill, fill == Math.rint(fill)) + ", padding_mode=" + paddingMode + ")";
    }
}

package jtorch.vision.transforms;

import java.util.StringJoiner;
import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * What AutoAugment, RandAugment and TrivialAugmentWide share: the interpolation and fill of their geometric
 * ops, and the uint8 tensor path (torchvision's tensor backend; an {@link jtorch.vision.io.Image} is run
 * through its uint8 tensor, where torchvision would use PIL's affine and colour ops).
 */
public abstract class AutoAugmentBase extends ImageTransform {
    final InterpolationMode interpolation;
    private final double[] fill;
    private final boolean fillScalar;

    /**
     * Keyword arguments every automatic augmentation takes: {@code interpolation=InterpolationMode.NEAREST}
     * and {@code fill=None}.
     *
     * @param <O> the concrete options type, returned by the fluent setters
     */
    public abstract static class Options<O extends Options<O>> {
        InterpolationMode interpolation = InterpolationMode.NEAREST;
        double[] fill;
        boolean fillScalar;

        Options() {
        }

        @SuppressWarnings("unchecked")
        final O self() {
            return (O) this;
        }

        /** {@code interpolation=}: NEAREST (default) or BILINEAR on tensors. */
        public O interpolation(InterpolationMode v) {
            interpolation = v;
            return self();
        }

        /** {@code fill=v}: one value for every channel outside a sheared, translated or rotated image. */
        public O fill(double v) {
            fill = new double[] {v};
            fillScalar = true;
            return self();
        }

        /** {@code fill=[v1, ..., vC]}: one value per channel. */
        public O fill(double... v) {
            fill = v.clone();
            fillScalar = false;
            return self();
        }
    }

    AutoAugmentBase(Options<?> o) {
        interpolation = o.interpolation;
        fill = o.fill == null ? null : o.fill.clone();
        fillScalar = o.fillScalar;
    }

    /** torchvision's fill for a tensor: {@code [float(fill)] * channels} for a number, null for None. */
    final double[] fillFor(Tensor img) {
        return fill == null ? null : Fill.forChannels(fill, fillScalar, F.getDimensions(img)[0]);
    }

    /** The fill as Python prints it: {@code None}, {@code 128} or {@code [1, 2, 3]}. */
    final String fillRepr() {
        if (fill == null) {
            return "None";
        }
        if (fillScalar) {
            return Repr.n(fill[0], fill[0] == Math.rint(fill[0]));
        }
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double v : fill) {
            j.add(Repr.n(v, v == Math.rint(v)));
        }
        return j.toString();
    }

    /** {@code InterpolationMode.NEAREST}, as Python prints the enum member. */
    final String interpolationRepr() {
        return "InterpolationMode." + interpolation.name();
    }
}

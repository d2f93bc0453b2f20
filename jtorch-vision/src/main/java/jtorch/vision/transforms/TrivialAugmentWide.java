package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * TrivialAugment Wide: one op drawn uniformly from 14 (as {@link RandAugment}'s, with wider ranges: shear and
 * colour factors up to 0.99, translations up to 32 pixels, rotations up to 135 degrees, posterize down to 2
 * bits) at a uniformly drawn magnitude bin. torchvision: {@code transforms.TrivialAugmentWide(
 * num_magnitude_bins=31, interpolation=NEAREST, fill=None)}. Draws as torchvision: {@code torch.randint(14, (1,))}
 * for the op, {@code torch.randint(num_magnitude_bins, (1,))} for its bin (ops with magnitudes only), then for a
 * signed op {@code torch.randint(2, (1,))} (1 negates). Images are uint8 tensors {@code [..., 1 or 3, H, W]}.
 */
public final class TrivialAugmentWide extends AutoAugmentBase {
    private final int numMagnitudeBins;

    /** Keyword arguments of {@link TrivialAugmentWide}. */
    public static final class Options extends AutoAugmentBase.Options<Options> {
        private int numMagnitudeBins = 31;

        private Options() {
        }

        /** {@code num_magnitude_bins=} (default 31). */
        public Options numMagnitudeBins(int v) {
            numMagnitudeBins = v;
            return this;
        }
    }

    /** Default options. */
    public static Options options() {
        return new Options();
    }

    /** torchvision: {@code TrivialAugmentWide()}. */
    public TrivialAugmentWide() {
        this(options());
    }

    /** torchvision: {@code TrivialAugmentWide(num_magnitude_bins, interpolation, fill)} with keywords. */
    public TrivialAugmentWide(Options o) {
        super(o);
        numMagnitudeBins = o.numMagnitudeBins;
    }

    /** torchvision's {@code TrivialAugmentWide._augmentation_space(num_bins)}. */
    static List<AugmentOp.Entry> augmentationSpace(int numBins) {
        return AugmentOp.space(numBins, true, 0.99, 32.0, 32.0, 135.0, 0.99, 6, false);
    }

    @Override
    public Tensor apply(Tensor img) {
        double[] fill = fillFor(img);
        List<AugmentOp.Entry> space = augmentationSpace(numMagnitudeBins);
        AugmentOp.Entry e = space.get((int) Torch.randint(space.size(), new int[] {1}).itemLong());
        double m = e.magnitudes() != null ? e.magnitude(Torch.randint(e.magnitudes().size(0), new int[] {1}).itemLong())
                : 0.0;
        if (e.signed() && Torch.randint(2, new int[] {1}).itemLong() != 0) {
            m *= -1.0;
        }
        return e.op().apply(img, m, interpolation, fill);
    }

    @Override
    public String toString() {
        return "TrivialAugmentWide(num_magnitude_bins=" + numMagnitudeBins + ", interpolation=" + interpolationRepr()
                + ", fill=" + fillRepr() + ")";
    }
}

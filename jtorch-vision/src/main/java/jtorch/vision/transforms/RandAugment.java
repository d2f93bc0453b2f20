package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * RandAugment: {@code numOps} ops drawn uniformly from 14 (Identity, ShearX/Y, TranslateX/Y, Rotate,
 * Brightness, Color, Contrast, Sharpness, Posterize, Solarize, AutoContrast, Equalize), each at bin
 * {@code magnitude} of {@code numMagnitudeBins}. torchvision: {@code transforms.RandAugment(num_ops=2,
 * magnitude=9, num_magnitude_bins=31, interpolation=NEAREST, fill=None)}. Draws per op as torchvision:
 * {@code torch.randint(14, (1,))}, then for a signed op {@code torch.randint(2, (1,))} (1 negates). Images are
 * uint8 tensors {@code [..., 1 or 3, H, W]}.
 */
public final class RandAugment extends AutoAugmentBase {
    private final int numOps;
    private final int magnitude;
    private final int numMagnitudeBins;

    /** Keyword arguments of {@link RandAugment}. */
    public static final class Options extends AutoAugmentBase.Options<Options> {
        private int numOps = 2;
        private int magnitude = 9;
        private int numMagnitudeBins = 31;

        private Options() {
        }

        /** {@code num_ops=} (default 2): ops applied in sequence. */
        public Options numOps(int v) {
            numOps = v;
            return this;
        }

        /** {@code magnitude=} (default 9): the bin of every op's magnitude. */
        public Options magnitude(int v) {
            magnitude = v;
            return this;
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

    /** torchvision: {@code RandAugment()}. */
    public RandAugment() {
        this(options());
    }

    /** torchvision: {@code RandAugment(num_ops, magnitude)}. */
    public RandAugment(int numOps, int magnitude) {
        this(options().numOps(numOps).magnitude(magnitude));
    }

    /** torchvision: {@code RandAugment(num_ops, magnitude, num_magnitude_bins, interpolation, fill)} with keywords. */
    public RandAugment(Options o) {
        super(o);
        numOps = o.numOps;
        magnitude = o.magnitude;
        numMagnitudeBins = o.numMagnitudeBins;
    }

    /** torchvision's {@code RandAugment._augmentation_space(num_bins, (height, width))}. */
    static List<AugmentOp.Entry> augmentationSpace(int numBins, int height, int width) {
        return AugmentOp.space(numBins, true, 0.3, 150.0 / 331.0 * width, 150.0 / 331.0 * height, 30.0, 0.9, 4, false);
    }

    @Override
    public Tensor apply(Tensor img) {
        double[] fill = fillFor(img);
        int[] d = F.getDimensions(img);
        List<AugmentOp.Entry> space = augmentationSpace(numMagnitudeBins, d[1], d[2]);
        for (int i = 0; i < numOps; i++) {
            AugmentOp.Entry e = space.get((int) Torch.randint(space.size(), new int[] {1}).itemLong());
            double m = e.magnitudes() != null ? e.magnitude(magnitude) : 0.0;
            if (e.signed() && Torch.randint(2, new int[] {1}).itemLong() != 0) {
                m *= -1.0;
            }
            img = e.op().apply(img, m, interpolation, fill);
        }
        return img;
    }

    @Override
    public String toString() {
        return "RandAugment(num_ops=" + numOps + ", magnitude=" + magnitude + ", num_magnitude_bins="
                + numMagnitudeBins + ", interpolation=" + interpolationRepr() + ", fill=" + fillRepr() + ")";
    }
}

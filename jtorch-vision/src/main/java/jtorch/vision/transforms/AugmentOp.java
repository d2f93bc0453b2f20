package jtorch.vision.transforms;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * The image operations of AutoAugment, RandAugment and TrivialAugmentWide and how each applies a magnitude.
 * torchvision 0.14: {@code transforms.autoaugment._apply_op} (the op names are its strings).
 */
enum AugmentOp {
    IDENTITY("Identity"),
    SHEAR_X("ShearX"),
    SHEAR_Y("ShearY"),
    TRANSLATE_X("TranslateX"),
    TRANSLATE_Y("TranslateY"),
    ROTATE("Rotate"),
    BRIGHTNESS("Brightness"),
    COLOR("Color"),
    CONTRAST("Contrast"),
    SHARPNESS("Sharpness"),
    POSTERIZE("Posterize"),
    SOLARIZE("Solarize"),
    AUTO_CONTRAST("AutoContrast"),
    EQUALIZE("Equalize"),
    INVERT("Invert");

    private final String torchName;

    AugmentOp(String torchName) {
        this.torchName = torchName;
    }

    /** torchvision's op name ("ShearX", ...). */
    String torchName() {
        return torchName;
    }

    static AugmentOp of(String torchName) {
        for (AugmentOp op : values()) {
            if (op.torchName.equals(torchName)) {
                return op;
            }
        }
        throw new IllegalArgumentException("The provided operator " + torchName + " is not recognized.");
    }

    /**
     * {@code _apply_op(img, op_name, magnitude, interpolation, fill)}: shears are {@code atan(magnitude)} in
     * degrees about the top-left corner ({@code center=[0, 0]}), translations truncate the magnitude to pixels,
     * colour ops take {@code 1 + magnitude} as their factor; {@code fill} may be null.
     */
    Tensor apply(Tensor img, double magnitude, InterpolationMode interpolation, double[] fill) {
        int[] none = {0, 0};
        int[] origin = {0, 0};
        return switch (this) {
            case IDENTITY -> img;
            case SHEAR_X -> F.affine(img, 0.0, none, 1.0, new double[] {Math.toDegrees(Math.atan(magnitude)), 0.0},
                    interpolation, fill, origin);
            case SHEAR_Y -> F.affine(img, 0.0, none, 1.0, new double[] {0.0, Math.toDegrees(Math.atan(magnitude))},
                    interpolation, fill, origin);
            case TRANSLATE_X -> F.affine(img, 0.0, new int[] {(int) magnitude, 0}, 1.0, new double[] {0.0, 0.0},
                    interpolation, fill, null);
            case TRANSLATE_Y -> F.affine(img, 0.0, new int[] {0, (int) magnitude}, 1.0, new double[] {0.0, 0.0},
                    interpolation, fill, null);
            case ROTATE -> F.rotate(img, magnitude, interpolation, false, null, fill);
            case BRIGHTNESS -> F.adjustBrightness(img, 1.0 + magnitude);
            case COLOR -> F.adjustSaturation(img, 1.0 + magnitude);
            case CONTRAST -> F.adjustContrast(img, 1.0 + magnitude);
            case SHARPNESS -> F.adjustSharpness(img, 1.0 + magnitude);
            case POSTERIZE -> F.posterize(img, (int) magnitude);
            case SOLARIZE -> F.solarize(img, magnitude);
            case AUTO_CONTRAST -> F.autocontrast(img);
            case EQUALIZE -> F.equalize(img);
            case INVERT -> F.invert(img);
        };
    }

    /** An op of an augmentation space: its magnitude bins (float32; null for ops without one) and whether signed. */
    record Entry(AugmentOp op, Tensor magnitudes, boolean signed) {
        /** {@code float(magnitudes[i].item())}. */
        double magnitude(long i) {
            return magnitudes.select(0, Math.toIntExact(i)).item();
        }
    }

    /**
     * One of torchvision's {@code _augmentation_space}s: the signed geometric and colour ops with
     * {@code torch.linspace(0, max, numBins)} magnitudes (translations' maxima given per axis), then Posterize
     * ({@code maxBits - round(arange(numBins) / ((numBins - 1) / posterizeSpan))} bits), Solarize
     * (thresholds {@code linspace(255, 0, numBins)}) and the magnitude-free ops.
     */
    static List<Entry> space(int numBins, boolean identity, double shear, double translateX, double translateY,
                             double rotate, double color, int posterizeSpan, boolean invert) {
        List<Entry> s = new ArrayList<>();
        if (identity) {
            s.add(new Entry(IDENTITY, null, false));
        }
        s.add(new Entry(SHEAR_X, Torch.linspace(0.0, shear, numBins), true));
        s.add(new Entry(SHEAR_Y, Torch.linspace(0.0, shear, numBins), true));
        s.add(new Entry(TRANSLATE_X, Torch.linspace(0.0, translateX, numBins), true));
        s.add(new Entry(TRANSLATE_Y, Torch.linspace(0.0, translateY, numBins), true));
        s.add(new Entry(ROTATE, Torch.linspace(0.0, rotate, numBins), true));
        for (AugmentOp op : List.of(BRIGHTNESS, COLOR, CONTRAST, SHARPNESS)) {
            s.add(new Entry(op, Torch.linspace(0.0, color, numBins), true));
        }
        Tensor bits = Torch.arange(numBins).div((numBins - 1) / (double) posterizeSpan).round().to(DType.INT32).rsub(8L);
        s.add(new Entry(POSTERIZE, bits, false));
        s.add(new Entry(SOLARIZE, Torch.linspace(255.0, 0.0, numBins), false));
        s.add(new Entry(AUTO_CONTRAST, null, false));
        s.add(new Entry(EQUALIZE, null, false));
        if (invert) {
            s.add(new Entry(INVERT, null, false));
        }
        return s;
    }
}

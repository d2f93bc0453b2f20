package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.transforms.functional.F;

/**
 * Converts a tensor {@code [C, H, W]} (floats scaled by 255 and truncated) to an {@link Image}.
 * torchvision: {@code transforms.ToPILImage(mode=None)}.
 */
public final class ToPILImage implements Transform<Object, Image> {
    private final ImageMode mode;

    /** The mode follows the channel count (1 L, 3 RGB, 4 RGBA). torchvision: {@code ToPILImage()}. */
    public ToPILImage() {
        this.mode = null;
    }

    /** Checks the result has {@code mode}. torchvision: {@code ToPILImage(mode)}. */
    public ToPILImage(ImageMode mode) {
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
    }

    /** torchvision: {@code ToPILImage()(pic)}. */
    public Image apply(Tensor pic) {
        return mode == null ? F.toPilImage(pic) : F.toPilImage(pic, mode);
    }

    /** @throws IllegalArgumentException unless {@code pic} is a {@link Tensor} */
    @Override
    public Image apply(Object pic) {
        if (pic instanceof Tensor t) {
            return apply(t);
        }
        throw new IllegalArgumentException("pic should be Tensor or ndarray. Got " + Repr.typeName(pic) + ".");
    }

    @Override
    public String toString() {
        return "ToPILImage(" + (mode == null ? "" : "mode=" + mode) + ")";
    }
}

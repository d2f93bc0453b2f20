package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.transforms.functional.F;

/**
 * Converts an image to a float tensor {@code [C, H, W]} in [0, 1]. torchvision: {@code transforms.ToTensor()}.
 */
public final class ToTensor implements Transform<Object, Tensor> {
    /** torchvision: {@code ToTensor()}. */
    public ToTensor() {
    }

    /** torchvision: {@code ToTensor()(pic)}. */
    public Tensor apply(Image pic) {
        return F.toTensor(pic);
    }

    /** @throws IllegalArgumentException unless {@code pic} is an {@link Image} (torchvision's TypeError) */
    @Override
    public Tensor apply(Object pic) {
        if (pic instanceof Image i) {
            return apply(i);
        }
        throw new IllegalArgumentException("pic should be PIL Image or ndarray. Got " + Repr.typeName(pic));
    }

    @Override
    public String toString() {
        return "ToTensor()";
    }
}

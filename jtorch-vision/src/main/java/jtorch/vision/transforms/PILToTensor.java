package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.transforms.functional.F;

/** Converts an image to a uint8 tensor {@code [C, H, W]} without scaling. torchvision: {@code transforms.PILToTensor()}. */
public final class PILToTensor implements Transform<Object, Tensor> {
    /** torchvision: {@code PILToTensor()}. */
    public PILToTensor() {
    }

    /** torchvision: {@code PILToTensor()(pic)}. */
    public Tensor apply(Image pic) {
        return F.pilToTensor(pic);
    }

    /** @throws IllegalArgumentException unless {@code pic} is an {@link Image} */
    @Override
    public Tensor apply(Object pic) {
        if (pic instanceof Image i) {
            return apply(i);
        }
        throw new IllegalArgumentException("pic should be PIL Image. Got " + Repr.typeName(pic));
    }

    @Override
    public String toString() {
        return "PILToTensor()";
    }
}

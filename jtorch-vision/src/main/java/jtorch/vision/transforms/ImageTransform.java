package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.io.Image;

/**
 * A transform that accepts both tensor images ({@code [..., C, H, W]}, uint8 or float) and {@link Image}s and
 * returns the same kind. torchvision: the transforms that take "PIL Image or Tensor". An image is processed on
 * the tensor path: {@code pil_to_tensor}, the tensor transform, back to an image of the resulting channel count
 * (torchvision's PIL backend can differ, e.g. PIL's resize always antialiases; the subclasses say where).
 */
public abstract class ImageTransform implements Transform<Object, Object> {
    /** Creates the transform. */
    protected ImageTransform() {
    }

    /** Applies the transform to a tensor image. torchvision: {@code transform(tensor)}. */
    public abstract Tensor apply(Tensor img);

    /** Applies the transform to an image through its uint8 tensor. torchvision: {@code transform(pil_image)}. */
    public Image apply(Image img) {
        return Image.fromTensor(apply(img.toTensor()));
    }

    /**
     * Dispatches on the runtime type (what {@link Compose} calls).
     *
     * @throws IllegalArgumentException for anything but a {@link Tensor} or an {@link Image}
     */
    @Override
    public Object apply(Object img) {
        if (img instanceof Tensor t) {
            return apply(t);
        }
        if (img instanceof Image i) {
            return apply(i);
        }
        throw new IllegalArgumentException("img should be PIL Image or Tensor. Got " + Repr.typeName(img));
    }
}

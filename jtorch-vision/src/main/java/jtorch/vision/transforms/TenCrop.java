package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.transforms.functional.F;

/**
 * The five crops of the image and of its flipped copy (horizontal, or vertical with {@code verticalFlip}).
 * torchvision: {@code transforms.TenCrop(size, vertical_flip=False)}.
 */
public final class TenCrop implements Transform<Object, Object> {
    private final int[] size;
    private final boolean verticalFlip;

    /** torchvision: {@code TenCrop(size)}. */
    public TenCrop(int size) {
        this(new int[] {size}, false);
    }

    /** torchvision: {@code TenCrop(size, vertical_flip)}. */
    public TenCrop(int size, boolean verticalFlip) {
        this(new int[] {size}, verticalFlip);
    }

    /** torchvision: {@code TenCrop((h, w), vertical_flip)}. */
    public TenCrop(int[] size, boolean verticalFlip) {
        this.size = Sizes.setup(size, "Please provide only two dimensions (h, w) for size.");
        this.verticalFlip = verticalFlip;
    }

    /** The ten crops of a tensor image. */
    public List<Tensor> apply(Tensor img) {
        return F.tenCrop(img, size, verticalFlip);
    }

    /** The ten crops of an image. */
    public List<Image> apply(Image img) {
        return apply(img.toTensor()).stream().map(Image::fromTensor).toList();
    }

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

    @Override
    public String toString() {
        return "TenCrop(size=" + Repr.tuple(size) + ", vertical_flip=" + (verticalFlip ? "True" : "False") + ")";
    }
}

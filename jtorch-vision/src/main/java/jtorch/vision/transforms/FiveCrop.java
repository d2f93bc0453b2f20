package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.transforms.functional.F;

/**
 * The four corner crops and the centre crop, as a list {@code (tl, tr, bl, br, center)}. torchvision:
 * {@code transforms.FiveCrop(size)}.
 */
public final class FiveCrop implements Transform<Object, Object> {
    private final int[] size;

    /** torchvision: {@code FiveCrop(size)}: square crops. */
    public FiveCrop(int size) {
        this(new int[] {size});
    }

    /** torchvision: {@code FiveCrop((h, w))}. */
    public FiveCrop(int[] size) {
        this.size = Sizes.setup(size, "Please provide only two dimensions (h, w) for size.");
    }

    /** The five crops of a tensor image. */
    public List<Tensor> apply(Tensor img) {
        return F.fiveCrop(img, size);
    }

    /** The five crops of an image. */
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
        return "FiveCrop(size=" + Repr.tuple(size) + ")";
    }
}

package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Crops the centre, zero-padding where the image is smaller. torchvision: {@code transforms.CenterCrop(size)}. */
public final class CenterCrop extends ImageTransform {
    private final int[] size;

    /** torchvision: {@code CenterCrop(size)}: a square. */
    public CenterCrop(int size) {
        this.size = new int[] {size, size};
    }

    /** torchvision: {@code CenterCrop((h, w))}. */
    public CenterCrop(int[] size) {
        this.size = Sizes.setup(size, "Please provide only two dimensions (h, w) for size.");
    }

    @Override
    public Tensor apply(Tensor img) {
        return F.centerCrop(img, size);
    }

    @Override
    public String toString() {
        return "CenterCrop(size=" + Repr.tuple(size) + ")";
    }
}

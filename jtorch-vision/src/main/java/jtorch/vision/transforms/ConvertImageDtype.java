package jtorch.vision.transforms;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/** Converts a tensor image's dtype, rescaling values. torchvision: {@code transforms.ConvertImageDtype(dtype)}. */
public final class ConvertImageDtype implements Transform<Tensor, Tensor> {
    private final DType dtype;

    /** torchvision: {@code ConvertImageDtype(dtype)}. */
    public ConvertImageDtype(DType dtype) {
        this.dtype = java.util.Objects.requireNonNull(dtype, "dtype");
    }

    @Override
    public Tensor apply(Tensor image) {
        return F.convertImageDtype(image, dtype);
    }

    @Override
    public String toString() {
        return "ConvertImageDtype()";
    }
}

package jtorch.vision.transforms;

import java.util.Arrays;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Flattens the image, subtracts {@code meanVector} and multiplies by {@code transformationMatrix}
 * ({@code D x D}, D = C*H*W), e.g. ZCA whitening. torchvision:
 * {@code transforms.LinearTransformation(transformation_matrix, mean_vector)}.
 */
public final class LinearTransformation implements Transform<Tensor, Tensor> {
    private final Tensor transformationMatrix;
    private final Tensor meanVector;

    /** torchvision: {@code LinearTransformation(transformation_matrix, mean_vector)}. */
    public LinearTransformation(Tensor transformationMatrix, Tensor meanVector) {
        if (transformationMatrix.size(0) != transformationMatrix.size(1)) {
            throw new IllegalArgumentException("transformation_matrix should be square. Got "
                    + pyShape(transformationMatrix) + " rectangular matrix.");
        }
        if (meanVector.size(0) != transformationMatrix.size(0)) {
            throw new IllegalArgumentException("mean_vector should have the same length " + meanVector.size(0)
                    + " as any one of the dimensions of the transformation_matrix [" + pyShape(transformationMatrix) + "]");
        }
        this.transformationMatrix = transformationMatrix;
        this.meanVector = meanVector;
    }

    private static String pyShape(Tensor t) {
        return Arrays.toString(t.sizes()).replace('[', '(').replace(']', ')');
    }

    @Override
    public Tensor apply(Tensor tensor) {
        int[] shape = tensor.sizes();
        int k = shape.length;
        int n = shape[k - 3] * shape[k - 2] * shape[k - 1];
        if (n != transformationMatrix.size(0)) {
            throw new IllegalArgumentException("Input tensor and transformation matrix have incompatible shape.["
                    + shape[k - 3] + " x " + shape[k - 2] + " x " + shape[k - 1] + "] != " + transformationMatrix.size(0));
        }
        Tensor flat = tensor.view(-1, n).sub(meanVector);
        return Torch.mm(flat, transformationMatrix).view(shape);
    }

    @Override
    public String toString() {
        return "LinearTransformation(transformation_matrix=" + transformationMatrix.tolist() + ", mean_vector="
                + meanVector.tolist() + ")";
    }
}

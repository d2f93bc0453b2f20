package jtorch.nn.utils;

import java.util.ArrayList;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Parameters as one flat vector and back. PyTorch: {@code torch.nn.utils.parameters_to_vector} and
 * {@code vector_to_parameters}.
 */
public final class ConvertParameters {
    private ConvertParameters() {
    }

    /** All parameters flattened and concatenated, in order (differentiable). PyTorch: {@code parameters_to_vector}. */
    public static Tensor parametersToVector(Iterable<? extends Tensor> parameters) {
        List<Tensor> flat = new ArrayList<>();
        for (Tensor p : parameters) {
            flat.add(p.view(-1));
        }
        return Torch.cat(flat);
    }

    /**
     * Writes consecutive slices of {@code vec} into the parameters, in order. PyTorch:
     * {@code vector_to_parameters(vec, parameters)}, which re-points each {@code param.data} at a view of vec;
     * jtorch copies the values instead (a tensor's storage is fixed), so a later change to vec does not reach the
     * parameters. A vector too short for a parameter fails as PyTorch's view does.
     */
    public static void vectorToParameters(Tensor vec, Iterable<? extends Tensor> parameters) {
        int pointer = 0;
        try (var g = Torch.noGrad()) {
            for (Tensor p : parameters) {
                int n = p.numel();
                Tensor slice = vec.slice(0, pointer, pointer + n, 1).view(p.sizes());
                p.copy_(slice);
                pointer += n;
            }
        }
    }
}

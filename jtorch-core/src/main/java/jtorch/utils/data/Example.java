package jtorch.utils.data;

/**
 * A sample (or a batch) of input and target: the {@code (img, label)} pair that PyTorch's vision
 * datasets return as a tuple, named after the C++ frontend's {@code torch::data::Example<Data,
 * Target>} with its {@code data} and {@code target} fields. {@link Collate#defaultCollate}
 * collates a list of examples to one example of stacked data and a target tensor, so
 * {@code for (Example<Tensor, Tensor> b : loader)} gives PyTorch's {@code for x, y in loader}.
 *
 * @param data   the input (an image, a tensor, ...)
 * @param target the label or regression target
 */
public record Example<D, L>(D data, L target) {
}

package jtorch.utils.data;

/**
 * A source of dataset indices (or of index lists, for a batch sampler). PyTorch:
 * {@code torch.utils.data.Sampler} ({@code __iter__}, {@code __len__}). Each call to
 * {@link #iterator()} starts a new pass (an epoch); random samplers draw at that point, as
 * PyTorch's generator-based {@code __iter__} does on its first {@code next}.
 *
 * @param <E> {@code Integer} for index samplers, {@code List<Integer>} for batch samplers
 */
public interface Sampler<E> extends Iterable<E> {

    /** The number of elements one pass yields. PyTorch: {@code Sampler.__len__()}. */
    int size();
}

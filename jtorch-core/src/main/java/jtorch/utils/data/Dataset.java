package jtorch.utils.data;

/**
 * A map-style dataset: samples addressed by an index in {@code [0, size())}. PyTorch:
 * {@code torch.utils.data.Dataset} with {@code __getitem__} and {@code __len__}.
 *
 * <p>Implementations should be safe to call from several threads at once when used with a
 * {@link DataLoader} that has {@code numWorkers > 0}: worker threads share the dataset object
 * (PyTorch's worker processes each get a copy).
 *
 * @param <T> the sample type
 */
public interface Dataset<T> {

    /** The sample at {@code index}. PyTorch: {@code Dataset.__getitem__(self, index)}. */
    T get(int index);

    /** The number of samples. PyTorch: {@code Dataset.__len__(self)}. */
    int size();

    /** Checks {@code 0 <= index < size} with PyTorch's message for an index past the end. */
    static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of range for a dataset of size " + size);
        }
    }
}

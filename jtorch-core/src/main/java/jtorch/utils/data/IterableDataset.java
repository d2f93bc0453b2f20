package jtorch.utils.data;

/**
 * A dataset that streams its samples. PyTorch: {@code torch.utils.data.IterableDataset}
 * ({@code __iter__}).
 *
 * <p>With {@code numWorkers > 0} every worker thread calls {@link #iterator()} on the same object,
 * so each would yield the whole stream; as in PyTorch, an implementation shards itself by
 * consulting {@link DataLoader#getWorkerInfo()} inside {@code iterator()} (worker id and count).
 *
 * @param <T> the sample type
 */
public interface IterableDataset<T> extends Iterable<T> {

    /**
     * The number of samples, when known. PyTorch: an optional {@code __len__}; the default throws
     * {@link UnsupportedOperationException}, like Python's {@code TypeError} for a missing
     * {@code __len__}.
     */
    default int size() {
        throw new UnsupportedOperationException("object of type '" + getClass().getSimpleName() + "' has no len()");
    }
}

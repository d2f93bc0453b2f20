package jtorch.utils.data;

import java.util.Iterator;

/**
 * One pass over a {@link DataLoader}. PyTorch: the {@code _BaseDataLoaderIter} that
 * {@code iter(loader)} returns. Closing it stops its worker threads (unless the loader keeps
 * persistent workers); an iterator that is dropped without being closed (a {@code break} out
 * of a for-each loop) stops them when it is garbage collected, as PyTorch's {@code __del__}
 * does, or when the loader is closed.
 *
 * @param <B> the batch type
 */
public interface DataLoaderIterator<B> extends Iterator<B>, AutoCloseable {

    /** Stops this pass and its worker threads (PyTorch: {@code _shutdown_workers}). Idempotent. */
    @Override
    void close();
}

package jtorch.utils.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Indices 0, 1, ..., n-1 in order. PyTorch: {@code torch.utils.data.SequentialSampler(data_source)}. */
public final class SequentialSampler implements Sampler<Integer> {
    private final Dataset<?> dataSource;
    private final int fixedSize;

    /** PyTorch: {@code SequentialSampler(data_source)}; the size is read at each pass. */
    public SequentialSampler(Dataset<?> dataSource) {
        this.dataSource = dataSource;
        this.fixedSize = -1;
    }

    /** Indices {@code 0..n-1}, like {@code SequentialSampler(range(n))}. */
    public SequentialSampler(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("SequentialSampler: size must be non-negative, got " + n);
        }
        this.dataSource = null;
        this.fixedSize = n;
    }

    /** PyTorch: {@code SequentialSampler.__len__()}. */
    @Override
    public int size() {
        return dataSource != null ? dataSource.size() : fixedSize;
    }

    /** PyTorch: {@code SequentialSampler.__iter__()} = {@code iter(range(len(data_source)))}. */
    @Override
    public Iterator<Integer> iterator() {
        int n = size();
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Integer next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                return i++;
            }
        };
    }
}

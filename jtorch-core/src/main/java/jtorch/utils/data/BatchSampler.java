package jtorch.utils.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups the indices of another sampler into lists of {@code batchSize}. PyTorch:
 * {@code torch.utils.data.BatchSampler(sampler, batch_size, drop_last)}.
 */
public final class BatchSampler implements Sampler<List<Integer>> {
    private final Sampler<Integer> sampler;
    private final int batchSize;
    private final boolean dropLast;

    /**
     * PyTorch: {@code BatchSampler(sampler, batch_size, drop_last)}.
     *
     * @throws IllegalArgumentException if {@code batchSize <= 0} (PyTorch's message)
     */
    public BatchSampler(Sampler<Integer> sampler, int batchSize, boolean dropLast) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException(
                    "batch_size should be a positive integer value, but got batch_size=" + batchSize);
        }
        this.sampler = sampler;
        this.batchSize = batchSize;
        this.dropLast = dropLast;
    }

    /** The index sampler. PyTorch: {@code BatchSampler.sampler}. */
    public Sampler<Integer> sampler() {
        return sampler;
    }

    /** PyTorch: {@code BatchSampler.batch_size}. */
    public int batchSize() {
        return batchSize;
    }

    /** PyTorch: {@code BatchSampler.drop_last}. */
    public boolean dropLast() {
        return dropLast;
    }

    /** PyTorch: {@code BatchSampler.__len__()}: {@code len(sampler) // batch_size}, rounded up unless dropLast. */
    @Override
    public int size() {
        int n = sampler.size();
        return dropLast ? n / batchSize : (int) (((long) n + batchSize - 1) / batchSize);
    }

    /** PyTorch: {@code BatchSampler.__iter__()}. */
    @Override
    public Iterator<List<Integer>> iterator() {
        Iterator<Integer> it = sampler.iterator();
        return new Iterator<>() {
            private List<Integer> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    List<Integer> b = new ArrayList<>(batchSize);
                    while (b.size() < batchSize && it.hasNext()) {
                        b.add(it.next());
                    }
                    if (!b.isEmpty() && (b.size() == batchSize || !dropLast)) {
                        pending = List.copyOf(b);
                    }
                }
                return pending != null;
            }

            @Override
            public List<Integer> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Integer> b = pending;
                pending = null;
                return b;
            }
        };
    }
}

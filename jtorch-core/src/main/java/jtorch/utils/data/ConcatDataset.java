package jtorch.utils.data;

import java.util.Arrays;
import java.util.List;

/**
 * Several datasets one after the other. PyTorch: {@code torch.utils.data.ConcatDataset(datasets)}.
 *
 * @param <T> the sample type
 */
public final class ConcatDataset<T> implements Dataset<T> {
    private final List<Dataset<? extends T>> datasets;
    private final int[] cumulativeSizes;

    /**
     * PyTorch: {@code ConcatDataset(datasets)}.
     *
     * @throws IllegalArgumentException if {@code datasets} is empty ("datasets should not be an empty iterable")
     */
    public ConcatDataset(List<? extends Dataset<? extends T>> datasets) {
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("datasets should not be an empty iterable");
        }
        this.datasets = List.copyOf(datasets);
        this.cumulativeSizes = new int[datasets.size()];
        long sum = 0;
        for (int i = 0; i < datasets.size(); i++) {
            sum += datasets.get(i).size();
            if (sum > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("ConcatDataset: total size " + sum + " exceeds 2^31-1");
            }
            cumulativeSizes[i] = (int) sum;
        }
    }

    /** PyTorch: {@code ConcatDataset(datasets)} with the datasets as arguments. */
    @SafeVarargs
    public ConcatDataset(Dataset<? extends T>... datasets) {
        this(Arrays.asList(datasets));
    }

    /** The parts. PyTorch: {@code ConcatDataset.datasets}. */
    public List<Dataset<? extends T>> datasets() {
        return datasets;
    }

    /** Running totals of the part sizes. PyTorch: {@code ConcatDataset.cumulative_sizes}. */
    public int[] cumulativeSizes() {
        return cumulativeSizes.clone();
    }

    /**
     * PyTorch: {@code ConcatDataset.__getitem__(idx)}, including negative indices counted from the
     * end ("absolute value of index should not exceed dataset length").
     */
    @Override
    public T get(int index) {
        int n = size();
        if (index < 0) {
            if (-index > n) {
                throw new IllegalArgumentException("absolute value of index should not exceed dataset length");
            }
            index += n;
        }
        Dataset.checkIndex(index, n);
        int lo = 0;
        int hi = cumulativeSizes.length;
        while (lo < hi) { // first part whose running total exceeds index (bisect_right)
            int mid = (lo + hi) >>> 1;
            if (cumulativeSizes[mid] <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int part = lo;
        int start = part == 0 ? 0 : cumulativeSizes[part - 1];
        return datasets.get(part).get(index - start);
    }

    /** PyTorch: {@code ConcatDataset.__len__()}. */
    @Override
    public int size() {
        return cumulativeSizes[cumulativeSizes.length - 1];
    }
}

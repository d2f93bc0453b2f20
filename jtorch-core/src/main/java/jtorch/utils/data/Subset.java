package jtorch.utils.data;

import java.util.Arrays;

/**
 * The samples of {@code dataset} at the given indices, in that order. PyTorch:
 * {@code torch.utils.data.Subset(dataset, indices)}.
 *
 * @param <T> the sample type
 */
public final class Subset<T> implements Dataset<T> {
    private final Dataset<T> dataset;
    private final int[] indices;

    /**
     * PyTorch: {@code Subset(dataset, indices)}. The indices are copied; each must lie in
     * {@code [0, dataset.size())}.
     */
    public Subset(Dataset<T> dataset, int[] indices) {
        this.dataset = dataset;
        this.indices = indices.clone();
        int n = dataset.size();
        for (int i : this.indices) {
            if (i < 0 || i >= n) {
                throw new IndexOutOfBoundsException("Subset index " + i + " is out of range for a dataset of size " + n);
            }
        }
    }

    /** The underlying dataset. PyTorch: {@code Subset.dataset}. */
    public Dataset<T> dataset() {
        return dataset;
    }

    /** A copy of the indices into {@link #dataset()}. PyTorch: {@code Subset.indices}. */
    public int[] indices() {
        return indices.clone();
    }

    /** PyTorch: {@code Subset.__getitem__(idx)} = {@code dataset[indices[idx]]}. */
    @Override
    public T get(int index) {
        Dataset.checkIndex(index, indices.length);
        return dataset.get(indices[index]);
    }

    /** PyTorch: {@code Subset.__len__()}. */
    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public String toString() {
        return "Subset(" + indices.length + " of " + dataset.size() + (indices.length <= 20 ? ", " + Arrays.toString(indices) : "") + ")";
    }
}

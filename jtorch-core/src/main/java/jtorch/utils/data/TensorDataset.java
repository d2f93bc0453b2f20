package jtorch.utils.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.Tensor;

/**
 * Dataset wrapping tensors that share their first dimension: sample {@code i} is the list of
 * {@code t.select(0, i)} for every tensor. PyTorch: {@code torch.utils.data.TensorDataset(*tensors)},
 * whose samples are tuples; here they are immutable lists, which {@link Collate#defaultCollate}
 * turns into a list of stacked tensors.
 */
public final class TensorDataset implements Dataset<List<Tensor>> {
    private final List<Tensor> tensors;

    /**
     * PyTorch: {@code TensorDataset(*tensors)}.
     *
     * @throws IllegalArgumentException if no tensor is given, one is 0-d, or the first dimensions differ
     */
    public TensorDataset(Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("TensorDataset needs at least one tensor");
        }
        for (Tensor t : tensors) {
            if (t.dim() == 0) {
                throw new IllegalArgumentException("TensorDataset: tensors must have a first dimension, got a 0-d tensor");
            }
            if (t.size(0) != tensors[0].size(0)) {
                throw new IllegalArgumentException("Size mismatch between tensors: first dimensions "
                        + Arrays.toString(Arrays.stream(tensors).mapToInt(x -> x.dim() == 0 ? 0 : x.size(0)).toArray()));
            }
        }
        this.tensors = List.of(tensors);
    }

    /** The wrapped tensors. PyTorch: {@code TensorDataset.tensors}. */
    public List<Tensor> tensors() {
        return tensors;
    }

    /** PyTorch: {@code TensorDataset.__getitem__(index)}: one row of each tensor. */
    @Override
    public List<Tensor> get(int index) {
        Dataset.checkIndex(index, size());
        List<Tensor> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            out.add(t.select(0, index));
        }
        return List.copyOf(out);
    }

    /** PyTorch: {@code TensorDataset.__len__()}. */
    @Override
    public int size() {
        return tensors.get(0).size(0);
    }
}

package jtorch.nn.utils;

import jtorch.Tensor;

/**
 * Variable-length sequences packed time step by time step: {@code data} holds, for each step t, the elements of
 * the {@code batchSizes[t]} sequences still running (longest first). PyTorch:
 * {@code torch.nn.utils.rnn.PackedSequence(data, batch_sizes, sorted_indices, unsorted_indices)}; the two index
 * tensors are null when the sequences came sorted ({@code enforce_sorted=True}).
 */
public record PackedSequence(Tensor data, Tensor batchSizes, Tensor sortedIndices, Tensor unsortedIndices) {
}

/**
 * Data loading: PyTorch's {@code torch.utils.data}.
 *
 * <p>A {@link jtorch.utils.data.Dataset} maps indices to samples ({@code __getitem__} /
 * {@code __len__} become {@code get(int)} / {@code size()}); an
 * {@link jtorch.utils.data.IterableDataset} streams them. A {@link jtorch.utils.data.DataLoader}
 * draws indices from a {@link jtorch.utils.data.Sampler}, groups them with a
 * {@link jtorch.utils.data.BatchSampler}, fetches the samples (on the calling thread or on worker
 * threads) and collates them ({@link jtorch.utils.data.Collate#defaultCollate}). Random draws
 * happen in PyTorch's order from PyTorch's generator streams, so for the same seed a shuffled
 * loader, {@link jtorch.utils.data.Datasets#randomSplit} and the random samplers give PyTorch's
 * indices.
 */
package jtorch.utils.data;

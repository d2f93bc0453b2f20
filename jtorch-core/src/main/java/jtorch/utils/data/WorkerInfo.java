package jtorch.utils.data;

/**
 * What a DataLoader worker thread knows about itself. PyTorch: the object returned by
 * {@code torch.utils.data.get_worker_info()}, with the same fields; read it with
 * {@link DataLoader#getWorkerInfo()}.
 *
 * @param id         this worker's index in {@code [0, numWorkers)}
 * @param numWorkers the number of workers of the loader
 * @param seed       the seed of this worker's default generator: the loader's base seed plus {@code id}
 * @param dataset    the dataset object (shared by all workers: threads, not process copies)
 */
public record WorkerInfo(int id, int numWorkers, long seed, Object dataset) {
}

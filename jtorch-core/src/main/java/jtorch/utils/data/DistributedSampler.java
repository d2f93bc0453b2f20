package jtorch.utils.data;

import java.util.Iterator;

/**
 * The share of one process ("replica") of a dataset in data-parallel training. PyTorch:
 * {@code torch.utils.data.distributed.DistributedSampler(dataset, num_replicas, rank,
 * shuffle=True, seed=0, drop_last=False)}.
 *
 * <p>Every replica computes the same order (a permutation from a generator seeded with
 * {@code seed + epoch}, or 0..n-1), pads it by repeating its head (or cuts its tail with
 * dropLast) to a multiple of {@code numReplicas}, and keeps every {@code numReplicas}-th index
 * starting at {@code rank}. Call {@link #setEpoch(int)} before each epoch so the shuffle changes.
 * There is no process group yet, so {@code numReplicas} and {@code rank} are always given.
 */
public final class DistributedSampler implements Sampler<Integer> {
    private final Dataset<?> dataset;
    private final int numReplicas;
    private final int rank;
    private final boolean shuffle;
    private final long seed;
    private final boolean dropLast;
    private volatile int epoch;

    /** Keyword arguments of {@code DistributedSampler}: shuffle (true), seed (0), drop_last (false). */
    public static final class Options {
        private boolean shuffle = true;
        private long seed;
        private boolean dropLast;

        private Options() {
        }

        /** PyTorch: {@code shuffle=} (default true). */
        public Options shuffle(boolean s) {
            this.shuffle = s;
            return this;
        }

        /** PyTorch: {@code seed=} (default 0), the same on every replica. */
        public Options seed(long s) {
            this.seed = s;
            return this;
        }

        /** PyTorch: {@code drop_last=} (default false: pad instead). */
        public Options dropLast(boolean d) {
            this.dropLast = d;
            return this;
        }
    }

    /** Fresh keyword arguments for {@link #DistributedSampler(Dataset, int, int, Options)}. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code DistributedSampler(dataset, num_replicas, rank)}. */
    public DistributedSampler(Dataset<?> dataset, int numReplicas, int rank) {
        this(dataset, numReplicas, rank, options());
    }

    /**
     * PyTorch: {@code DistributedSampler(dataset, num_replicas, rank, shuffle, seed, drop_last)}.
     *
     * @throws IllegalArgumentException for a rank outside {@code [0, numReplicas-1]} (PyTorch's message)
     */
    public DistributedSampler(Dataset<?> dataset, int numReplicas, int rank, Options o) {
        if (numReplicas <= 0) {
            throw new IllegalArgumentException("num_replicas should be a positive integer, but got " + numReplicas);
        }
        if (rank >= numReplicas || rank < 0) {
            throw new IllegalArgumentException(
                    "Invalid rank " + rank + ", rank should be in the interval [0, " + (numReplicas - 1) + "]");
        }
        this.dataset = dataset;
        this.numReplicas = numReplicas;
        this.rank = rank;
        this.shuffle = o.shuffle;
        this.seed = o.seed;
        this.dropLast = o.dropLast;
    }

    /** Sets the epoch that, with the seed, decides the shuffle. PyTorch: {@code DistributedSampler.set_epoch(epoch)}. */
    public void setEpoch(int epoch) {
        this.epoch = epoch;
    }

    /** The number of indices per replica. PyTorch: {@code DistributedSampler.num_samples}. */
    public int numSamples() {
        int n = dataset.size();
        if (dropLast && n % numReplicas != 0) {
            return (int) Math.ceil((double) (n - numReplicas) / numReplicas);
        }
        return (int) (((long) n + numReplicas - 1) / numReplicas);
    }

    /** The padded (or cut) total over all replicas. PyTorch: {@code DistributedSampler.total_size}. */
    public int totalSize() {
        return numSamples() * numReplicas;
    }

    /** PyTorch: {@code DistributedSampler.__len__()} = {@code num_samples}. */
    @Override
    public int size() {
        return numSamples();
    }

    /** PyTorch: {@code DistributedSampler.__iter__()}. */
    @Override
    public Iterator<Integer> iterator() {
        int n = dataset.size();
        int[] order;
        if (shuffle) {
            order = Samplers.randperm(n, new jtorch.Generator(seed + epoch));
        } else {
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
        }
        int total = totalSize();
        int[] padded = new int[total];
        for (int i = 0; i < total; i++) {
            padded[i] = order[i % n]; // repeats the head as often as needed, or cuts the tail
        }
        int m = numSamples();
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = padded[rank + i * numReplicas];
        }
        return Samplers.iterate(out);
    }
}

package jtorch.utils.data;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import jtorch.Generator;

/**
 * Combines a dataset and a sampler and iterates over batches. PyTorch:
 * {@code torch.utils.data.DataLoader(dataset, batch_size=1, shuffle=False, sampler=None,
 * batch_sampler=None, num_workers=0, collate_fn=None, pin_memory=False, drop_last=False,
 * timeout=0, worker_init_fn=None, generator=None, prefetch_factor=2, persistent_workers=False)}.
 *
 * <pre>{@code
 * DataLoader<Example<Tensor, Integer>, Example<Tensor, Tensor>> loader =
 *         new DataLoader<>(train, DataLoader.options().batchSize(64).shuffle(true).numWorkers(2));
 * for (Example<Tensor, Tensor> batch : loader) { Tensor x = batch.data(); Tensor y = batch.target(); ... }
 * }</pre>
 *
 * <p><b>Batch type.</b> {@code T} is the sample type, {@code B} the batch type. With a
 * {@code collateFn} the batch type is that function's result type. Without one the loader uses
 * {@link Collate#defaultCollate}, whose result type depends on the samples at run time (as in
 * Python); {@code B} is then whatever the declaration says ({@code Example<Tensor, Tensor>} for
 * {@code Example} samples, {@code List<Tensor>} for a {@link TensorDataset}, {@code Tensor} for
 * tensor samples), and a wrong declaration fails with a {@link ClassCastException} where a batch is
 * used.
 *
 * <p><b>Randomness.</b> Draws happen in PyTorch 1.13's order: each pass first draws a base seed
 * from the loader's generator (or the default generator) — even with {@code numWorkers = 0} —
 * then the sampler draws (a {@link RandomSampler} without a generator takes its own seed from the
 * default generator and permutes with it). With the same seed a shuffled loader therefore yields
 * PyTorch's batches, epoch after epoch.
 *
 * <p><b>Workers are threads, not processes.</b> With {@code numWorkers > 0} PyTorch forks worker
 * processes that each own a copy of the dataset (copy-on-write) and send pickled batches back
 * through shared memory. jtorch runs worker <em>threads</em> in this JVM instead:
 * <ul>
 *   <li>the dataset, the collate function and the transforms are shared, not copied: they must be
 *       safe to call from several threads, and a change a worker makes to the dataset is seen by
 *       everyone (in PyTorch it would be lost with the worker process);</li>
 *   <li>batches are handed over by reference: no pickling, no shared-memory tensors, no copy;</li>
 *   <li>each worker thread gets its own default generator seeded with {@code baseSeed + id} (see
 *       {@link Generator#useAsThreadDefault}), as a worker process has after
 *       {@code torch.manual_seed(base_seed + worker_id)}, so random transforms inside a worker draw
 *       from the worker's stream, reproducibly for a seed and a worker count;
 *       {@link #getWorkerInfo()} and the {@code workerInitFn} work as in PyTorch;</li>
 *   <li>a worker's exception reaches the iterating thread as a {@link WorkerException} naming the
 *       worker and the sample index, with the original exception as its cause;</li>
 *   <li>the threads are daemons; they stop when the pass ends, when its iterator is closed or
 *       garbage collected (after a {@code break}), or when the loader is closed
 *       ({@code try (var loader = ...)}); persistent workers live until the loader is closed.</li>
 * </ul>
 * Threads share the JVM's CPU cores with the kernels' own thread pool; one or two workers are
 * usually enough for decoding and augmentation.
 *
 * <p>Batches are delivered in sampler order whatever the number of workers. {@code pin_memory}
 * has no meaning without CUDA and does not exist here.
 *
 * @param <T> the sample type
 * @param <B> the batch type
 */
public final class DataLoader<T, B> implements Iterable<B>, AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final ThreadLocal<WorkerInfo> WORKER_INFO = new ThreadLocal<>();
    private static final String THREAD_PREFIX = "jtorch-DataLoader-worker-";

    /**
     * The keyword arguments of PyTorch's {@code DataLoader}, as fluent setters (the C++ frontend's
     * {@code DataLoaderOptions}). Defaults are PyTorch's.
     */
    public static final class Options {
        private int batchSize = 1;
        private boolean shuffle;
        private Sampler<Integer> sampler;
        private Sampler<List<Integer>> batchSampler;
        private boolean dropLast;
        private int numWorkers;
        private int prefetchFactor = 2;
        private boolean prefetchFactorSet;
        private boolean persistentWorkers;
        private Generator generator;
        private IntConsumer workerInitFn;
        private double timeout;

        private Options() {
        }

        /** PyTorch: {@code batch_size=} (default 1). */
        public Options batchSize(int b) {
            if (b <= 0) {
                throw new IllegalArgumentException(
                        "batch_size should be a positive integer value, but got batch_size=" + b);
            }
            this.batchSize = b;
            return this;
        }

        /** PyTorch: {@code shuffle=}: a {@link RandomSampler} with the loader's generator. */
        public Options shuffle(boolean s) {
            this.shuffle = s;
            return this;
        }

        /** PyTorch: {@code sampler=}; mutually exclusive with shuffle. */
        public Options sampler(Sampler<Integer> s) {
            this.sampler = Objects.requireNonNull(s, "sampler");
            return this;
        }

        /** PyTorch: {@code batch_sampler=}; mutually exclusive with batchSize, shuffle, sampler and dropLast. */
        public Options batchSampler(Sampler<List<Integer>> s) {
            this.batchSampler = Objects.requireNonNull(s, "batchSampler");
            return this;
        }

        /** PyTorch: {@code drop_last=}: drop the last incomplete batch. */
        public Options dropLast(boolean d) {
            this.dropLast = d;
            return this;
        }

        /** PyTorch: {@code num_workers=}: worker threads (0: load on the iterating thread). */
        public Options numWorkers(int n) {
            if (n < 0) {
                throw new IllegalArgumentException(
                        "num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.");
            }
            this.numWorkers = n;
            return this;
        }

        /** PyTorch: {@code prefetch_factor=} (default 2): batches loaded ahead per worker. */
        public Options prefetchFactor(int p) {
            if (p <= 0) {
                throw new IllegalArgumentException("prefetch_factor option should be positive, got " + p);
            }
            this.prefetchFactor = p;
            this.prefetchFactorSet = true;
            return this;
        }

        /** PyTorch: {@code persistent_workers=}: keep the worker threads between epochs. */
        public Options persistentWorkers(boolean p) {
            this.persistentWorkers = p;
            return this;
        }

        /** PyTorch: {@code generator=}: source of the base seed and of the shuffle's permutations. */
        public Options generator(Generator g) {
            this.generator = Objects.requireNonNull(g, "generator");
            return this;
        }

        /** PyTorch: {@code worker_init_fn=}: called with the worker id on each worker thread after seeding. */
        public Options workerInitFn(IntConsumer f) {
            this.workerInitFn = Objects.requireNonNull(f, "workerInitFn");
            return this;
        }

        /** PyTorch: {@code timeout=}: seconds to wait for a batch from the workers (0: forever). */
        public Options timeout(double seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("timeout option should be non-negative");
            }
            this.timeout = seconds;
            return this;
        }
    }

    /** Fresh keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    private final Dataset<T> mapDataset;          // exactly one of the two is set
    private final IterableDataset<T> iterDataset;
    private final Function<? super List<T>, ? extends B> collateFn;
    private final Sampler<List<Integer>> batchSampler; // map-style only
    private final int batchSize;
    private final boolean dropLast;
    private final int numWorkers;
    private final int prefetchFactor;
    private final boolean persistentWorkers;
    private final Generator generator; // may be absent: the default generator at each pass
    private final IntConsumer workerInitFn;
    private final long timeoutNanos;
    private final Set<WorkerPool<T, B>> livePools = ConcurrentHashMap.newKeySet();
    private WorkerPool<T, B> persistentPool;
    private volatile boolean closed;
    private Pass current;  // the latest pass, for stateDict()
    private Resume resume; // set by loadStateDict, taken by the next iterator()

    /** PyTorch: {@code DataLoader(dataset)} (batch size 1, in order, default collate). */
    public DataLoader(Dataset<T> dataset) {
        this(dataset, options());
    }

    /** PyTorch: {@code DataLoader(dataset, batch_size)}. */
    public DataLoader(Dataset<T> dataset, int batchSize) {
        this(dataset, options().batchSize(batchSize));
    }

    /** PyTorch: {@code DataLoader(dataset, batch_size, shuffle)}. */
    public DataLoader(Dataset<T> dataset, int batchSize, boolean shuffle) {
        this(dataset, options().batchSize(batchSize).shuffle(shuffle));
    }

    /** PyTorch: {@code DataLoader(dataset, **options)} with the default collate function. */
    public DataLoader(Dataset<T> dataset, Options options) {
        this(Objects.requireNonNull(dataset, "dataset"), null, options, defaultCollateFn());
    }

    /** PyTorch: {@code DataLoader(dataset, **options, collate_fn=collateFn)}. */
    public DataLoader(Dataset<T> dataset, Options options, Function<? super List<T>, ? extends B> collateFn) {
        this(Objects.requireNonNull(dataset, "dataset"), null, options, collateFn);
    }

    /** PyTorch: {@code DataLoader(iterable_dataset, batch_size)}. */
    public DataLoader(IterableDataset<T> dataset, int batchSize) {
        this(dataset, options().batchSize(batchSize));
    }

    /** PyTorch: {@code DataLoader(iterable_dataset, **options)} with the default collate function. */
    public DataLoader(IterableDataset<T> dataset, Options options) {
        this(null, Objects.requireNonNull(dataset, "dataset"), options, defaultCollateFn());
    }

    /** PyTorch: {@code DataLoader(iterable_dataset, **options, collate_fn=collateFn)}. */
    public DataLoader(IterableDataset<T> dataset, Options options, Function<? super List<T>, ? extends B> collateFn) {
        this(null, Objects.requireNonNull(dataset, "dataset"), options, collateFn);
    }

    private DataLoader(Dataset<T> map, IterableDataset<T> iter, Options o,
            Function<? super List<T>, ? extends B> collateFn) {
        this.mapDataset = map;
        this.iterDataset = iter;
        this.collateFn = Objects.requireNonNull(collateFn, "collateFn");
        if (o.numWorkers == 0 && o.prefetchFactorSet && o.prefetchFactor != 2) {
            throw new IllegalArgumentException("prefetch_factor option could only be specified in multiprocessing."
                    + "let num_workers > 0 to enable multiprocessing.");
        }
        if (o.persistentWorkers && o.numWorkers == 0) {
            throw new IllegalArgumentException("persistent_workers option needs num_workers > 0");
        }
        if (iter != null) {
            if (o.shuffle) {
                throw new IllegalArgumentException(
                        "DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=true");
            }
            if (o.sampler != null) {
                throw new IllegalArgumentException(
                        "DataLoader with IterableDataset: expected unspecified sampler option, but got sampler=" + o.sampler);
            }
            if (o.batchSampler != null) {
                throw new IllegalArgumentException("DataLoader with IterableDataset: expected unspecified batch_sampler "
                        + "option, but got batch_sampler=" + o.batchSampler);
            }
            this.batchSampler = null;
        } else {
            if (o.sampler != null && o.shuffle) {
                throw new IllegalArgumentException("sampler option is mutually exclusive with shuffle");
            }
            if (o.batchSampler != null) {
                if (o.batchSize != 1 || o.shuffle || o.sampler != null || o.dropLast) {
                    throw new IllegalArgumentException("batch_sampler option is mutually exclusive with batch_size, "
                            + "shuffle, sampler, and drop_last");
                }
                this.batchSampler = o.batchSampler;
            } else {
                Sampler<Integer> s = o.sampler;
                if (s == null) {
                    s = o.shuffle ? new RandomSampler(map, o.generator == null ? RandomSampler.options()
                            : RandomSampler.options().generator(o.generator)) : new SequentialSampler(map);
                }
                this.batchSampler = new BatchSampler(s, o.batchSize, o.dropLast);
            }
        }
        this.batchSize = o.batchSize;
        this.dropLast = o.dropLast;
        this.numWorkers = o.numWorkers;
        this.prefetchFactor = o.prefetchFactor;
        this.persistentWorkers = o.persistentWorkers;
        this.generator = o.generator;
        this.workerInitFn = o.workerInitFn;
        this.timeoutNanos = (long) (o.timeout * 1e9);
    }

    @SuppressWarnings("unchecked")
    private static <T, B> Function<List<T>, B> defaultCollateFn() {
        return batch -> (B) Collate.defaultCollate(batch);
    }

    // ------------------------------------------------------------------ accessors

    /**
     * The map-style dataset. PyTorch: {@code DataLoader.dataset} ({@code len(loader.dataset)}).
     *
     * @throws IllegalStateException for a loader over an {@link IterableDataset}
     */
    public Dataset<T> dataset() {
        if (mapDataset == null) {
            throw new IllegalStateException("this DataLoader reads an IterableDataset: use iterableDataset()");
        }
        return mapDataset;
    }

    /**
     * The iterable dataset. PyTorch: {@code DataLoader.dataset}.
     *
     * @throws IllegalStateException for a loader over a map-style {@link Dataset}
     */
    public IterableDataset<T> iterableDataset() {
        if (iterDataset == null) {
            throw new IllegalStateException("this DataLoader reads a map-style Dataset: use dataset()");
        }
        return iterDataset;
    }

    /** The batch sampler (map-style loaders). PyTorch: {@code DataLoader.batch_sampler}. */
    public Sampler<List<Integer>> batchSampler() {
        if (batchSampler == null) {
            throw new IllegalStateException("a DataLoader over an IterableDataset has no batch sampler");
        }
        return batchSampler;
    }

    /** PyTorch: {@code DataLoader.num_workers}. */
    public int numWorkers() {
        return numWorkers;
    }

    /**
     * The number of batches per pass. PyTorch: {@code len(loader)}: {@code len(batch_sampler)}, or
     * for an IterableDataset its {@code len} divided by the batch size (rounded up unless dropLast).
     */
    public int size() {
        if (batchSampler != null) {
            return batchSampler.size();
        }
        int n = iterDataset.size();
        return dropLast ? n / batchSize : (int) (((long) n + batchSize - 1) / batchSize);
    }

    /**
     * Inside a worker thread, what it knows about itself; empty on any other thread. PyTorch:
     * {@code torch.utils.data.get_worker_info()} (None in the main process).
     */
    public static Optional<WorkerInfo> getWorkerInfo() {
        return Optional.ofNullable(WORKER_INFO.get());
    }

    // ------------------------------------------------------------------ iteration

    /**
     * Starts a pass. PyTorch: {@code iter(loader)}. Draws the base seed, then lets the sampler draw,
     * and with workers starts them (or, with persistent workers, reuses them: a new pass
     * supersedes the previous iterator of this loader).
     *
     * @throws IllegalStateException if the loader was closed
     */
    @Override
    public synchronized DataLoaderIterator<B> iterator() {
        if (closed) {
            throw new IllegalStateException("DataLoader is closed");
        }
        Resume r = resume;
        resume = null;
        Generator g = baseGenerator();
        byte[] startState = r != null ? r.rngState() : g.getState();
        if (r != null) {
            // replay the pass's draws from the generator state it started with; the default generator is
            // replaced by a copy on this thread, so it keeps the state the caller restored (the state after them)
            g = generator != null ? generator : new Generator();
            g.setState(r.rngState());
        }
        // _base_seed: drawn at every pass, even without workers, except by persistent workers after their first
        boolean drawsBaseSeed = r != null ? r.drewBaseSeed() : numWorkers == 0 || !persistentWorkers
                || persistentPool == null;
        long baseSeed;
        Iterator<List<Integer>> indices;
        try (Generator.Scope scope = r != null && generator == null ? Generator.useAsThreadDefault(g) : null) {
            baseSeed = drawsBaseSeed ? Samplers.randomInt64(g) : r != null ? r.baseSeed() : persistentPool.baseSeed;
            indices = batchSampler != null ? batchSampler.iterator() : null;
        }
        Pass pass = new Pass(startState, baseSeed, drawsBaseSeed, r != null ? r.yielded() : 0);
        for (int i = 0; i < pass.yielded && indices.hasNext(); i++) {
            indices.next(); // batches the saved pass had already yielded
        }
        current = pass;
        if (numWorkers == 0) {
            return new SingleThreadIterator(indices, pass);
        }
        if (persistentWorkers) {
            if (persistentPool == null) {
                persistentPool = startPool(baseSeed);
                CLEANER.register(this, persistentPool::shutdown);
            }
            return new WorkerIterator(persistentPool, false, indices, pass);
        }
        return new WorkerIterator(startPool(baseSeed), true, indices, pass);
    }

    /**
     * Where the latest pass is: the number of batches it has yielded and the state of the generator it drew
     * from (the loader's, else the default generator) when it started, so that a loader given this map
     * ({@link #loadStateDict}) continues the pass with the same remaining batches. After a finished pass (or
     * before any) the map says so, and the loader then starts a new pass as usual. Map-style datasets only.
     * Keys: {@code _num_yielded} (int), {@code _iterator_finished} (bool), {@code _rng_state} (the 5056-byte
     * uint8 state tensor, as {@code torch.get_rng_state()}), {@code _base_seed} (the pass's base seed) and
     * {@code _base_seed_drawn} (whether the pass drew it: persistent workers draw it only once); the last three
     * are None after a finished pass.
     *
     * <p>PyTorch 1.13's DataLoader has no such state; this follows torchdata's {@code
     * StatefulDataLoader.state_dict()}. Save it in the checkpoint with the model, optimizer, scheduler and
     * {@code Torch.getRngState()}: for a bit-identical resume the default generator must also be restored.
     *
     * @throws IllegalStateException for a loader over an {@link IterableDataset}
     */
    public synchronized Map<String, Object> stateDict() {
        if (batchSampler == null) {
            throw new IllegalStateException("the position of a DataLoader over an IterableDataset cannot be saved");
        }
        Pass p = current;
        boolean finished = p == null || p.finished || p.yielded >= batchSampler.size();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("_num_yielded", finished ? 0 : p.yielded);
        out.put("_iterator_finished", finished);
        out.put("_rng_state", finished ? null : new jtorch.Tensor(jtorch.Storage.wrap(jtorch.DType.UINT8,
                p.rngState.clone()), new int[] {p.rngState.length}, new int[] {1}, 0));
        out.put("_base_seed", finished ? null : p.baseSeed);
        out.put("_base_seed_drawn", finished ? null : p.drewBaseSeed);
        return out;
    }

    /**
     * Makes the next {@link #iterator()} continue the pass {@code state} describes ({@link #stateDict()}): it
     * draws the pass's base seed and sampler order again from the saved generator state — the loader's own
     * generator ends in the state it had after those draws, the default generator is left alone — and skips
     * the batches already yielded without loading them. A sampler with a generator of its own (not the
     * loader's) is not covered: it draws from its generator's current state. With worker threads the worker
     * generators restart from the pass's seeds, so random draws inside the dataset are not replayed.
     * torchdata: {@code StatefulDataLoader.load_state_dict(state_dict)}.
     *
     * @throws IllegalArgumentException if the map is not a DataLoader state
     * @throws IllegalStateException for a loader over an {@link IterableDataset}
     */
    public synchronized void loadStateDict(Map<String, ?> state) {
        if (batchSampler == null) {
            throw new IllegalStateException("the position of a DataLoader over an IterableDataset cannot be restored");
        }
        if (!(state.get("_iterator_finished") instanceof Boolean finished)
                || !(state.get("_num_yielded") instanceof Integer yielded) || yielded < 0) {
            throw new IllegalArgumentException("not a DataLoader state dict (expected _num_yielded and "
                    + "_iterator_finished): " + state.keySet());
        }
        if (finished) {
            resume = null;
            return;
        }
        if (!(state.get("_rng_state") instanceof jtorch.Tensor t) || t.dtype() != jtorch.DType.UINT8) {
            throw new IllegalArgumentException("DataLoader state: _rng_state must be a uint8 tensor, got "
                    + state.get("_rng_state"));
        }
        if (!(state.get("_base_seed") instanceof Number seed) || !(state.get("_base_seed_drawn") instanceof Boolean drawn)) {
            throw new IllegalArgumentException("DataLoader state: expected _base_seed and _base_seed_drawn");
        }
        jtorch.Tensor c = t.contiguous();
        byte[] bytes = new byte[c.numel()];
        System.arraycopy((byte[]) c.storage().data(), c.storageOffset(), bytes, 0, bytes.length);
        new Generator().setState(bytes); // a bad state fails here, not at the next pass
        resume = new Resume(bytes, seed.longValue(), drawn, yielded);
    }

    /** The position of one pass: what {@link #stateDict()} reports. */
    private static final class Pass {
        final byte[] rngState;
        final long baseSeed;
        final boolean drewBaseSeed;
        volatile int yielded;
        volatile boolean finished;

        Pass(byte[] rngState, long baseSeed, boolean drewBaseSeed, int yielded) {
            this.rngState = rngState;
            this.baseSeed = baseSeed;
            this.drewBaseSeed = drewBaseSeed;
            this.yielded = yielded;
        }
    }

    private record Resume(byte[] rngState, long baseSeed, boolean drewBaseSeed, int yielded) {
    }

    private Generator baseGenerator() {
        return generator != null ? generator : Generator.defaultGenerator();
    }

    private WorkerPool<T, B> startPool(long baseSeed) {
        WorkerPool<T, B> pool = new WorkerPool<>(mapDataset, iterDataset, collateFn, batchSize, dropLast, numWorkers,
                baseSeed, workerInitFn, livePools);
        livePools.add(pool);
        pool.start();
        return pool;
    }

    /**
     * Stops every worker thread this loader started (including persistent workers) and waits
     * for them to end; iterators of this loader fail afterwards. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        for (WorkerPool<T, B> p : List.copyOf(livePools)) {
            p.shutdown();
            p.join(5_000);
        }
    }

    private B collate(List<T> samples) {
        return collateFn.apply(samples);
    }

    /** numWorkers == 0: fetch and collate on the iterating thread (PyTorch's _SingleProcessDataLoaderIter). */
    private final class SingleThreadIterator implements DataLoaderIterator<B> {
        private final Iterator<List<Integer>> indices;
        private final Iterator<T> stream;
        private final Pass pass;
        private B pending;
        private boolean hasPending;
        private boolean done;

        SingleThreadIterator(Iterator<List<Integer>> indices, Pass pass) {
            this.indices = indices;
            this.stream = iterDataset != null ? iterDataset.iterator() : null;
            this.pass = pass;
        }

        @Override
        public boolean hasNext() {
            if (hasPending) {
                return true;
            }
            if (done || closed) {
                return false;
            }
            List<T> samples;
            if (indices != null) {
                if (!indices.hasNext()) {
                    done = true;
                    pass.finished = true;
                    return false;
                }
                List<Integer> idx = indices.next();
                samples = new ArrayList<>(idx.size());
                for (int i : idx) {
                    samples.add(mapDataset.get(i));
                }
            } else {
                samples = new ArrayList<>(batchSize);
                while (samples.size() < batchSize && stream.hasNext()) {
                    samples.add(stream.next());
                }
                if (samples.isEmpty() || (dropLast && samples.size() < batchSize)) {
                    done = true;
                    pass.finished = true;
                    return false;
                }
            }
            pending = collate(samples);
            hasPending = true;
            return true;
        }

        @Override
        public B next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasPending = false;
            B b = pending;
            pending = null;
            pass.yielded++;
            return b;
        }

        @Override
        public void close() {
            done = true;
            hasPending = false;
            pending = null;
        }
    }

    /** numWorkers > 0: PyTorch's _MultiProcessingDataLoaderIter with threads. */
    private final class WorkerIterator implements DataLoaderIterator<B> {
        private final WorkerPool<T, B> pool;
        private final boolean ownsPool;
        private final Cleaner.Cleanable cleanable;
        private final long epoch;
        private final Iterator<List<Integer>> indices;
        private final Pass pass;
        private final boolean[] active;
        private final Map<Integer, WorkerPool.Result> buffer = new HashMap<>();
        private int nextWorker;
        private int sendIdx;
        private int rcvdIdx;
        private int outstanding;
        private boolean done;
        private WorkerPool.Result pending;

        WorkerIterator(WorkerPool<T, B> pool, boolean ownsPool, Iterator<List<Integer>> indices, Pass pass) {
            this.pool = pool;
            this.ownsPool = ownsPool;
            this.cleanable = ownsPool ? CLEANER.register(this, pool::shutdown) : null;
            this.epoch = pool.newEpoch();
            this.indices = indices;
            this.pass = pass;
            this.active = new boolean[numWorkers];
            java.util.Arrays.fill(active, true);
            for (int i = 0; i < prefetchFactor * numWorkers; i++) {
                tryPut();
            }
        }

        private void tryPut() {
            if (outstanding >= prefetchFactor * numWorkers) {
                return;
            }
            int w = -1;
            for (int k = 0; k < numWorkers; k++) {
                int cand = (nextWorker + k) % numWorkers;
                if (active[cand]) {
                    w = cand;
                    break;
                }
            }
            if (w < 0) {
                return;
            }
            List<Integer> idx = null;
            if (indices != null) {
                if (!indices.hasNext()) {
                    return;
                }
                idx = indices.next();
            }
            nextWorker = (w + 1) % numWorkers;
            pool.submit(w, new WorkerPool.Task(epoch, sendIdx, idx));
            sendIdx++;
            outstanding++;
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            if (done) {
                return false;
            }
            if (pool.epoch() != epoch) {
                throw new IllegalStateException("this DataLoader iterator was superseded by a newer pass over the same "
                        + "loader (persistentWorkers keeps one pass at a time)");
            }
            while (true) {
                if (rcvdIdx == sendIdx) {
                    pass.finished = true;
                    finish();
                    return false;
                }
                WorkerPool.Result r = buffer.remove(rcvdIdx);
                if (r == null) {
                    WorkerPool.Result got = pool.take(timeoutNanos);
                    if (got.epoch() == epoch) {
                        buffer.put(got.idx(), got);
                    }
                    continue;
                }
                rcvdIdx++;
                outstanding--;
                if (r.exhausted()) {
                    active[r.worker()] = false;
                    tryPut();
                    continue;
                }
                tryPut();
                pending = r;
                return true;
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public B next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WorkerPool.Result r = pending;
            pending = null;
            pass.yielded++;
            if (r.error() != null) {
                throw r.error();
            }
            return (B) r.value();
        }

        private void finish() {
            done = true;
            if (ownsPool) {
                cleanable.clean();
            }
        }

        @Override
        public void close() {
            pending = null;
            if (!done) {
                finish();
            }
        }
    }

    /** The worker threads of one pass (or of all passes, with persistent workers). */
    static final class WorkerPool<T, B> {
        record Task(long epoch, int idx, List<Integer> indices) {
        }

        record Result(long epoch, int idx, int worker, Object value, WorkerException error, boolean exhausted) {
        }

        private static final Task POISON = new Task(-1, -1, null);

        private final Dataset<T> mapDataset;
        private final IterableDataset<T> iterDataset;
        private final Function<? super List<T>, ? extends B> collateFn;
        private final int batchSize;
        private final boolean dropLast;
        private final int numWorkers;
        private final long baseSeed;
        private final IntConsumer workerInitFn;
        private final Set<WorkerPool<T, B>> registry;
        private final Thread[] threads;
        private final LinkedBlockingQueue<Task>[] queues;
        private final LinkedBlockingQueue<Result> results = new LinkedBlockingQueue<>();
        private volatile long epoch;
        private volatile boolean shutdown;

        @SuppressWarnings("unchecked")
        WorkerPool(Dataset<T> mapDataset, IterableDataset<T> iterDataset, Function<? super List<T>, ? extends B> collateFn,
                int batchSize, boolean dropLast, int numWorkers, long baseSeed, IntConsumer workerInitFn,
                Set<WorkerPool<T, B>> registry) {
            this.mapDataset = mapDataset;
            this.iterDataset = iterDataset;
            this.collateFn = collateFn;
            this.batchSize = batchSize;
            this.dropLast = dropLast;
            this.numWorkers = numWorkers;
            this.baseSeed = baseSeed;
            this.workerInitFn = workerInitFn;
            this.registry = registry;
            this.threads = new Thread[numWorkers];
            this.queues = new LinkedBlockingQueue[numWorkers];
            for (int w = 0; w < numWorkers; w++) {
                queues[w] = new LinkedBlockingQueue<>();
                final int id = w;
                threads[w] = new Thread(() -> work(id), THREAD_PREFIX + w);
                threads[w].setDaemon(true);
            }
        }

        void start() {
            for (Thread t : threads) {
                t.start();
            }
        }

        long epoch() {
            return epoch;
        }

        /** Starts a new pass: tasks and results of earlier passes are dropped. */
        synchronized long newEpoch() {
            if (shutdown) {
                throw new IllegalStateException("DataLoader workers were shut down (the loader is closed)");
            }
            epoch++;
            for (LinkedBlockingQueue<Task> q : queues) {
                q.clear();
            }
            results.clear();
            return epoch;
        }

        void submit(int worker, Task t) {
            queues[worker].add(t);
        }

        Result take(long timeoutNanos) {
            long start = System.nanoTime();
            while (true) {
                Result r;
                try {
                    r = results.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a DataLoader worker", e);
                }
                if (r != null) {
                    return r;
                }
                if (shutdown) {
                    throw new IllegalStateException("DataLoader workers were shut down (the loader is closed)");
                }
                for (Thread t : threads) {
                    if (!t.isAlive()) {
                        throw new IllegalStateException("DataLoader worker (thread " + t.getName() + ") exited unexpectedly");
                    }
                }
                if (timeoutNanos > 0 && System.nanoTime() - start > timeoutNanos) {
                    throw new IllegalStateException("DataLoader timed out after " + timeoutNanos / 1e9 + " seconds");
                }
            }
        }

        void shutdown() {
            if (shutdown) {
                return;
            }
            shutdown = true;
            for (int w = 0; w < numWorkers; w++) {
                queues[w].clear();
                queues[w].add(POISON);
                threads[w].interrupt();
            }
            results.clear();
            registry.remove(this);
        }

        void join(long millis) {
            long deadline = System.currentTimeMillis() + millis;
            for (Thread t : threads) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    t.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void work(int id) {
            long seed = baseSeed + id;
            try (Generator.Scope scope = Generator.useAsThreadDefault(new Generator(seed))) {
                WORKER_INFO.set(new WorkerInfo(id, numWorkers, seed, mapDataset != null ? mapDataset : iterDataset));
                Throwable initError = null;
                if (workerInitFn != null) {
                    try {
                        workerInitFn.accept(id);
                    } catch (Throwable t) {
                        initError = t;
                    }
                }
                Iterator<T> stream = null;
                long streamEpoch = 0;
                boolean streamDone = false;
                while (!shutdown) {
                    Task task;
                    try {
                        task = queues[id].take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (task == POISON || shutdown) {
                        return;
                    }
                    if (task.epoch() != epoch) {
                        continue; // a task of an earlier pass
                    }
                    Result r;
                    if (initError != null) {
                        r = failure(task, id, -1, "in worker_init_fn", initError);
                    } else if (mapDataset != null) {
                        r = fetch(task, id);
                    } else {
                        if (stream == null || streamEpoch != task.epoch()) {
                            streamEpoch = task.epoch();
                            streamDone = false;
                            try {
                                stream = iterDataset.iterator();
                            } catch (Throwable t) {
                                stream = null;
                                results.add(failure(task, id, -1, "while creating the IterableDataset iterator", t));
                                continue;
                            }
                        }
                        if (streamDone) {
                            r = new Result(task.epoch(), task.idx(), id, null, null, true);
                        } else {
                            try {
                                List<T> samples = new ArrayList<>(batchSize);
                                while (samples.size() < batchSize && stream.hasNext()) {
                                    samples.add(stream.next());
                                }
                                if (samples.isEmpty() || (dropLast && samples.size() < batchSize)) {
                                    streamDone = true;
                                    r = new Result(task.epoch(), task.idx(), id, null, null, true);
                                } else {
                                    r = new Result(task.epoch(), task.idx(), id, collateFn.apply(samples), null, false);
                                }
                            } catch (Throwable t) {
                                r = failure(task, id, -1, "while reading the IterableDataset", t);
                            }
                        }
                    }
                    if (!shutdown) {
                        results.add(r);
                    }
                }
            } finally {
                WORKER_INFO.remove();
            }
        }

        private Result fetch(Task task, int id) {
            List<T> samples = new ArrayList<>(task.indices().size());
            for (int index : task.indices()) {
                try {
                    samples.add(mapDataset.get(index));
                } catch (Throwable t) {
                    return failure(task, id, index, "while loading index " + index, t);
                }
            }
            try {
                return new Result(task.epoch(), task.idx(), id, collateFn.apply(samples), null, false);
            } catch (Throwable t) {
                return failure(task, id, -1, "while collating the batch of indices " + task.indices(), t);
            }
        }

        private static Result failure(Task task, int id, int index, String where, Throwable t) {
            String msg = "Caught " + t.getClass().getSimpleName() + " in DataLoader worker " + id + " " + where
                    + (t.getMessage() != null ? ": " + t.getMessage() : "");
            return new Result(task.epoch(), task.idx(), id, null, new WorkerException(msg, id, index, t), false);
        }
    }
}

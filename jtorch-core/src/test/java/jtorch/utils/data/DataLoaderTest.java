package jtorch.utils.data;

import static jtorch.utils.data.DataFixtureTest.range;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataLoaderTest {

    static long workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("jtorch-DataLoader-worker-")).count();
    }

    static void awaitNoWorkerThreads() throws InterruptedException {
        for (int i = 0; i < 100 && workerThreads() > 0; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(0, workerThreads(), "worker threads left behind");
    }

    @AfterEach
    void noThreadsLeft() throws InterruptedException {
        awaitNoWorkerThreads();
    }

    static List<List<Long>> batches(DataLoader<Integer, Tensor> loader) {
        List<List<Long>> out = new ArrayList<>();
        for (Tensor b : loader) {
            assertEquals(DType.INT64, b.dtype());
            out.add(Arrays.stream(b.toLongArray()).boxed().toList());
        }
        return out;
    }

    @Test
    void everySampleOncePerEpochWithAndWithoutShuffleAndWorkers() {
        for (int workers : new int[] {0, 2}) {
            for (boolean shuffle : new boolean[] {false, true}) {
                try (var loader = new DataLoader<Integer, Tensor>(range(103),
                        DataLoader.options().batchSize(10).shuffle(shuffle).numWorkers(workers))) {
                    assertEquals(11, loader.size());
                    for (int epoch = 0; epoch < 2; epoch++) {
                        List<List<Long>> b = batches(loader);
                        assertEquals(11, b.size());
                        assertEquals(3, b.get(10).size());
                        List<Long> all = b.stream().flatMap(List::stream).sorted().toList();
                        assertEquals(LongStreamRange.of(103), all);
                        if (!shuffle) {
                            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), b.get(0));
                        }
                    }
                }
            }
        }
    }

    static final class LongStreamRange {
        static List<Long> of(int n) {
            return IntStream.range(0, n).mapToObj(i -> (long) i).toList();
        }
    }

    @Test
    void dropLastDropsTheShortBatchOnly() {
        for (int workers : new int[] {0, 2}) {
            try (var loader = new DataLoader<Integer, Tensor>(range(103),
                    DataLoader.options().batchSize(10).shuffle(true).dropLast(true).numWorkers(workers))) {
                assertEquals(10, loader.size());
                List<List<Long>> b = batches(loader);
                assertEquals(10, b.size());
                assertEquals(100, b.stream().flatMap(List::stream).distinct().count());
            }
        }
    }

    @Test
    void zeroAndTwoWorkersGiveIdenticalBatchesForASeed() {
        List<List<List<Long>>> runs = new ArrayList<>();
        for (int workers : new int[] {0, 2, 3}) {
            Torch.manualSeed(123);
            try (var loader = new DataLoader<Integer, Tensor>(range(57),
                    DataLoader.options().batchSize(4).shuffle(true).numWorkers(workers).prefetchFactor(workers == 3 ? 1 : 2))) {
                runs.add(batches(loader));
            }
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
    }

    /** A dataset whose samples draw from the current default generator (a random transform). */
    static Dataset<Tensor> noisy(int n) {
        return new Dataset<>() {
            @Override
            public Tensor get(int index) {
                return Torch.rand(3).add(index);
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    @Test
    void randomPerSampleWorkIsReproducibleForASeedAndWorkerCount() {
        for (int workers : new int[] {0, 2}) {
            List<float[]> first = null;
            for (int run = 0; run < 2; run++) {
                Torch.manualSeed(7);
                List<float[]> got = new ArrayList<>();
                try (var loader = new DataLoader<Tensor, Tensor>(noisy(40),
                        DataLoader.options().batchSize(4).shuffle(true).numWorkers(workers))) {
                    for (Tensor b : loader) {
                        got.add(b.toFloatArray());
                    }
                }
                if (first == null) {
                    first = got;
                } else {
                    assertEquals(first.size(), got.size());
                    for (int i = 0; i < got.size(); i++) {
                        assertArrayEquals(first.get(i), got.get(i));
                    }
                }
            }
        }
    }

    @Test
    void workersSeedTheirOwnDefaultGeneratorWithBaseSeedPlusId() {
        Generator g = new Generator(99);
        long base = new Generator(99).nextUInt64() & Long.MAX_VALUE; // what the loader draws first
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Dataset<Long> ds = new Dataset<>() {
            @Override
            public Long get(int index) {
                WorkerInfo info = DataLoader.getWorkerInfo().orElseThrow();
                long expectedFirst = new Generator(info.seed()).nextUInt64();
                seen.add(info.id() + ":" + info.seed() + ":" + info.numWorkers() + ":" + (info.dataset() == this));
                return expectedFirst;
            }

            @Override
            public int size() {
                return 8;
            }
        };
        Set<Integer> initCalls = ConcurrentHashMap.newKeySet();
        try (var loader = new DataLoader<Long, Tensor>(ds, DataLoader.options().batchSize(1).numWorkers(2).generator(g)
                .workerInitFn(id -> {
                    initCalls.add(id);
                    assertEquals(id, DataLoader.getWorkerInfo().orElseThrow().id());
                }))) {
            for (Tensor b : loader) {
                assertEquals(1, b.numel());
            }
        }
        assertEquals(Set.of("0:" + base + ":2:true", "1:" + (base + 1) + ":2:true"), seen);
        assertEquals(Set.of(0, 1), initCalls);
        assertTrue(DataLoader.getWorkerInfo().isEmpty());
    }

    @Test
    void workerExceptionSurfacesWithIndexAndCause() {
        Dataset<Integer> bad = new Dataset<>() {
            @Override
            public Integer get(int index) {
                if (index == 13) {
                    throw new IllegalStateException("corrupt sample");
                }
                return index;
            }

            @Override
            public int size() {
                return 30;
            }
        };
        try (var loader = new DataLoader<Integer, Tensor>(bad, DataLoader.options().batchSize(4).numWorkers(2))) {
            WorkerException e = assertThrows(WorkerException.class, () -> batches(loader));
            assertEquals(13, e.index());
            assertEquals(1, e.workerId()); // batch 3 (indices 12..15) goes to worker 1 of 2
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(e.getMessage().contains("index 13"), e.getMessage());
            assertTrue(e.getMessage().contains("corrupt sample"), e.getMessage());
        }
        // numWorkers 0: the dataset's exception itself, as in PyTorch's main process
        var loader0 = new DataLoader<Integer, Tensor>(bad, DataLoader.options().batchSize(4));
        assertThrows(IllegalStateException.class, () -> batches(loader0));
    }

    @Test
    void workerInitFnFailureSurfaces() {
        try (var loader = new DataLoader<Integer, Tensor>(range(8), DataLoader.options().batchSize(2).numWorkers(2)
                .workerInitFn(id -> {
                    throw new IllegalArgumentException("bad init " + id);
                }))) {
            WorkerException e = assertThrows(WorkerException.class, () -> batches(loader));
            assertEquals(-1, e.index());
            assertTrue(e.getMessage().contains("worker_init_fn"), e.getMessage());
        }
    }

    @Test
    void earlyBreakThenCloseLeavesNoThread() throws InterruptedException {
        var loader = new DataLoader<Integer, Tensor>(range(1000), DataLoader.options().batchSize(2).numWorkers(2));
        int seen = 0;
        for (Tensor b : loader) {
            assertTrue(workerThreads() >= 2);
            if (++seen == 3) {
                break;
            }
        }
        loader.close();
        assertEquals(0, workerThreads());
        assertThrows(IllegalStateException.class, loader::iterator);
    }

    @Test
    void closingTheIteratorStopsItsWorkers() throws InterruptedException {
        var loader = new DataLoader<Integer, Tensor>(range(1000), DataLoader.options().batchSize(2).numWorkers(2));
        try (DataLoaderIterator<Tensor> it = loader.iterator()) {
            it.next();
        }
        awaitNoWorkerThreads();
    }

    @Test
    void earlyBreakWithoutCloseLeavesNoThreadOnceTheIteratorIsCollected() throws InterruptedException {
        var loader = new DataLoader<Integer, Tensor>(range(1000), DataLoader.options().batchSize(2).numWorkers(2));
        firstBatchOnly(loader);
        assertTrue(loader.size() > 0); // the loader stays reachable: only its abandoned iterator goes
        awaitNoWorkerThreads(); // the Cleaner stops them when the iterator is garbage collected
    }

    /** Breaks out of a for-each loop; the iterator becomes garbage when this method returns. */
    private static void firstBatchOnly(DataLoader<Integer, Tensor> loader) {
        for (Tensor b : loader) {
            assertEquals(2, b.numel());
            break;
        }
    }

    @Test
    void persistentWorkersSurviveEpochsAndKeepOrder() throws InterruptedException {
        Torch.manualSeed(5);
        List<List<List<Long>>> epochs = new ArrayList<>();
        try (var loader = new DataLoader<Integer, Tensor>(range(50),
                DataLoader.options().batchSize(8).shuffle(true).numWorkers(2).persistentWorkers(true))) {
            Set<Thread> first = null;
            for (int e = 0; e < 3; e++) {
                epochs.add(batches(loader));
                Set<Thread> now = Set.copyOf(Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("jtorch-DataLoader-worker-")).toList());
                assertEquals(2, now.size());
                if (first == null) {
                    first = now;
                }
                assertEquals(first, now, "the same threads serve every epoch");
            }
            // a pass abandoned half way does not disturb the next
            Iterator<Tensor> it = loader.iterator();
            it.next();
            List<List<Long>> next = batches(loader);
            assertEquals(7, next.size());
            assertThrows(IllegalStateException.class, it::hasNext);
        }
        for (List<List<Long>> ep : epochs) {
            assertEquals(LongStreamRange.of(50), ep.stream().flatMap(List::stream).sorted().toList());
        }
        assertNotEquals(epochs.get(0), epochs.get(1));
        // persistent workers draw the base seed once: epoch 2 uses the sampler's draw only
        Torch.manualSeed(5);
        Generator.defaultGenerator().nextUInt64(); // first pass's base seed
        RandomSampler s = new RandomSampler(range(50));
        List<Integer> e0 = DataFixtureTest.list(s);
        List<Integer> e1 = DataFixtureTest.list(s);
        assertEquals(e0.stream().map(Integer::longValue).toList(), epochs.get(0).stream().flatMap(List::stream).toList());
        assertEquals(e1.stream().map(Integer::longValue).toList(), epochs.get(1).stream().flatMap(List::stream).toList());
    }

    /** An IterableDataset that shards itself across workers with getWorkerInfo, as PyTorch's docs show. */
    static final class Stream implements IterableDataset<Integer> {
        final int n;

        Stream(int n) {
            this.n = n;
        }

        @Override
        public Iterator<Integer> iterator() {
            int id = DataLoader.getWorkerInfo().map(WorkerInfo::id).orElse(0);
            int k = DataLoader.getWorkerInfo().map(WorkerInfo::numWorkers).orElse(1);
            return IntStream.range(0, n).filter(i -> i % k == id).iterator();
        }

        @Override
        public int size() {
            return n;
        }
    }

    @Test
    void iterableDatasetWithWorkersShardsAndInterleavesLikePyTorch() {
        try (var loader = new DataLoader<Integer, Tensor>(new Stream(11), DataLoader.options().batchSize(2).numWorkers(2))) {
            assertEquals(6, loader.size());
            // worker 0 yields evens, worker 1 odds; batches alternate between workers until one runs dry
            assertEquals(List.of(List.of(0L, 2L), List.of(1L, 3L), List.of(4L, 6L), List.of(5L, 7L), List.of(8L, 10L),
                    List.of(9L)), batches(loader));
            assertEquals(6, batches(loader).size());
        }
        var single = new DataLoader<Integer, Tensor>(new Stream(5), DataLoader.options().batchSize(2).dropLast(true));
        assertEquals(List.of(List.of(0L, 1L), List.of(2L, 3L)), batches(single));
        assertEquals(2, single.size());
        assertThrows(IllegalArgumentException.class,
                () -> new DataLoader<Integer, Tensor>(new Stream(5), DataLoader.options().shuffle(true)));
    }

    @Test
    void optionsFailWithPyTorchsMessages() {
        var ds = range(10);
        assertEquals("sampler option is mutually exclusive with shuffle", assertThrows(IllegalArgumentException.class,
                () -> new DataLoader<>(ds, DataLoader.options().shuffle(true).sampler(new SequentialSampler(ds)))).getMessage());
        assertEquals("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last",
                assertThrows(IllegalArgumentException.class, () -> new DataLoader<>(ds, DataLoader.options().batchSize(3)
                        .batchSampler(new BatchSampler(new SequentialSampler(ds), 2, false)))).getMessage());
        assertEquals("persistent_workers option needs num_workers > 0", assertThrows(IllegalArgumentException.class,
                () -> new DataLoader<>(ds, DataLoader.options().persistentWorkers(true))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataLoader.options().numWorkers(-1));
        assertThrows(IllegalArgumentException.class, () -> DataLoader.options().batchSize(0));
    }

    @Test
    void customSamplerBatchSamplerAndCollateFn() {
        var ds = range(10);
        var bySampler = new DataLoader<Integer, Tensor>(ds, DataLoader.options().batchSize(3)
                .sampler(new SubsetRandomSampler(new int[] {9, 8, 7}, new Generator(1))));
        assertEquals(1, bySampler.size());
        assertEquals(List.of(7L, 8L, 9L), batches(bySampler).get(0).stream().sorted().toList());
        var byBatch = new DataLoader<Integer, Tensor>(ds, DataLoader.options()
                .batchSampler(new BatchSampler(new SequentialSampler(4), 3, false)));
        assertEquals(List.of(List.of(0L, 1L, 2L), List.of(3L)), batches(byBatch));
        var summed = new DataLoader<Integer, Integer>(ds, DataLoader.options().batchSize(4).numWorkers(2),
                batch -> batch.stream().mapToInt(Integer::intValue).sum());
        List<Integer> sums = new ArrayList<>();
        summed.forEach(sums::add);
        assertEquals(List.of(6, 22, 17), sums);
    }

    @Test
    void tensorDatasetLoaderGivesListsOfStackedTensors() {
        Tensor x = Torch.arange(12L).reshape(6, 2).toFloat();
        Tensor y = Torch.arange(6L);
        var loader = new DataLoader<List<Tensor>, List<Tensor>>(new TensorDataset(x, y), 4);
        List<List<Tensor>> b = new ArrayList<>();
        loader.forEach(b::add);
        assertEquals(2, b.size());
        assertArrayEquals(new int[] {4, 2}, b.get(0).get(0).sizes());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, b.get(0).get(0).toFloatArray());
        assertArrayEquals(new long[] {4, 5}, b.get(1).get(1).toLongArray());
        assertThrows(IllegalArgumentException.class, () -> new TensorDataset(x, Torch.arange(5L)));
    }

    @Test
    void generatorThreadDefaultScopesNest() {
        Generator global = Generator.defaultGenerator();
        Generator a = new Generator(1);
        try (var s = Generator.useAsThreadDefault(a)) {
            assertTrue(Generator.defaultGenerator() == a);
            Generator b = new Generator(2);
            try (var s2 = Generator.useAsThreadDefault(b)) {
                assertTrue(Generator.defaultGenerator() == b);
                Torch.manualSeed(3);
                assertEquals(3, b.initialSeed());
            }
            assertTrue(Generator.defaultGenerator() == a);
        }
        assertTrue(Generator.defaultGenerator() == global);
    }

    @Test
    void noThreadLeakAfterManyAbandonedPasses() throws InterruptedException {
        var loader = new DataLoader<Integer, Tensor>(range(200), DataLoader.options().batchSize(4).numWorkers(2));
        for (int i = 0; i < 5; i++) {
            Iterator<Tensor> it = loader.iterator();
            it.next();
        }
        loader.close();
        assertEquals(0, workerThreads());
        Map<String, Integer> unused = Map.of();
        assertTrue(unused.isEmpty());
    }
}

package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared pool: every chunk runs exactly once, failures reach the caller, nested and concurrent
 * loops finish, and tensor results do not depend on the thread count (beyond summation order).
 */
class ParallelTest {
    private final int threads = Torch.getNumThreads();

    @AfterEach
    void restore() {
        Torch.setNumThreads(threads);
    }

    @Test
    void everyChunkRunsOnce() {
        Torch.setNumThreads(3);
        AtomicIntegerArray seen = new AtomicIntegerArray(5);
        Parallel.run(5, (c, cs) -> seen.incrementAndGet(c));
        for (int c = 0; c < 5; c++) {
            assertEquals(1, seen.get(c), "chunk " + c);
        }
        int[] hits = new int[100_000];
        Parallel.forRange(hits.length, 64, 1000, (from, to) -> {
            for (int i = from; i < to; i++) {
                hits[i]++;
            }
        });
        for (int h : hits) {
            assertEquals(1, h);
        }
    }

    @Test
    void workerFailuresReachTheCaller() {
        Torch.setNumThreads(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.run(2, (c, cs) -> {
            if (c == 1) {
                throw new IllegalStateException("chunk 1 failed");
            }
        }));
        assertEquals("chunk 1 failed", e.getMessage());
        Parallel.run(2, (c, cs) -> { }); // the pool still works afterwards
    }

    @Test
    void nestedAndConcurrentLoopsFinish() throws Exception {
        Torch.setNumThreads(2);
        AtomicIntegerArray inner = new AtomicIntegerArray(4);
        Parallel.run(2, (c, cs) -> Parallel.run(2, (d, ds) -> inner.incrementAndGet(c * 2 + d)));
        for (int i = 0; i < 4; i++) {
            assertEquals(1, inner.get(i));
        }
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Tensor a = Torch.randn(300, 200);
            Tensor b = Torch.randn(200, 100);
            Tensor expected = a.mm(b);
            Future<?>[] fs = new Future<?>[8];
            for (int i = 0; i < fs.length; i++) {
                fs[i] = callers.submit(() -> assertArrayEquals(expected.toFloatArray(), a.mm(b).toFloatArray()));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        Torch.manualSeed(0);
        Tensor x = Torch.randn(512, 300);
        Tensor y = Torch.randn(300);
        Tensor w = Torch.randn(300, 70);
        Tensor[] one = compute(1, x, y, w);
        Tensor[] three = compute(3, x, y, w);
        for (int i = 0; i < one.length; i++) {
            float[] p = one[i].toFloatArray();
            float[] q = three[i].toFloatArray();
            for (int j = 0; j < p.length; j++) {
                assertEquals(p[j], q[j], 1e-4 * Math.max(1, Math.abs(p[j])), "result " + i + " element " + j);
            }
        }
    }

    private static Tensor[] compute(int threads, Tensor x, Tensor y, Tensor w) {
        Torch.setNumThreads(threads);
        return new Tensor[] {x.add(y), x.exp(), x.mul(2).sigmoid(), x.sum(), x.sum(0), x.sum(1), x.max(1).values(),
            x.max(1).indices().toFloat(), x.max(0).indices().toFloat(), F.softmax(x, 1), F.softmax(x, 0),
            F.logSoftmax(x, 1), x.mm(w), x.t().t().mm(w),
            // a stack of products each too small to split: bmm splits the stack by matrix
            x.view(16, 32, 300).bmm(w.expand(16, 300, 70))};
    }
}

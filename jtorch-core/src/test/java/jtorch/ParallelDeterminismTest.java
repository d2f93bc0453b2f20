package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At a fixed thread count every parallel op family gives the same bits on every call, as PyTorch does:
 * partial results combine in an order fixed by sizes and thread count, never by which thread finished
 * first; vector lanes are summed in index order and exp is computed from add/mul/fma only, so even the
 * first calls of a fresh JVM (interpreted, then compiled) agree with the later ones.
 */
class ParallelDeterminismTest {
    private static int threads;

    @BeforeAll
    static void twoThreads() {
        threads = Torch.getNumThreads();
        Torch.setNumThreads(2);
        Torch.manualSeed(7);
    }

    @AfterAll
    static void restore() {
        Torch.setNumThreads(threads);
    }

    private static void repeats(Supplier<Tensor> op) {
        float[] first = op.get().toFloatArray();
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(first, op.get().toFloatArray());
        }
    }

    private final Tensor v = Torch.randn(1 << 20);
    private final Tensor m = Torch.randn(512, 512);

    /** In a fresh JVM, from the first (interpreted) call on: 300 sums of 4M floats and softmaxes, one result each. */
    @Test
    void sumAndSoftmaxRepeatFromTheFirstCallOfAFreshJvm() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), FreshSums.class.getName()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor());
        assertEquals("1 1", out);
    }

    /** The child of the fresh-JVM test: prints how many distinct sums and softmaxes it saw. */
    static final class FreshSums {
        public static void main(String[] args) {
            Torch.setNumThreads(2);
            Torch.manualSeed(0);
            Tensor v = Torch.randn(1 << 22);
            Tensor m = Torch.randn(256, 1024);
            Set<Double> sums = new HashSet<>();
            Set<Integer> softmaxes = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                sums.add(v.sum().item());
                softmaxes.add(java.util.Arrays.hashCode(F.softmax(m, 1).toFloatArray()));
            }
            System.out.println(sums.size() + " " + softmaxes.size());
        }
    }

    @Test
    void fullReductions() {
        repeats(v::sum);
        repeats(v::mean);
        repeats(() -> v.max());
        repeats(() -> v.norm());
    }

    @Test
    void dimReductionsAndSoftmax() {
        repeats(() -> m.sum(1));
        repeats(() -> m.sum(0));
        repeats(() -> F.softmax(m, 1));
        repeats(() -> F.logSoftmax(m, 0));
        repeats(() -> m.max(1).values());
    }

    @Test
    void elementwise() {
        repeats(() -> v.add(v.mul(0.5)));
        repeats(v::exp);
        repeats(v::sigmoid);
    }

    @Test
    void productsConvolutionAndPooling() {
        repeats(() -> m.mm(m));
        repeats(() -> m.reshape(8, 64, 512).bmm(m.reshape(8, 512, 64)));
        Tensor x = Torch.randn(8, 16, 32, 32);
        Tensor w = Torch.randn(Torch.options().requiresGrad(true), 16, 16, 3, 3);
        repeats(() -> F.conv2d(x, w));
        repeats(() -> {
            w.setGrad(null);
            F.conv2d(x, w).sum().backward();
            return w.grad();
        });
        repeats(() -> F.maxPool2d(x, 2));
        repeats(() -> F.avgPool2d(x, 2));
    }
}

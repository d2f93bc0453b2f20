package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import jtorch.DType;
import jtorch.Storage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GEMM loop nests against the textbook triple loop, on shapes that cross every blocking boundary
 * of both providers (scalar: MC=64 rows, KC=256 depth, NC=512 columns, 4x4 tiles; vector: the micro-tile
 * of the CPU's vector width, 4 rows by two vectors up to 256 bits and 6 by two at 512, MC=96, KC=512 or
 * 256, NC=1024, B packed in parts beyond 2^22 elements, the unpacked
 * small-product path, and the tasks threads share: row blocks, and panel ranges when C has few rows)
 * and on every operand layout: row-major, column-major (a transposed view), padded rows and stride-0
 * (expanded) operands; then again with B packed first and the product added onto C. The PyTorch fixtures
 * (join_linalg.json) pin the ops; these shapes would make fixture files too large. jtorch-core's pom runs
 * this class again once per micro-tile the vector GEMM has ({@code -Djtorch.gemm.tile=4x2, 6x2, 8x2, 4x3}),
 * so every tile is tested whatever CPU runs the build.
 */
class GemmTest {
    /** Under {@code -Djtorch.gemm.tile}, the vector provider runs that tile (its name says which). */
    @Test
    void theTileAskedForIsTheOneRunning() {
        String tile = System.getProperty("jtorch.gemm.tile");
        String name = Kernels.get().name();
        Assumptions.assumeTrue(tile != null && name.startsWith("vector"), "no tile override, or no vector provider");
        assertEquals(true, name.endsWith(", gemm " + tile + ")"), name);
    }

    enum Layout { ROW_MAJOR, COLUMN_MAJOR, PADDED, BROADCAST_ROWS }

    static java.util.stream.Stream<Arguments> shapes() {
        int[][] mnk = {{1, 1, 1}, {1, 7, 5}, {6, 1, 9}, {5, 6, 0}, {4, 4, 4}, {7, 9, 13}, {65, 10, 3}, {3, 9, 300},
            {10, 515, 20}, {70, 530, 260}, {64, 100, 40}, {97, 33, 17}, {100, 1030, 530}, {1001, 21, 30}, {2, 600, 300},
            {3, 16, 300_000}, {6, 25, 5000}};
        java.util.stream.Stream.Builder<Arguments> b = java.util.stream.Stream.builder();
        for (int[] s : mnk) {
            for (Layout la : Layout.values()) {
                for (Layout lb : Layout.values()) {
                    // the large shapes run in matching layouts only, for time, and with A's rows and B's
                    // columns contiguous along k (the long-k dot-product path of a narrow product)
                    if (s[0] * s[1] * s[2] < 200_000 || la == lb
                            || (la == Layout.ROW_MAJOR && lb == Layout.COLUMN_MAJOR)) {
                        b.add(Arguments.of(s[0], s[1], s[2], la, lb));
                    }
                }
            }
        }
        return b.build();
    }

    /** A rows×cols matrix in a buffer: {offset, row stride, column stride, buffer length}. */
    private static int[] geometry(Layout l, int rows, int cols) {
        return switch (l) {
            case ROW_MAJOR -> new int[] {0, cols, 1, rows * cols};
            case COLUMN_MAJOR -> new int[] {0, 1, rows, rows * cols};
            case PADDED -> new int[] {3, cols + 2, 1, 3 + rows * (cols + 2)};
            case BROADCAST_ROWS -> new int[] {1, 0, 1, 1 + cols};
        };
    }

    private static double[] values(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(7) - 3;
        }
        return v;
    }

    @ParameterizedTest(name = "{0}x{2} * {2}x{1}, A {3}, B {4}")
    @MethodSource("shapes")
    void matchesTripleLoop(int m, int n, int k, Layout la, Layout lb) {
        // alternate thread counts so every shape also runs split among threads (and unevenly, with 3)
        int threads = Parallel.numThreads();
        Parallel.setNumThreads(1 + (m + n + k + la.ordinal() + lb.ordinal()) % 3);
        try {
            check(m, n, k, la, lb);
        } finally {
            Parallel.setNumThreads(threads);
        }
    }

    private void check(int m, int n, int k, Layout la, Layout lb) {
        Random r = new Random(m * 31L + n * 7L + k);
        int[] ga = geometry(la, m, k);
        int[] gb = geometry(lb, k, n);
        double[] a = values(ga[3], r);
        double[] b = values(gb[3], r);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ga[0] + i * ga[1] + p * ga[2]] * b[gb[0] + p * gb[1] + j * gb[2]];
                }
                expected[i * n + j] = s;
            }
        }
        // small integers: every partial sum is exact in float32 and float64, so results must be equal; then B
        // is packed and the product added onto the first one (accumulate), which must give 2·A·B
        int co = 2;
        for (KernelProvider provider : new KernelProvider[] {new ScalarKernels(), Kernels.get()}) {
            double[] c64 = new double[co + m * n];
            java.util.Arrays.fill(c64, Double.NaN);
            provider.gemm(m, n, k, a, ga[0], ga[1], ga[2], b, gb[0], gb[1], gb[2], c64, co, n, false);
            float[] af = toFloat(a);
            float[] bf = toFloat(b);
            float[] c32 = new float[co + m * n];
            java.util.Arrays.fill(c32, Float.NaN);
            provider.gemm(m, n, k, af, ga[0], ga[1], ga[2], bf, gb[0], gb[1], gb[2], c32, co, n, false);
            for (int i = 0; i < m * n; i++) {
                assertEquals(expected[i], c64[co + i], provider.name() + " float64 element " + i);
                assertEquals(expected[i], c32[co + i], provider.name() + " float32 element " + i);
            }
            int bpo = 3;
            int nr64 = provider.gemmPanelWidth(DType.FLOAT64);
            double[] bp64 = new double[bpo + k * ((n + nr64 - 1) / nr64) * nr64];
            provider.gemmPackB(k, n, b, gb[0], gb[1], gb[2], bp64, bpo);
            provider.gemmPacked(m, n, k, a, ga[0], ga[1], ga[2], bp64, bpo, c64, co, n, true);
            int nr32 = provider.gemmPanelWidth(DType.FLOAT32);
            float[] bp32 = new float[bpo + k * ((n + nr32 - 1) / nr32) * nr32];
            provider.gemmPackB(k, n, bf, gb[0], gb[1], gb[2], bp32, bpo);
            provider.gemmPacked(m, n, k, af, ga[0], ga[1], ga[2], bp32, bpo, c32, co, n, true);
            for (int i = 0; i < m * n; i++) {
                assertEquals(2 * expected[i], c64[co + i], provider.name() + " packed float64 element " + i);
                assertEquals(2 * expected[i], c32[co + i], provider.name() + " packed float32 element " + i);
            }
        }
        Storage sa = Storage.wrap(DType.INT64, toLong(a));
        Storage sb = Storage.wrap(DType.INT64, toLong(b));
        Storage sc = Storage.allocate(DType.INT64, co + m * n);
        Gemm.gemm(m, n, k, sa, ga[0], ga[1], ga[2], sb, gb[0], gb[1], gb[2], sc, co, n);
        for (int i = 0; i < m * n; i++) {
            assertEquals((long) expected[i], sc.getLong(co + i), "int64 element " + i);
        }
        Storage sbp = Storage.allocate(DType.INT64, (int) Gemm.packedSize(k, n, DType.INT64));
        Gemm.packB(k, n, sb, gb[0], gb[1], gb[2], sbp, 0);
        Gemm.gemmPacked(m, n, k, sa, ga[0], ga[1], ga[2], sbp, 0, sc, co, n, true);
        for (int i = 0; i < m * n; i++) {
            assertEquals(2 * (long) expected[i], sc.getLong(co + i), "packed int64 element " + i);
        }
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    private static long[] toLong(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (long) v[i];
        }
        return out;
    }
}

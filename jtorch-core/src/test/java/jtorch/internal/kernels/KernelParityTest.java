package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Vector API provider must agree with the scalar reference for every op, on lengths around the
 * lane count (tails), with offsets, broadcast (stride-0) operands and strided runs (Lucene's habit).
 */
class KernelParityTest {
    private static final KernelProvider SCALAR = new ScalarKernels();
    private static final KernelProvider VECTOR = Kernels.loadVector();

    static IntStream lengths() {
        return IntStream.of(1, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 129, 1000, 4098);
    }

    private static float[] randomFloats(int n, long seed, boolean positive) {
        Random r = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            float v = (float) (r.nextGaussian() * 2);
            a[i] = positive ? Math.abs(v) + 0.01f : v;
        }
        return a;
    }

    private static boolean needsPositive(UnaryOp op) {
        return switch (op) {
            case SQRT, RSQRT, LOG, LOG1P, LOG2, LOG10, ACOS, ASIN -> true;
            default -> false;
        };
    }

    @Test
    void vectorProviderIsAvailableInTests() {
        assertNotNull(VECTOR, "tests run with --add-modules jdk.incubator.vector");
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void unaryFloatMatchesScalar(int n) {
        for (UnaryOp op : UnaryOp.values()) {
            float[] x = randomFloats(n + 3, n, needsPositive(op));
            if (op == UnaryOp.ASIN || op == UnaryOp.ACOS) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = x[i] / (1 + x[i]);
                }
            }
            float[] a = new float[n + 5];
            float[] b = new float[n + 5];
            SCALAR.unary(op, x, 3, 1, a, 2, 1, n);
            VECTOR.unary(op, x, 3, 1, b, 2, 1, n);
            for (int i = 0; i < a.length; i++) {
                assertClose(op + " n=" + n + " i=" + i, a[i], b[i], 4e-6);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void unaryDoubleMatchesScalar(int n) {
        for (UnaryOp op : UnaryOp.values()) {
            float[] xf = randomFloats(n, n * 31L, needsPositive(op));
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = op == UnaryOp.ASIN || op == UnaryOp.ACOS ? xf[i] / (1 + Math.abs(xf[i])) : xf[i];
            }
            double[] a = new double[n];
            double[] b = new double[n];
            SCALAR.unary(op, x, 0, 1, a, 0, 1, n);
            VECTOR.unary(op, x, 0, 1, b, 0, 1, n);
            for (int i = 0; i < n; i++) {
                assertClose(op + " n=" + n + " i=" + i, a[i], b[i], 1e-14);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void binaryFloatMatchesScalarWithBroadcastAndStrides(int n) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.producesBool()) {
                continue;
            }
            float[] x = randomFloats(2 * n + 1, n, false);
            float[] y = randomFloats(2 * n + 1, n + 1, true);
            int[][] strides = {{1, 1}, {0, 1}, {1, 0}, {2, 1}};
            for (int[] s : strides) {
                float[] a = new float[n];
                float[] b = new float[n];
                SCALAR.binary(op, x, 1, s[0], y, 0, s[1], a, 0, 1, n);
                VECTOR.binary(op, x, 1, s[0], y, 0, s[1], b, 0, 1, n);
                for (int i = 0; i < n; i++) {
                    assertClose(op + " strides " + s[0] + "," + s[1] + " n=" + n, a[i], b[i], 1e-6);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void comparisonsMatchScalarWithTiesNanAndBroadcast(int n) {
        float[] x = randomFloats(2 * n + 1, 3L * n, false);
        float[] y = randomFloats(2 * n + 1, 3L * n + 1, false);
        for (int i = 0; i < x.length; i += 3) {
            y[i] = x[i]; // ties
        }
        x[x.length / 2] = Float.NaN;
        y[y.length / 3] = Float.NaN;
        double[] xd = new double[x.length];
        double[] yd = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xd[i] = x[i];
            yd[i] = y[i];
        }
        int[][] strides = {{1, 1}, {0, 1}, {1, 0}, {2, 1}};
        for (BinaryOp op : new BinaryOp[] {BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE}) {
            for (int[] s : strides) {
                byte[] a = new byte[n + 2];
                byte[] b = new byte[n + 2];
                SCALAR.compare(op, x, 1, s[0], y, 0, s[1], a, 2, 1, n);
                VECTOR.compare(op, x, 1, s[0], y, 0, s[1], b, 2, 1, n);
                org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, op + " float strides " + s[0] + "," + s[1]);
                SCALAR.compare(op, xd, 1, s[0], yd, 0, s[1], a, 2, 1, n);
                VECTOR.compare(op, xd, 1, s[0], yd, 0, s[1], b, 2, 1, n);
                org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, op + " double strides " + s[0] + "," + s[1]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void whereMatchesScalarWithBroadcastBranches(int n) {
        float[] x = randomFloats(2 * n + 1, 5L * n, false);
        float[] y = randomFloats(2 * n + 1, 5L * n + 1, false);
        y[0] = Float.NEGATIVE_INFINITY;
        byte[] cond = new byte[2 * n + 1];
        for (int i = 0; i < cond.length; i++) {
            cond[i] = (byte) (x[i] > 0 ? 1 : i % 7 == 0 ? 2 : 0); // any non-zero byte is true
        }
        double[] xd = new double[x.length];
        double[] yd = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xd[i] = x[i];
            yd[i] = y[i];
        }
        int[][] strides = {{1, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 0, 0}, {2, 1, 1}, {1, 2, 1}};
        for (int[] s : strides) {
            float[] a = new float[n + 1];
            float[] b = new float[n + 1];
            SCALAR.where(cond, 1, s[0], x, 0, s[1], y, 0, s[2], a, 1, 1, n);
            VECTOR.where(cond, 1, s[0], x, 0, s[1], y, 0, s[2], b, 1, 1, n);
            org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, "float strides " + java.util.Arrays.toString(s));
            double[] ad = new double[n + 1];
            double[] bd = new double[n + 1];
            SCALAR.where(cond, 1, s[0], xd, 0, s[1], yd, 0, s[2], ad, 1, 1, n);
            VECTOR.where(cond, 1, s[0], xd, 0, s[1], yd, 0, s[2], bd, 1, 1, n);
            org.junit.jupiter.api.Assertions.assertArrayEquals(ad, bd, "double strides " + java.util.Arrays.toString(s));
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void reductionsMatchScalar(int n) {
        float[] x = randomFloats(n, 7 * n, false);
        for (ReduceOp op : ReduceOp.values()) {
            double a = SCALAR.reduce(op, x, 0, 1, n);
            double b = VECTOR.reduce(op, x, 0, 1, n);
            // float lanes sum in a different order: allow n-scaled rounding (Lucene's 1e-5 x size)
            double tol = op == ReduceOp.SUM ? 1e-5 * n : op == ReduceOp.PROD ? 1e-3 * Math.abs(a) : 0;
            assertEquals(a, b, tol, op + " n=" + n);
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void argExtremeMatchesScalarWithTiesAndNan(int n) {
        float[] x = randomFloats(n + 2, 11L * n, false);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(x[i] * 2) / 2f; // coarse values: many ties, the first must win
        }
        double[] xd = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xd[i] = x[i];
        }
        for (boolean max : new boolean[] {true, false}) {
            assertEquals(SCALAR.argExtreme(x, 2, 1, n, max), VECTOR.argExtreme(x, 2, 1, n, max), "n=" + n);
            assertEquals(SCALAR.argExtreme(xd, 2, 1, n, max), VECTOR.argExtreme(xd, 2, 1, n, max), "n=" + n);
        }
        float[] nan = x.clone();
        nan[2 + n / 2] = Float.NaN;
        nan[2 + n - 1] = Float.NaN;
        assertEquals(n / 2, VECTOR.argExtreme(nan, 2, 1, n, true), "first NaN wins, n=" + n);
        assertEquals(n / 2, VECTOR.argExtreme(nan, 2, 1, n, false), "first NaN wins, n=" + n);
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void softmaxMatchesScalar(int n) {
        float[] x = randomFloats(n + 1, 13L * n, false);
        for (boolean log : new boolean[] {false, true}) {
            float[] a = new float[n];
            float[] b = new float[n];
            SCALAR.softmax(x, 1, 1, a, 0, 1, n, log);
            VECTOR.softmax(x, 1, 1, b, 0, 1, n, log);
            for (int i = 0; i < n; i++) {
                assertClose("softmax log=" + log + " n=" + n + " i=" + i, a[i], b[i], 1e-5);
            }
        }
    }

    @Test
    void maxPropagatesNanInBothProviders() {
        float[] x = new float[100];
        x[57] = Float.NaN;
        assertEquals(Double.NaN, SCALAR.reduce(ReduceOp.MAX, x, 0, 1, 100));
        assertEquals(Double.NaN, VECTOR.reduce(ReduceOp.MAX, x, 0, 1, 100));
    }

    private static void assertClose(String what, double a, double b, double rel) {
        if (Double.isNaN(a) && Double.isNaN(b)) {
            return;
        }
        assertEquals(a, b, rel * Math.max(1, Math.abs(a)), what);
    }
}

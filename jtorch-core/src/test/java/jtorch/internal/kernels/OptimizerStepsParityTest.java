package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused optimizer loops in float vectors equal the scalar loops (whose results the optim fixtures check
 * against PyTorch) bit for bit, on lengths around the lane count, with offsets, NaN, infinities and signed zeros,
 * for every combination of flags.
 */
class OptimizerStepsParityTest {
    private static final OptimizerSteps SCALAR = new ScalarOptimizerSteps();
    private static final OptimizerSteps VECTOR = vector();

    private static OptimizerSteps vector() {
        try {
            return (OptimizerSteps) Class.forName("jtorch.internal.kernels.vector.VectorOptimizerSteps")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("tests run with --add-modules jdk.incubator.vector", e);
        }
    }

    private static float[] values(int n, long seed, boolean positive) {
        Random r = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            float v = (float) r.nextGaussian();
            a[i] = positive ? v * v : v;
        }
        float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f};
        for (int i = 0; i < specials.length && 3 * i + 2 + (int) (seed % 3) < n; i++) {
            a[3 * i + 2 + (int) (seed % 3)] = positive ? Math.abs(specials[i]) : specials[i];
        }
        return a;
    }

    private static void assertBits(String what, float[] a, float[] b) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            if (Float.isNaN(a[i]) && Float.isNaN(b[i])) {
                continue; // NaN's sign and payload are not part of IEEE results (x86 makes a negative one)
            }
            assertEquals(Float.floatToRawIntBits(a[i]), Float.floatToRawIntBits(b[i]),
                    what + " element " + i + ": " + a[i] + " vs " + b[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 15, 16, 17, 33, 64, 100, 1029})
    void sgdVectorEqualsScalar(int n) {
        for (int flags = 0; flags < 32; flags++) {
            boolean momentum = (flags & 4) != 0;
            boolean nesterov = momentum && (flags & 16) != 0;
            var c = new OptimizerSteps.Sgd(-0.05f, 1e-4f, 0.9f, 0.7f, (flags & 1) != 0, (flags & 2) != 0, momentum,
                    (flags & 8) != 0, nesterov);
            float[][] s = {values(n + 3, n, false), values(n + 1, n + 1, false), values(n + 2, n + 2, false)};
            float[][] v = {s[0].clone(), s[1].clone(), s[2].clone()};
            SCALAR.sgd(c, s[0], 3, s[1], 1, s[2], 2, n);
            VECTOR.sgd(c, v[0], 3, v[1], 1, v[2], 2, n);
            assertBits("sgd " + c + " p", s[0], v[0]);
            assertBits("sgd " + c + " buf", s[2], v[2]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 15, 16, 17, 33, 64, 100, 1029})
    void adamVectorEqualsScalar(int n) {
        for (int flags = 0; flags < 16; flags++) {
            boolean decoupled = (flags & 2) != 0;
            var c = new OptimizerSteps.Adam(0.9f, 0.1f, 0.999f, 0.001f, 0.0447f, 1e-8f, -0.0316f, 0.01f, 0.9999f,
                    (flags & 1) != 0, !decoupled && (flags & 4) != 0, decoupled, (flags & 8) != 0);
            float[][] s = {values(n + 1, n, false), values(n + 2, n + 1, false), values(n + 3, n + 2, false),
                           values(n + 4, n + 3, true), values(n + 1, n + 4, true)};
            float[][] v = new float[5][];
            for (int i = 0; i < 5; i++) {
                v[i] = s[i].clone();
            }
            SCALAR.adam(c, s[0], 1, s[1], 2, s[2], 3, s[3], 4, s[4], 1, n);
            VECTOR.adam(c, v[0], 1, v[1], 2, v[2], 3, v[3], 4, v[4], 1, n);
            String[] names = {"p", "g", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"};
            for (int i = 0; i < 5; i++) {
                assertBits("adam " + c + " " + names[i], s[i], v[i]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 15, 16, 17, 33, 64, 100, 1029})
    void rmspropVectorEqualsScalar(int n) {
        for (int flags = 0; flags < 16; flags++) {
            var c = new OptimizerSteps.Rmsprop(0.99f, 0.01f, 1e-8f, -0.01f, 0.01f, 0.9f, (flags & 1) != 0,
                    (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);
            float[][] s = {values(n + 1, n, false), values(n + 2, n + 1, false), values(n + 3, n + 2, true),
                           values(n + 4, n + 3, false), values(n + 1, n + 4, false)};
            float[][] v = new float[5][];
            for (int i = 0; i < 5; i++) {
                v[i] = s[i].clone();
            }
            SCALAR.rmsprop(c, s[0], 1, s[1], 2, s[2], 3, s[3], 4, s[4], 1, n);
            VECTOR.rmsprop(c, v[0], 1, v[1], 2, v[2], 3, v[3], 4, v[4], 1, n);
            String[] names = {"p", "g", "square_avg", "momentum_buffer", "grad_avg"};
            for (int i = 0; i < 5; i++) {
                assertBits("rmsprop " + c + " " + names[i], s[i], v[i]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 15, 16, 17, 33, 64, 100, 1029})
    void adagradVectorEqualsScalar(int n) {
        for (int flags = 0; flags < 4; flags++) {
            var c = new OptimizerSteps.Adagrad(-0.05f, 1e-10f, 0.01f, (flags & 1) != 0, (flags & 2) != 0);
            float[][] s = {values(n + 1, n, false), values(n + 2, n + 1, false), values(n + 3, n + 2, true)};
            float[][] v = {s[0].clone(), s[1].clone(), s[2].clone()};
            SCALAR.adagrad(c, s[0], 1, s[1], 2, s[2], 3, n);
            VECTOR.adagrad(c, v[0], 1, v[1], 2, v[2], 3, n);
            assertBits("adagrad " + c + " p", s[0], v[0]);
            assertBits("adagrad " + c + " sum", s[2], v[2]);
        }
    }
}

package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the PyTorch 1.13 golden sequences of {@code fixtures/random.json}
 * (written by {@code tools/golden/random_golden.py}) through {@link Generator}.
 */
class GeneratorTest {

    /**
     * Relative tolerances (scaled by max(1, |expected|)) for results that go through libm
     * (log/sin/cos of the double Box-Muller, where Java's and glibc's last bit can differ).
     * Everything computed with basic IEEE arithmetic only (uniform, bernoulli, the float32
     * vectorised normal fill for n >= 16) must be bit-exact, as must all integers and states.
     */
    private static final double TOL_F32 = 1e-6;
    private static final double TOL_F64 = 1e-12;

    private static JsonArray cases() throws IOException {
        try (InputStream in = GeneratorTest.class.getResourceAsStream("/fixtures/random.json")) {
            if (in == null) {
                fail("fixtures/random.json missing: run tools/golden/random_golden.py");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
                return root.getAsJsonArray("cases");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> pytorchGoldenSequences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases()) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> replayCase(c)));
        }
        assertTrue(tests.size() > 100, "fixture looks truncated");
        return tests.stream();
    }

    private static void replayCase(JsonObject c) {
        String name = c.get("name").getAsString();
        long seed = c.get("seed").getAsBigInteger().longValue(); // uint64 in the fixture
        Generator g = c.get("default_ctor").getAsBoolean() ? new Generator() : new Generator(seed);
        assertEquals(seed, g.initialSeed(), name + ": initial seed");
        JsonArray calls = c.getAsJsonArray("calls");
        replay(g, calls, 0, name);

        // Every recorded torch.get_rng_state() must also restore PyTorch's stream when loaded
        // into a differently seeded generator.
        for (int k = 0; k < calls.size(); k++) {
            JsonObject call = calls.get(k).getAsJsonObject();
            if (call.get("op").getAsString().equals("get_state")) {
                Generator h = new Generator(987654321L);
                h.normal(new double[1], 0, 1, 0, 1); // leave a cached sample that must be replaced
                h.setState(Base64.getDecoder().decode(call.get("values").getAsString()));
                replay(h, calls, k + 1, name + " (after setState of call " + k + ")");
            }
        }
    }

    private static void replay(Generator g, JsonArray calls, int from, String name) {
        for (int k = from; k < calls.size(); k++) {
            JsonObject call = calls.get(k).getAsJsonObject();
            String op = call.get("op").getAsString();
            String dtype = call.get("dtype").getAsString();
            int n = call.get("n").getAsInt();
            JsonArray args = call.getAsJsonArray("args");
            String where = name + ", call " + k + " " + op + "(" + dtype + ", n=" + n + ", " + args + ")";
            JsonElement values = call.get("values");
            boolean f32 = dtype.equals("float32");
            // write at an offset to check that off is honoured
            int off = 2;
            switch (op) {
                case "rand", "uniform" -> {
                    double a = op.equals("rand") ? 0 : args.get(0).getAsDouble();
                    double b = op.equals("rand") ? 1 : args.get(1).getAsDouble();
                    if (f32) {
                        float[] out = new float[n + off];
                        g.uniform(out, off, n, a, b);
                        compare(values, out, off, n, 0.0, where);
                    } else {
                        double[] out = new double[n + off];
                        g.uniform(out, off, n, a, b);
                        compare(values, out, off, n, 0.0, where);
                    }
                }
                case "randn", "normal" -> {
                    double m = op.equals("randn") ? 0 : args.get(0).getAsDouble();
                    double s = op.equals("randn") ? 1 : args.get(1).getAsDouble();
                    if (f32) {
                        float[] out = new float[n + off];
                        g.normal(out, off, n, m, s);
                        compare(values, out, off, n, n >= 16 ? 0.0 : TOL_F32, where);
                    } else {
                        double[] out = new double[n + off];
                        g.normal(out, off, n, m, s);
                        compare(values, out, off, n, TOL_F64, where);
                    }
                }
                case "bernoulli" -> {
                    double p = args.get(0).getAsDouble();
                    if (f32) {
                        float[] out = new float[n + off];
                        g.bernoulli(out, off, n, p);
                        compare(values, out, off, n, 0.0, where);
                    } else {
                        double[] out = new double[n + off];
                        g.bernoulli(out, off, n, p);
                        compare(values, out, off, n, 0.0, where);
                    }
                }
                case "randint" -> {
                    long[] out = new long[n + off];
                    g.randomFromTo(out, off, n, args.get(0).getAsLong(), args.get(1).getAsLong());
                    compareExact(values, out, off, n, where);
                }
                case "randperm" -> {
                    long[] out = new long[n + off];
                    g.randperm(out, off, n);
                    compareExact(values, out, off, n, where);
                }
                case "uint64" -> {
                    long[] out = new long[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = g.nextUInt64();
                    }
                    compareExact(values, out, 0, n, where);
                }
                case "uint32" -> {
                    long[] out = new long[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = g.nextUInt32();
                    }
                    compareExact(values, out, 0, n, where);
                }
                case "get_state" -> assertArrayEquals(
                        Base64.getDecoder().decode(values.getAsString()), g.getState(), where + ": state bytes");
                default -> fail("unknown op " + op);
            }
        }
    }

    private static void compare(JsonElement expected, float[] out, int off, int n, double tol, String where) {
        JsonArray e = expected.getAsJsonArray();
        assertEquals(n, e.size(), where);
        for (int i = 0; i < n; i++) {
            double want = e.get(i).getAsDouble(); // the fixture holds float32 values exactly
            if (Math.abs(out[off + i] - want) > tol * Math.max(1.0, Math.abs(want))) {
                fail(where + ": element " + i + " expected " + want + " but was " + out[off + i]);
            }
        }
    }

    private static void compare(JsonElement expected, double[] out, int off, int n, double tol, String where) {
        JsonArray e = expected.getAsJsonArray();
        assertEquals(n, e.size(), where);
        for (int i = 0; i < n; i++) {
            double want = e.get(i).getAsDouble();
            if (Math.abs(out[off + i] - want) > tol * Math.max(1.0, Math.abs(want))) {
                fail(where + ": element " + i + " expected " + want + " but was " + out[off + i]);
            }
        }
    }

    private static void compareExact(JsonElement expected, long[] out, int off, int n, String where) {
        JsonArray e = expected.getAsJsonArray();
        assertEquals(n, e.size(), where);
        for (int i = 0; i < n; i++) {
            long want = e.get(i).getAsBigInteger().longValue();
            if (out[off + i] != want) {
                fail(where + ": element " + i + " expected " + want + " but was " + out[off + i]);
            }
        }
    }

    @Test
    void defaultsAndSeeding() {
        assertEquals(67280421310721L, new Generator().initialSeed());
        assertSame(Generator.defaultGenerator(), Generator.defaultGenerator());
        // Only the low 32 bits of the seed reach mt19937, as in PyTorch.
        Generator a = new Generator(5);
        Generator b = new Generator((1L << 40) | 5);
        for (int i = 0; i < 10; i++) {
            assertEquals(a.nextUInt64(), b.nextUInt64());
        }
        Generator g = new Generator(0);
        long s = g.seed();
        assertEquals(s, g.initialSeed());
        assertEquals(new Generator(s).nextUInt32(), g.nextUInt32());
    }

    @Test
    void manualSeedDropsCachedNormal() {
        Generator g = new Generator(3);
        double[] first = new double[1];
        g.normal(first, 0, 1, 0, 1); // caches the sine sample
        g.manualSeed(3);
        double[] again = new double[1];
        g.normal(again, 0, 1, 0, 1);
        assertEquals(first[0], again[0]);
        double[] cached = new double[1];
        g.normal(cached, 0, 1, 0, 1);
        assertNotEquals(first[0], cached[0]);
    }

    @Test
    void stateRoundTripsMidStream() {
        Generator g = new Generator(77);
        float[] tmp = new float[5];
        g.normal(tmp, 0, 3, 0, 1); // odd count: a cached sample is part of the state
        for (int i = 0; i < 700; i++) {
            g.nextUInt32(); // cross a regeneration
        }
        byte[] st = g.getState();
        Generator h = new Generator(1);
        h.setState(st);
        double[] x = new double[40];
        double[] y = new double[40];
        g.normal(x, 0, 5, 0, 1);
        g.normal(x, 5, 35, 0, 1);
        h.normal(y, 0, 5, 0, 1);
        h.normal(y, 5, 35, 0, 1);
        assertArrayEquals(x, y);
        assertEquals(g.initialSeed(), h.initialSeed());
        assertThrows(IllegalArgumentException.class, () -> h.setState(new byte[10]));
    }

    @Test
    void argumentChecks() {
        Generator g = new Generator(0);
        assertThrows(IllegalArgumentException.class, () -> g.uniform(new float[2], 0, 2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> g.normal(new double[2], 0, 2, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> g.bernoulli(new float[2], 0, 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> g.randomFromTo(new long[2], 0, 2, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> g.randperm(new long[2], 1, 2));
    }
}

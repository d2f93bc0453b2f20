package jtorch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;

/**
 * Replays PyTorch fixtures written by {@code tools/golden/<family>.py} (see golden.py for the format):
 * builds the inputs (in several memory layouts with identical values), runs the jtorch op, and
 * compares output dtype, shape and values, the gradients, or that an error is raised. Cases with
 * gradients are also gradchecked in float64.
 */
public final class OpFixtures {
    private OpFixtures() {
    }

    /** One fixture case. */
    public record Case(String family, JsonObject json) {
        public String name() {
            return json.get("name").getAsString();
        }

        public String op() {
            return json.get("op").getAsString();
        }

        public boolean hasGrads() {
            return json.has("grads");
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** Memory layouts an input is rebuilt in: the values are the same, only strides differ. */
    public enum Layout { CONTIGUOUS, STRIDED, TRANSPOSED }

    /** The jtorch side of one fixture op name. Returns a Tensor, a List of tensors, a record or a value. */
    @FunctionalInterface
    public interface Op {
        Object apply(Args a);
    }

    /** Positional args (Tensor, List&lt;Tensor&gt; or JSON values) and keyword args of a case. */
    public static final class Args {
        private final List<Object> values;
        private final JsonObject kwargs;

        Args(List<Object> values, JsonObject kwargs) {
            this.values = values;
            this.kwargs = kwargs;
        }

        public int size() {
            return values.size();
        }

        public Tensor t(int i) {
            return (Tensor) values.get(i);
        }

        /** Whether positional arg i is a tensor (ops with a tensor-or-number overload). */
        public boolean isTensor(int i) {
            return i < values.size() && values.get(i) instanceof Tensor;
        }

        @SuppressWarnings("unchecked")
        public List<Tensor> ts(int i) {
            return (List<Tensor>) values.get(i);
        }

        private JsonElement v(int i) {
            return (JsonElement) values.get(i);
        }

        public boolean isNull(int i) {
            return i >= values.size() || v(i).isJsonNull();
        }

        /**
         * A plain argument as the Java operand that mirrors the Python literal: an int is a Long, a
         * float (including "nan"/"inf") a Double, a bool a Boolean.
         */
        public Object scalar(int i) {
            return literal(v(i));
        }

        /** {@link #scalar} for a keyword argument, or null when it is absent or None. */
        public Object kwScalar(String k) {
            return has(k) ? literal(kwargs.get(k)) : null;
        }

        /** The raw JSON of a plain argument (nested lists stay lists). */
        public JsonElement raw(int i) {
            return v(i);
        }

        /** {@link #scalar} for any JSON number or bool. */
        public static Object literal(JsonElement e) {
            var p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isString()) {
                return number(e);
            }
            String text = p.getAsNumber().toString();
            return text.matches("-?[0-9]+") ? (Object) p.getAsLong() : (Object) number(e);
        }

        public int i(int i) {
            return v(i).getAsInt();
        }

        public long l(int i) {
            return v(i).getAsLong();
        }

        public double d(int i) {
            return number(v(i));
        }

        public boolean b(int i) {
            return v(i).getAsBoolean();
        }

        public String s(int i) {
            return v(i).getAsString();
        }

        public int[] ints(int i) {
            return ints(v(i));
        }

        /** Whether the keyword was passed at all (even as None): PyTorch picks overloads by that. */
        public boolean passed(String k) {
            return kwargs.has(k);
        }

        public boolean has(String k) {
            return kwargs.has(k) && !kwargs.get(k).isJsonNull();
        }

        public int kwInt(String k, int def) {
            return has(k) ? kwargs.get(k).getAsInt() : def;
        }

        public double kwDouble(String k, double def) {
            return has(k) ? number(kwargs.get(k)) : def;
        }

        public boolean kwBool(String k, boolean def) {
            return has(k) ? kwargs.get(k).getAsBoolean() : def;
        }

        public String kwString(String k, String def) {
            return has(k) ? kwargs.get(k).getAsString() : def;
        }

        public int[] kwInts(String k) {
            if (!has(k)) {
                return null;
            }
            JsonElement e = kwargs.get(k);
            return e.isJsonArray() ? ints(e) : new int[] {e.getAsInt()};
        }

        /** A number or list of numbers keyword as doubles (null when absent). */
        public double[] kwDoubles(String k) {
            if (!has(k)) {
                return null;
            }
            JsonElement e = kwargs.get(k);
            if (!e.isJsonArray()) {
                return new double[] {number(e)};
            }
            JsonArray a = e.getAsJsonArray();
            double[] out = new double[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = number(a.get(i));
            }
            return out;
        }

        private static int[] ints(JsonElement e) {
            if (e.isJsonPrimitive()) {
                return new int[] {e.getAsInt()};
            }
            JsonArray a = e.getAsJsonArray();
            int[] out = new int[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = a.get(i).getAsInt();
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- loading

    /** Every case of a family in every layout, for a {@code @MethodSource}. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> arguments(String family) {
        return arguments(family, (c, l) -> true);
    }

    /** The (case, layout) pairs of a family that {@code keep} accepts. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> arguments(String family,
            java.util.function.BiPredicate<Case, Layout> keep) {
        return load(family).stream().flatMap(c -> java.util.stream.Stream.of(Layout.values())
                .filter(l -> keep.test(c, l)).map(l -> org.junit.jupiter.params.provider.Arguments.of(c, l)));
    }

    public static List<Case> load(String family) {
        String path = "/fixtures/ops/" + family + ".json";
        try (InputStream in = OpFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path + " (run tools/golden/" + family + ".py)");
            }
            JsonObject doc = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            List<Case> out = new ArrayList<>();
            for (JsonElement e : doc.getAsJsonArray("cases")) {
                out.add(new Case(family, e.getAsJsonObject()));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double number(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            // enc() writes "nan"/"inf"; plain Python float arguments come through json.dumps as NaN/Infinity
            return switch (e.getAsString()) {
                case "nan", "NaN" -> Double.NaN;
                case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("bad number " + e);
            };
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean() ? 1 : 0;
        }
        return e.getAsDouble();
    }

    /** Builds a tensor from its fixture spec in the given layout (same values, different strides). */
    public static Tensor tensor(JsonObject spec, Layout layout) {
        DType dtype = DType.fromName(spec.get("dtype").getAsString());
        int[] shape = Args.ints(spec.get("shape"));
        JsonArray data = spec.getAsJsonArray("data");
        Tensor t = Torch.empty(Torch.options().dtype(dtype), shape);
        for (int i = 0; i < data.size(); i++) {
            if (dtype == DType.INT64) {
                t.storage().setLong(i, data.get(i).getAsLong());
            } else {
                t.storage().setDouble(i, number(data.get(i)));
            }
        }
        return switch (layout) {
            case CONTIGUOUS -> t;
            case STRIDED -> {
                if (shape.length == 0) {
                    yield t;
                }
                // every other element of a buffer twice as long in the last dim
                int[] wide = shape.clone();
                wide[wide.length - 1] *= 2;
                Tensor buf = Torch.zeros(Torch.options().dtype(dtype), wide);
                Tensor view = buf.slice(-1, 0, null, 2);
                view.copy_(t);
                yield view;
            }
            case TRANSPOSED -> {
                if (shape.length < 2) {
                    yield t;
                }
                yield t.transpose(-1, -2).contiguous().transpose(-1, -2);
            }
        };
    }

    // ---------------------------------------------------------------- running

    /** Runs one case in one layout and asserts it matches PyTorch; unexpected exceptions name the case. */
    public static void run(Case c, Map<String, Op> ops, Layout layout) {
        try {
            runCase(c, ops, layout);
        } catch (RuntimeException e) {
            throw new AssertionError(c.name() + " [" + layout + "]: " + e, e);
        }
    }

    private static void runCase(Case c, Map<String, Op> ops, Layout layout) {
        JsonObject j = c.json();
        Op op = ops.get(c.op());
        if (op == null) {
            fail("no jtorch mapping for fixture op '" + c.op() + "' (case " + c.name() + ")");
        }
        if (j.has("error")) {
            assertRaises(c, op, layout);
            return;
        }
        Object out = op.apply(args(j, layout, false));
        assertOut(c.name(), j.getAsJsonObject("out"), out, tol(j));
        if (c.hasGrads()) {
            checkGrads(c, op, layout);
            if (layout == Layout.CONTIGUOUS && j.get("gradcheck").getAsBoolean()) {
                gradcheck(c, op);
            }
        }
    }

    private static Args args(JsonObject j, Layout layout, boolean withGrad) {
        List<Object> vals = new ArrayList<>();
        for (JsonElement e : j.getAsJsonArray("args")) {
            JsonObject a = e.getAsJsonObject();
            if (a.has("tensor")) {
                Tensor t = tensor(a.getAsJsonObject("tensor"), layout);
                if (withGrad && a.get("grad").getAsBoolean()) {
                    t = leaf(t);
                }
                vals.add(t);
            } else if (a.has("tensors")) {
                List<Tensor> ts = new ArrayList<>();
                JsonArray specs = a.getAsJsonArray("tensors");
                for (int i = 0; i < specs.size(); i++) {
                    Tensor t = tensor(specs.get(i).getAsJsonObject(), layout);
                    if (withGrad && a.getAsJsonArray("grads").get(i).getAsBoolean()) {
                        t = leaf(t);
                    }
                    ts.add(t);
                }
                vals.add(ts);
            } else {
                vals.add(a.get("value"));
            }
        }
        return new Args(vals, j.getAsJsonObject("kwargs"));
    }

    // a leaf that requires grad but keeps the layout's strides
    private static Tensor leaf(Tensor t) {
        return t.detach().requiresGrad_(true);
    }

    private static List<Tensor> tensorArgs(Args a) {
        List<Tensor> out = new ArrayList<>();
        for (Object v : a.values) {
            if (v instanceof Tensor t) {
                out.add(t);
            } else if (v instanceof List<?> l) {
                for (Object o : l) {
                    out.add((Tensor) o);
                }
            }
        }
        return out;
    }

    private static void assertRaises(Case c, Op op, Layout layout) {
        String expected = c.json().get("error").getAsString();
        try {
            Object out = op.apply(args(c.json(), layout, false));
            fail(c.name() + ": PyTorch raised \"" + expected + "\" but jtorch returned " + out);
        } catch (ArrayIndexOutOfBoundsException | NullPointerException | ClassCastException e) {
            throw new AssertionError(c.name() + ": kernel-level exception instead of a clear error", e);
        } catch (RuntimeException e) {
            if (c.json().get("check_message").getAsBoolean()) {
                assertEquals(expected, e.getMessage(), c.name() + ": error message");
            }
        }
    }

    private static Tensor first(Object out) {
        if (out instanceof Tensor t) {
            return t;
        }
        if (out instanceof List<?> l) {
            return (Tensor) l.get(0);
        }
        if (out instanceof Record r) {
            return (Tensor) recordParts(r).get(0);
        }
        throw new AssertionError("op returned no tensor: " + out);
    }

    private static List<Object> recordParts(Record r) {
        List<Object> parts = new ArrayList<>();
        for (var comp : r.getClass().getRecordComponents()) {
            try {
                parts.add(comp.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts;
    }

    private static void checkGrads(Case c, Op op, Layout layout) {
        JsonObject j = c.json();
        Args a = args(j, layout, true);
        Tensor out = first(op.apply(a));
        if (j.has("grad_fn") && layout == Layout.CONTIGUOUS && !c.op().startsWith("grad_of/")) {
            // the graph node users see in grad_fn chains; checked on the layout PyTorch recorded it for
            // (not for second-order cases, whose output's node is an internal detail of a backward formula)
            assertEquals(j.get("grad_fn").getAsString(), out.gradFn() == null ? null : out.gradFn().name(),
                    c.name() + ": grad_fn");
        }
        Tensor go = tensor(j.getAsJsonObject("grad_output"), Layout.CONTIGUOUS);
        out.backward(go);
        List<Tensor> inputs = tensorArgs(a);
        JsonArray grads = j.getAsJsonArray("grads");
        for (int i = 0; i < grads.size(); i++) {
            if (grads.get(i).isJsonNull()) {
                continue;
            }
            Tensor g = inputs.get(i).grad();
            if (g == null) {
                fail(c.name() + ": no gradient reached input " + i);
            }
            assertTensor(c.name() + " grad[" + i + "]", grads.get(i).getAsJsonObject(), g, tol(j));
        }
    }

    private static void gradcheck(Case c, Op op) {
        Args a = args(c.json(), Layout.CONTIGUOUS, true);
        List<Object> vals = new ArrayList<>(a.values);
        List<Tensor> leaves = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            if (vals.get(i) instanceof Tensor t) {
                Tensor d = t.dtype().isFloatingPoint() ? t.detach().toDouble().requiresGrad_(t.requiresGrad()) : t;
                vals.set(i, d);
                leaves.add(d);
            } else if (vals.get(i) instanceof List<?> l) {
                List<Tensor> ds = new ArrayList<>();
                for (Object o : l) {
                    Tensor t = (Tensor) o;
                    Tensor d = t.dtype().isFloatingPoint() ? t.detach().toDouble().requiresGrad_(t.requiresGrad()) : t;
                    ds.add(d);
                    leaves.add(d);
                }
                vals.set(i, ds);
            }
        }
        Args da = new Args(vals, a.kwargs);
        GradCheck.gradcheck(in -> first(op.apply(da)), leaves);
    }

    // ---------------------------------------------------------------- comparing

    static double[] tol(JsonObject j) {
        if (j.has("tol")) {
            JsonObject t = j.getAsJsonObject("tol");
            return new double[] {t.get("rtol").getAsDouble(), t.get("atol").getAsDouble()};
        }
        return null;
    }

    private static void assertOut(String what, JsonObject expected, Object actual, double[] tol) {
        if (expected.has("tensor")) {
            assertTensor(what, expected.getAsJsonObject("tensor"), first(actual), tol);
        } else if (expected.has("list")) {
            JsonArray list = expected.getAsJsonArray("list");
            List<?> parts = actual instanceof Record r ? recordParts(r) : (List<?>) actual;
            assertEquals(list.size(), parts.size(), what + ": number of outputs");
            for (int i = 0; i < list.size(); i++) {
                assertOut(what + "[" + i + "]", list.get(i).getAsJsonObject(), parts.get(i), tol);
            }
        } else {
            JsonElement v = expected.get("value");
            if (actual instanceof Boolean b) {
                assertEquals(v.getAsBoolean(), b, what);
            } else if (actual instanceof int[] arr) {
                assertArrayEquals(Args.ints(v), arr, what);
            } else if (actual instanceof Long || actual instanceof Integer) {
                assertEquals(v.getAsLong(), ((Number) actual).longValue(), what);
            } else if (actual instanceof Number n) {
                assertClose(what, number(v), n.doubleValue(), DType.FLOAT64, tol);
            } else if (actual instanceof String str) {
                assertEquals(v.getAsString(), str, what);
            } else {
                fail(what + ": cannot compare " + actual + " with " + v);
            }
        }
    }

    /** Asserts dtype, shape and values (floats within tolerance, NaN matching NaN, ints exactly). */
    public static void assertTensor(String what, JsonObject expected, Tensor actual, double[] tol) {
        DType dtype = DType.fromName(expected.get("dtype").getAsString());
        assertEquals(dtype, actual.dtype(), what + ": dtype");
        assertArrayEquals(Args.ints(expected.get("shape")), actual.sizes(), what + ": shape");
        JsonArray data = expected.getAsJsonArray("data");
        if (dtype == DType.INT64) {
            long[] got = actual.toLongArray();
            for (int i = 0; i < got.length; i++) {
                assertEquals(data.get(i).getAsLong(), got[i], what + ": element " + i);
            }
            return;
        }
        double[] got = actual.toDoubleArray();
        for (int i = 0; i < got.length; i++) {
            assertClose(what + ": element " + i, number(data.get(i)), got[i], dtype, tol);
        }
    }

    private static void assertClose(String what, double e, double a, DType dtype, double[] tol) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            if (Double.isNaN(e) != Double.isNaN(a)) {
                fail(what + ": expected " + e + " but was " + a);
            }
            return;
        }
        if (Double.isInfinite(e) || !dtype.isFloatingPoint()) {
            assertEquals(e, a, what);
            return;
        }
        double rtol = tol != null ? tol[0] : dtype == DType.FLOAT64 ? 1e-10 : dtype == DType.FLOAT32 ? 1e-5 : 1e-2;
        double atol = tol != null ? tol[1] : dtype == DType.FLOAT64 ? 1e-12 : dtype == DType.FLOAT32 ? 1e-5 : 1e-2;
        if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
            fail(what + ": expected " + e + " but was " + a + " (rtol " + rtol + ", atol " + atol + ")");
        }
    }
}

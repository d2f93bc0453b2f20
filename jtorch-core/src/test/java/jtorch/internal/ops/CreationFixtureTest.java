package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Factories, dtype conversion, type(), item() and tolist() against PyTorch fixtures
 * (tools/golden/creation.py). Python data become the Java values a user would write: an int a
 * {@code long}, a float a {@code double}, homogeneous lists primitive arrays ({@code long[]},
 * {@code double[][]}, {@code boolean[]}), mixed lists {@code Object[]}.
 */
class CreationFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static TensorOptions options(Args a) {
        return a.has("dtype") ? Torch.options().dtype(DType.fromName(a.kwString("dtype", null))) : Torch.options();
    }

    /** A JSON value as the Java literal or array a user would pass to {@code Torch.tensor}. */
    static Object javaData(JsonElement e) {
        if (!e.isJsonArray()) {
            return Args.literal(e);
        }
        JsonArray arr = e.getAsJsonArray();
        Object[] items = new Object[arr.size()];
        Class<?> common = null;
        for (int i = 0; i < items.length; i++) {
            items[i] = javaData(arr.get(i));
            Class<?> c = primitiveOf(items[i].getClass());
            common = i == 0 ? c : common == c ? c : Object.class;
        }
        if (common == null || common == Object.class) {
            return items;
        }
        Object typed = Array.newInstance(common, items.length);
        for (int i = 0; i < items.length; i++) {
            Array.set(typed, i, items[i]);
        }
        return typed;
    }

    private static Class<?> primitiveOf(Class<?> c) {
        return c == Long.class ? long.class : c == Double.class ? double.class : c == Boolean.class ? boolean.class : c;
    }

    private static Object scalarArg(Args a, int i) {
        return a.scalar(i);
    }

    static {
        OPS.put("tensor", a -> {
            Object data = javaData(a.raw(0));
            if (a.has("dtype")) {
                return Torch.tensor(data, DType.fromName(a.kwString("dtype", null)));
            }
            return switch (data) {
                case Long l -> Torch.tensor((long) l);
                case Double d -> Torch.tensor((double) d);
                case Boolean b -> Torch.tensor((boolean) b);
                default -> Torch.tensor(data);
            };
        });
        OPS.put("zeros", a -> a.has("dtype") ? Torch.zeros(options(a), a.ints(0)) : Torch.zeros(a.ints(0)));
        OPS.put("ones", a -> a.has("dtype") ? Torch.ones(options(a), a.ints(0)) : Torch.ones(a.ints(0)));
        OPS.put("empty", a -> (a.has("dtype") ? Torch.empty(options(a), a.ints(0)) : Torch.empty(a.ints(0))).zero_());
        OPS.put("full", a -> {
            int[] shape = a.ints(0);
            Object v = scalarArg(a, 1);
            if (a.has("dtype")) {
                return switch (v) {
                    case Long l -> Torch.full(options(a), (long) l, shape);
                    case Boolean b -> Torch.full(options(a), (boolean) b, shape);
                    default -> Torch.full(options(a), (double) (Double) v, shape);
                };
            }
            return switch (v) {
                case Long l -> Torch.full(shape, (long) l);
                case Boolean b -> Torch.full(shape, (boolean) b);
                default -> Torch.full(shape, (double) (Double) v);
            };
        });
        OPS.put("eye", a -> {
            int n = a.i(0);
            int m = a.size() > 1 ? a.i(1) : n;
            if (a.has("dtype")) {
                return Torch.eye(options(a), n, m);
            }
            return a.size() > 1 ? Torch.eye(n, m) : Torch.eye(n);
        });
        OPS.put("arange", CreationFixtureTest::arange);
        OPS.put("linspace", a -> a.has("dtype") ? Torch.linspace(options(a), a.d(0), a.d(1), a.i(2))
                : Torch.linspace(a.d(0), a.d(1), a.i(2)));
        OPS.put("zerosLike", a -> Torch.zerosLike(a.t(0)));
        OPS.put("onesLike", a -> Torch.onesLike(a.t(0)));
        OPS.put("emptyLike", a -> Torch.emptyLike(a.t(0)).zero_());
        OPS.put("fullLike", a -> scalarArg(a, 1) instanceof Long l ? Torch.fullLike(a.t(0), (long) l)
                : Torch.fullLike(a.t(0), a.d(1)));
        OPS.put("to", a -> a.t(0).to(DType.fromName(a.s(1))));
        OPS.put("toFloat", a -> a.t(0).toFloat());
        OPS.put("toDouble", a -> a.t(0).toDouble());
        OPS.put("toLong", a -> a.t(0).toLong());
        OPS.put("toInt", a -> a.t(0).toInt());
        OPS.put("toBool", a -> a.t(0).toBool());
        OPS.put("toHalf", a -> a.t(0).toHalf());
        OPS.put("toBFloat16", a -> a.t(0).toBFloat16());
        OPS.put("toByte", a -> a.t(0).toByte());
        OPS.put("toShort", a -> a.t(0).toShort());
        OPS.put("toChar", a -> a.t(0).toChar());
        OPS.put("type", a -> a.t(0).type());
        OPS.put("item", a -> {
            Tensor x = a.t(0);
            if (x.dtype() == DType.BOOL) {
                return x.itemBool();
            }
            return x.isFloatingPoint() ? (Object) x.item() : (Object) x.itemLong();
        });
        OPS.put("tolist", a -> a.t(0).tolist());
    }

    // arange(end) / (start, end) / (start, end, step): all-int arguments take the long overloads
    private static Object arange(Args a) {
        Number[] v = new Number[a.size()];
        boolean ints = true;
        for (int i = 0; i < v.length; i++) {
            v[i] = (Number) a.scalar(i);
            ints &= v[i] instanceof Long;
        }
        if (a.has("dtype")) {
            TensorOptions o = options(a);
            return switch (v.length) {
                case 1 -> Torch.arange(o, v[0]);
                case 2 -> Torch.arange(o, v[0], v[1]);
                default -> Torch.arange(o, v[0], v[1], v[2]);
            };
        }
        if (ints) {
            return switch (v.length) {
                case 1 -> Torch.arange(v[0].longValue());
                case 2 -> Torch.arange(v[0].longValue(), v[1].longValue());
                default -> Torch.arange(v[0].longValue(), v[1].longValue(), v[2].longValue());
            };
        }
        return switch (v.length) {
            case 1 -> Torch.arange(v[0].doubleValue());
            case 2 -> Torch.arange(v[0].doubleValue(), v[1].doubleValue());
            default -> Torch.arange(v[0].doubleValue(), v[1].doubleValue(), v[2].doubleValue());
        };
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("creation", (c, l) -> l == Layout.CONTIGUOUS || hasTensorArg(c));
    }

    // factories take no tensors: one layout is enough
    private static boolean hasTensorArg(Case c) {
        for (JsonElement e : c.json().getAsJsonArray("args")) {
            if (e.getAsJsonObject().has("tensor")) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    // ---------------------------------------------------------------- Java-only forms

    @Test
    void javaArraysKeepPythonLiteralDtypes() {
        assertEquals(DType.FLOAT32, Torch.tensor(new float[] {1, 2}).dtype());
        assertEquals(DType.FLOAT32, Torch.tensor(new double[][] {{1}, {2}}).dtype());
        assertEquals(DType.INT64, Torch.tensor(new int[] {1, 2}).dtype());
        assertEquals(DType.BOOL, Torch.tensor(new boolean[] {true}).dtype());
        assertEquals(DType.FLOAT32, Torch.tensor(new Object[] {1L, 2.5}).dtype());
        assertArrayEquals(new int[] {2, 0}, Torch.tensor(new long[2][0]).sizes());
    }

    @Test
    void primitiveArraysAreCheckedLikeNestedLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Torch.tensor(new double[][] {{1, 2}, {3}}));
        assertEquals("expected sequence of length 2 at dim 1 (got 1)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Torch.tensor(new int[] {300}, DType.UINT8));
        Tensor t = Torch.tensor(new float[][] {{1.5f, -2}, {3, 4}}, DType.INT32);
        assertArrayEquals(new int[] {1, -2, 3, 4}, t.toIntArray());
        assertArrayEquals(new long[] {1, 0, 1}, Torch.tensor(new boolean[] {true, false, true}, DType.INT64).toLongArray());
        assertArrayEquals(new int[] {3, 0}, Torch.tensor(new double[3][0]).sizes());
    }

    @Test
    void fromArrayKeepsTheArrayTypeAndSharesIt() {
        double[] d = {1, 2, 3, 4};
        Tensor t = Torch.fromArray(d, 2, 2);
        assertEquals(DType.FLOAT64, t.dtype());
        assertSame(d, t.storage().data());
        assertEquals(DType.INT32, Torch.fromArray(new int[] {1}).dtype());
    }

    @Test
    void fullValueTypesFollowPython() {
        assertEquals(DType.INT64, Torch.full(new int[] {2}, 7).dtype());
        assertEquals(DType.FLOAT32, Torch.full(new int[] {2}, 7.0).dtype());
        assertEquals(DType.BOOL, Torch.full(new int[] {2}, true).dtype());
        assertEquals(0, Torch.full(new int[0], 7.0).dim());
    }
}

package jtorch.vision.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.io.Image;

/** Reads the torchvision fixtures of tools/golden/vision_transforms.py and compares tensors with them. */
public final class Fixtures {
    private Fixtures() {
    }

    public static JsonObject load(String name) {
        try (var in = Fixtures.class.getResourceAsStream("/fixtures/vision/transforms/" + name)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static DType dtype(String s) {
        return switch (s) {
            case "uint8" -> DType.UINT8;
            case "float32" -> DType.FLOAT32;
            case "float64" -> DType.FLOAT64;
            case "int16" -> DType.INT16;
            case "int32" -> DType.INT32;
            case "int64" -> DType.INT64;
            case "bool" -> DType.BOOL;
            default -> throw new IllegalArgumentException(s);
        };
    }

    public static int[] ints(JsonElement e) {
        return e.getAsJsonArray().asList().stream().mapToInt(JsonElement::getAsInt).toArray();
    }

    public static double[] doubles(JsonElement e) {
        return e.getAsJsonArray().asList().stream().mapToDouble(JsonElement::getAsDouble).toArray();
    }

    /** A tensor from {shape, dtype, values}. */
    public static Tensor tensor(JsonObject o) {
        int[] shape = ints(o.get("shape"));
        double[] v = doubles(o.get("values"));
        return Torch.fromArray(v, shape).to(dtype(o.get("dtype").getAsString()));
    }

    public static Map<String, Tensor> inputs(JsonObject root) {
        Map<String, Tensor> m = new HashMap<>();
        JsonObject in = root.getAsJsonObject("inputs");
        for (String k : in.keySet()) {
            m.put(k, tensor(in.getAsJsonObject(k)));
        }
        return m;
    }

    /** The image of a uint8 [C, H, W] tensor (PIL's Image.fromarray(x.permute(1, 2, 0))). */
    public static Image image(Tensor u8) {
        return Image.fromTensor(u8);
    }

    /**
     * Compares {@code got} with the expected tensor: same shape and dtype, and at most {@code fracTol} of the
     * values further than {@code floatTol} (floating results) or {@code intTol} (integer results) from torchvision's.
     */
    public static void assertClose(JsonObject want, Tensor got, String what, double floatTol, int intTol,
                                   double fracTol) {
        if (want.has("list")) {
            JsonArray l = want.getAsJsonArray("list");
            throw new AssertionError(what + ": expected a list of " + l.size());
        }
        assertArrayEquals(ints(want.get("shape")), got.sizes(), what + ": shape");
        assertEquals(want.get("dtype").getAsString(), got.dtype().name().toLowerCase(java.util.Locale.ROOT), what + ": dtype");
        double[] w = doubles(want.get("values"));
        double[] g = got.to(DType.FLOAT64).contiguous().toDoubleArray();
        boolean floating = got.isFloatingPoint();
        double tol = floating ? floatTol : intTol;
        int off = 0;
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < w.length; i++) {
            double d = Math.abs(w[i] - g[i]);
            if (!(d <= tol)) {
                off++;
            }
            if (!(d <= worst)) {
                worst = d;
                worstAt = i;
            }
        }
        assertTrue(off <= fracTol * w.length, what + ": " + off + " of " + w.length + " values differ by more than "
                + tol + "; worst " + worst + " at " + worstAt + " (want " + (worstAt < 0 ? "" : w[worstAt] + " got "
                + g[worstAt]) + ")");
    }

    /** Exact comparison (uint8 exact, float within 1e-5). */
    public static void assertExact(JsonObject want, Tensor got, String what) {
        assertClose(want, got, what, 1e-5, 0, 0.0);
    }

    public static void assertList(JsonObject want, List<Tensor> got, String what, double floatTol, int intTol,
                                  double frac) {
        JsonArray l = want.getAsJsonArray("list");
        assertEquals(l.size(), got.size(), what + ": list length");
        for (int i = 0; i < l.size(); i++) {
            assertClose(l.get(i).getAsJsonObject(), got.get(i), what + "[" + i + "]", floatTol, intTol, frac);
        }
    }
}

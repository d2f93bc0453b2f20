package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Replays fixtures/format.json (written by tools/golden/format_golden.py with PyTorch 1.13). */
class TensorFormatterTest {

    @AfterEach
    void restoreOptions() {
        TensorFormatter.resetPrintOptions();
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorchRepr() throws IOException {
        JsonArray cases;
        try (InputStream in = TensorFormatterTest.class.getResourceAsStream("/fixtures/format.json")) {
            cases = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> replay(c)));
        }
        return tests.stream();
    }

    private static void replay(JsonObject c) {
        DType dtype = DType.fromName(c.get("dtype").getAsString());
        DType defaultDtype = DType.fromName(c.get("default_dtype").getAsString());
        JsonArray shapeJson = c.getAsJsonArray("shape");
        int[] shape = new int[shapeJson.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeJson.get(i).getAsInt();
        }
        JsonArray valuesJson = c.getAsJsonArray("values");
        double[] doubles = new double[valuesJson.size()];
        long[] longs = new long[valuesJson.size()];
        for (int i = 0; i < doubles.length; i++) {
            JsonElement v = valuesJson.get(i);
            if (dtype.isFloatingPoint()) {
                doubles[i] = parseDouble(v);
            } else if (dtype.isBool()) {
                longs[i] = v.getAsBoolean() ? 1 : 0;
            } else {
                longs[i] = v.getAsLong();
            }
        }
        TensorFormatter.Elements elements = new TensorFormatter.Elements() {
            @Override
            public double getDouble(int flatIndex) {
                return doubles[flatIndex];
            }

            @Override
            public long getLong(int flatIndex) {
                return longs[flatIndex];
            }
        };
        applyOptions(c.get("options"));
        try {
            String gradFn = c.get("grad_fn").isJsonNull() ? null : c.get("grad_fn").getAsString();
            String actual = TensorFormatter.format(shape, dtype, elements, defaultDtype,
                    c.get("meta").getAsBoolean(), gradFn, c.get("requires_grad").getAsBoolean());
            assertEquals(c.get("repr").getAsString(), actual);
        } finally {
            TensorFormatter.resetPrintOptions();
        }
    }

    private static double parseDouble(JsonElement v) {
        String s = v.getAsString();
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private static void applyOptions(JsonElement options) {
        if (options == null || options.isJsonNull()) {
            return;
        }
        JsonObject o = options.getAsJsonObject();
        TensorFormatter.setPrintOptions(intOption(o, "precision"), intOption(o, "threshold"),
                intOption(o, "edgeitems"), intOption(o, "linewidth"),
                o.has("sci_mode") && !o.get("sci_mode").isJsonNull() ? o.get("sci_mode").getAsBoolean() : null);
    }

    private static Integer intOption(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsInt() : null;
    }

    @Test
    void setPrintOptionsAlwaysOverwritesSciMode() {
        // torch.set_printoptions(sci_mode=True); torch.set_printoptions(precision=2) -> sci_mode None
        TensorFormatter.setPrintOptions(null, null, null, null, true);
        TensorFormatter.setPrintOptions(2, null, null, null, null);
        double[] v = {1.5, 2.25};
        TensorFormatter.Elements e = new TensorFormatter.Elements() {
            @Override
            public double getDouble(int i) {
                return v[i];
            }

            @Override
            public long getLong(int i) {
                return (long) v[i];
            }
        };
        assertEquals("tensor([1.50, 2.25])",
                TensorFormatter.format(new int[] {2}, DType.FLOAT32, e, DType.FLOAT32, false, null, false));
    }

    @Test
    void pythonFloatFormatting() {
        assertEquals("0.12", TensorFormatter.PyFloat.fixed(0.125, 2));
        assertEquals("-0.0000", TensorFormatter.PyFloat.fixed(-1e-9, 4));
        assertEquals("1.0000e+06", TensorFormatter.PyFloat.sci(999999.5, 4));
        assertEquals("-0.0000e+00", TensorFormatter.PyFloat.sci(-0.0, 4));
        assertEquals("5e-324", TensorFormatter.PyFloat.sci(Double.MIN_VALUE, 0));
        assertEquals("1.7977e+308", TensorFormatter.PyFloat.sci(Double.MAX_VALUE, 4));
    }
}

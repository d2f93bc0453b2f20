package jtorch.nn.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.TensorSummaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nn.init against PyTorch (tools/golden/nn_init.py): for a seed, each function leaves PyTorch's values in
 * the tensor and takes exactly as many numbers from the default generator (the draw right after it
 * matches too); calculate_gain; PyTorch's errors.
 */
class InitFixtureTest {
    private static JsonObject doc() {
        try (var in = InitFixtureTest.class.getResourceAsStream("/fixtures/nn/nn_init.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Case(JsonObject json) {
        @Override
        public String toString() {
            return json.get("name").getAsString();
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (JsonElement e : doc().getAsJsonArray("cases")) {
            out.add(new Case(e.getAsJsonObject()));
        }
        return out.stream();
    }

    private static double arg(JsonObject args, String k, double def) {
        return args.has(k) ? args.get(k).getAsDouble() : def;
    }

    private static String arg(JsonObject args, String k, String def) {
        return args.has(k) ? args.get(k).getAsString() : def;
    }

    private static Tensor apply(String fn, Tensor t, JsonObject a) {
        return switch (fn) {
            case "uniform_" -> Init.uniform_(t, arg(a, "a", 0), arg(a, "b", 1));
            case "normal_" -> Init.normal_(t, arg(a, "mean", 0), arg(a, "std", 1));
            case "trunc_normal_" -> Init.truncNormal_(t, arg(a, "mean", 0), arg(a, "std", 1), arg(a, "a", -2),
                    arg(a, "b", 2));
            case "constant_" -> Init.constant_(t, arg(a, "val", 0));
            case "ones_" -> Init.ones_(t);
            case "zeros_" -> Init.zeros_(t);
            case "eye_" -> Init.eye_(t);
            case "dirac_" -> Init.dirac_(t, (int) arg(a, "groups", 1));
            case "xavier_uniform_" -> Init.xavierUniform_(t, arg(a, "gain", 1));
            case "xavier_normal_" -> Init.xavierNormal_(t, arg(a, "gain", 1));
            case "kaiming_uniform_" -> Init.kaimingUniform_(t, arg(a, "a", 0), arg(a, "mode", "fan_in"),
                    arg(a, "nonlinearity", "leaky_relu"));
            case "kaiming_normal_" -> Init.kaimingNormal_(t, arg(a, "a", 0), arg(a, "mode", "fan_in"),
                    arg(a, "nonlinearity", "leaky_relu"));
            case "orthogonal_" -> Init.orthogonal_(t, arg(a, "gain", 1));
            case "sparse_" -> Init.sparse_(t, arg(a, "sparsity", 0), arg(a, "std", 0.01));
            default -> throw new IllegalArgumentException("no mapping for " + fn);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(Case c) {
        JsonObject j = c.json();
        int[] shape = new int[j.getAsJsonArray("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = j.getAsJsonArray("shape").get(i).getAsInt();
        }
        DType dtype = DType.fromName(j.get("dtype").getAsString());
        Tensor t = Torch.zeros(Torch.options().dtype(dtype), shape);
        Torch.manualSeed(j.get("seed").getAsLong());
        String fn = j.get("fn").getAsString();
        if (j.has("error")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> apply(fn, t, j.getAsJsonObject("args")));
            if (j.get("check_message").getAsBoolean()) {
                assertEquals(j.get("error").getAsString(), e.getMessage());
            }
            return;
        }
        assertSame(t, apply(fn, t, j.getAsJsonObject("args")), "init functions return their argument");
        // orthogonal_'s Q comes from LAPACK in PyTorch and from a double-precision Householder QR here
        double[] tol = fn.equals("orthogonal_") && dtype == DType.FLOAT64 ? new double[] {1e-9, 1e-12} : null;
        // uniform draws are bit-for-bit PyTorch's; normal draws go through float log/sin/cos whose last bit
        // may differ, and orthogonal_/trunc_normal_ compute on their draws with their own rounding
        boolean exact = !fn.contains("normal") && !fn.equals("orthogonal_") && !fn.equals("sparse_");
        TensorSummaries.assertTensor(c + " values", j.getAsJsonObject("out"), t, tol, exact);
        OpFixtures.assertTensor(c + " next draw", j.getAsJsonObject("next"), Torch.rand(3), new double[] {0, 0});
    }

    @Test
    void calculateGainForEveryNonlinearity() {
        for (JsonElement e : doc().getAsJsonArray("gains")) {
            JsonObject g = e.getAsJsonObject();
            String nl = g.get("nonlinearity").getAsString();
            Double param = g.get("param").isJsonNull() ? null : g.get("param").getAsDouble();
            if (g.has("error")) {
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                        () -> Init.calculateGain(nl, param));
                assertEquals(g.get("error").getAsString(), ex.getMessage());
            } else {
                assertEquals(g.get("value").getAsDouble(), Init.calculateGain(nl, param), 0, nl + " " + param);
            }
        }
    }

    @Test
    void initRunsWithoutRecordingGradients() {
        Tensor w = Torch.empty(3, 4).requiresGrad_(true);
        Init.xavierUniform_(w);
        assertEquals(null, w.gradFn());
        assertEquals(true, w.isLeaf());
    }
}

package jtorch.vision.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.serialization.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model zoo against torchvision 0.14 (tools/golden/vision_models.py), per architecture: after
 * {@code Torch.manualSeed(0)} the model's {@code stateDict()} has torchvision's keys in torchvision's order with
 * its shapes and dtypes and the very initial values (per tensor: sum, sum of |x|, first and last 16 values);
 * the output on the input drawn next equals PyTorch's in eval mode and in train mode (batch statistics,
 * dropout masks in PyTorch's order), as do the running statistics after it; and a state dict written by
 * {@code torch.save} loads with strict checking and gives PyTorch's eval output.
 */
class ModelZooFixtureTest {
    static Module build(String name) {
        Supplier<Module> s = switch (name) {
            case "alexnet" -> () -> Models.alexnet(10);
            case "vgg11" -> () -> Models.vgg11(10);
            case "vgg11_bn" -> () -> Models.vgg11Bn(10);
            case "vgg16" -> () -> Models.vgg16(10);
            case "vgg16_bn" -> () -> Models.vgg16Bn(10);
            case "resnet18" -> () -> Models.resnet18(ResNet.options().numClasses(10));
            case "resnet34" -> () -> Models.resnet34(ResNet.options().numClasses(10));
            case "resnet50" -> () -> Models.resnet50(ResNet.options().numClasses(10));
            case "resnet18_zero_init" -> () -> Models.resnet18(ResNet.options().numClasses(10).zeroInitResidual(true));
            case "mobilenet_v2" -> () -> Models.mobilenetV2(MobileNetV2.options().numClasses(10));
            case "mobilenet_v2_w05" -> () -> Models.mobilenetV2(MobileNetV2.options().numClasses(10).widthMult(0.5));
            case "googlenet" -> () -> Models.googlenet(GoogLeNet.options().numClasses(10));
            case "googlenet_transform" -> () -> Models.googlenet(GoogLeNet.options().numClasses(10).auxLogits(false)
                    .transformInput(true));
            case "densenet121" -> () -> Models.densenet121(10);
            case "unet" -> () -> Models.unet(3, 2, false);
            case "unet_bilinear" -> () -> Models.unet(1, 3, true);
            default -> throw new IllegalArgumentException(name);
        };
        return s.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alexnet", "vgg11", "vgg11_bn", "vgg16", "vgg16_bn", "resnet18", "resnet34", "resnet50",
        "resnet18_zero_init", "mobilenet_v2", "mobilenet_v2_w05", "googlenet", "googlenet_transform", "densenet121",
        "unet", "unet_bilinear"})
    void matchesTorchvision(String name) throws URISyntaxException {
        JsonObject c = load(name + ".json");
        Torch.manualSeed(c.get("seed").getAsLong());
        Module m = build(name);

        // keys, order, shapes, dtypes and the seeded initial values
        Map<String, Tensor> sd = m.stateDict();
        JsonArray state = c.getAsJsonArray("state");
        List<String> expectedKeys = new ArrayList<>();
        state.forEach(e -> expectedKeys.add(e.getAsJsonArray().get(0).getAsString()));
        assertEquals(expectedKeys, new ArrayList<>(sd.keySet()), name + " state_dict keys");
        for (JsonElement e : state) {
            String key = e.getAsJsonArray().get(0).getAsString();
            checkSummary(name + " init " + key, e.getAsJsonArray().get(1).getAsJsonObject(), sd.get(key), 1e-6);
        }
        long numParams = m.parameters().stream().mapToLong(Tensor::numel).sum();
        assertEquals(c.get("num_params").getAsLong(), numParams, name + " parameter count");

        // outputs on the input drawn right after construction
        Tensor x = Torch.randn(ints(c.getAsJsonArray("input_shape")));
        try (var g = Torch.noGrad()) {
            m.eval();
            checkOutputs(name + " eval", c.getAsJsonArray("eval_out"), outputs(m, x));
            m.train();
            checkOutputs(name + " train", c.getAsJsonArray("train_out"), outputs(m, x));
        }
        Map<String, Tensor> buffers = m.namedBuffers();
        for (JsonElement e : c.getAsJsonArray("buffers_after_train")) {
            String key = e.getAsJsonArray().get(0).getAsString();
            checkSummary(name + " after train " + key, e.getAsJsonArray().get(1).getAsJsonObject(), buffers.get(key),
                    2e-4);
        }

        // a state dict written by torch.save, loaded strictly (into the same model: building VGG's 130M
        // parameters again would cost seconds of random draws, and the file replaces every entry)
        Module loaded = m;
        Map<String, Tensor> file = Serialization.load(resource(name + ".pt"));
        var incompatible = loaded.loadStateDict(file, true);
        assertTrue(incompatible.missingKeys().isEmpty() && incompatible.unexpectedKeys().isEmpty(),
                incompatible.toString());
        try (var g = Torch.noGrad()) {
            loaded.eval();
            checkOutputs(name + " loaded", c.getAsJsonArray("loaded_eval_out"), outputs(loaded, x));
        }
    }

    private static List<Tensor> outputs(Module m, Tensor x) {
        if (m instanceof GoogLeNet g && m.isTraining()) {
            GoogLeNet.Outputs o = g.forwardWithAux(x);
            return o.auxLogits1() == null ? List.of(o.logits()) : List.of(o.logits(), o.auxLogits2(), o.auxLogits1());
        }
        return List.of(m.call(x));
    }

    private static void checkOutputs(String what, JsonArray expected, List<Tensor> actual) {
        assertEquals(expected.size(), actual.size(), what + " number of outputs");
        for (int i = 0; i < actual.size(); i++) {
            JsonObject e = expected.get(i).getAsJsonObject();
            Tensor a = actual.get(i);
            assertArrayEquals(ints(e.getAsJsonArray("shape")), a.sizes(), what + " output shape");
            double[] got = a.toDoubleArray();
            if (e.has("data")) {
                closeAll(what + " output " + i, doubles(e.getAsJsonArray("data")), got, 2e-4);
            } else {
                checkSummary(what + " output " + i, e, a, 2e-4);
                double[] every7 = new double[(got.length + 6) / 7];
                for (int j = 0; j < every7.length; j++) {
                    every7[j] = got[7 * j];
                }
                closeAll(what + " output " + i + " every 7th", doubles(e.getAsJsonArray("every7")), every7, 2e-4);
            }
        }
    }

    /**
     * Sum, sum of |x|, first and last 16 values. For seeded initial values {@code rtol} is 1e-6: only the ulps of
     * float32 transcendental functions may differ; for values computed through a network it scales with the
     * largest magnitude (float32 sums in another order).
     */
    private static void checkSummary(String what, JsonObject e, Tensor t, double rtol) {
        assertNotNull(t, what + " missing");
        assertArrayEquals(ints(e.getAsJsonArray("shape")), t.sizes(), what + " shape");
        assertEquals(e.get("dtype").getAsString(), t.dtype().toString().replace("torch.", ""), what + " dtype");
        double[] v = t.toDoubleArray();
        double sum = 0;
        double abs = 0;
        for (double d : v) {
            sum += d;
            abs += Math.abs(d);
        }
        double expAbs = e.get("abs_sum").getAsDouble();
        assertEquals(expAbs, abs, rtol * 10 * expAbs + 1e-12, what + " sum of |x|");
        assertEquals(e.get("sum").getAsDouble(), sum, rtol * 10 * expAbs + 1e-12, what + " sum");
        double[] head = doubles(e.getAsJsonArray("head"));
        double[] tail = doubles(e.getAsJsonArray("tail"));
        double[] gotHead = new double[head.length];
        double[] gotTail = new double[tail.length];
        System.arraycopy(v, 0, gotHead, 0, head.length);
        System.arraycopy(v, v.length - tail.length, gotTail, 0, tail.length);
        closeAll(what + " head", head, gotHead, rtol);
        closeAll(what + " tail", tail, gotTail, rtol);
    }

    private static void closeAll(String what, double[] expected, double[] actual, double rtol) {
        assertEquals(expected.length, actual.length, what + " length");
        double scale = 0;
        for (double d : expected) {
            scale = Math.max(scale, Math.abs(d));
        }
        for (int i = 0; i < expected.length; i++) {
            double tol = rtol * Math.max(Math.abs(expected[i]), scale) + 1e-12;
            if (Math.abs(expected[i] - actual[i]) > tol) {
                throw new AssertionError(what + " [" + i + "]: expected " + expected[i] + " but got " + actual[i]
                        + " (tolerance " + tol + ")");
            }
        }
    }

    private static JsonObject load(String file) {
        try (var in = ModelZooFixtureTest.class.getResourceAsStream("/fixtures/vision/models/" + file)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path resource(String file) throws URISyntaxException {
        return Path.of(ModelZooFixtureTest.class.getResource("/fixtures/vision/models/" + file).toURI());
    }

    private static int[] ints(JsonArray a) {
        return a.asList().stream().mapToInt(JsonElement::getAsInt).toArray();
    }

    private static double[] doubles(JsonArray a) {
        return a.asList().stream().mapToDouble(JsonElement::getAsDouble).toArray();
    }
}

package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convolution, pooling, normalisation and up-sampling modules against PyTorch
 * (tools/golden/nn_conv_modules.py): from the same seed the repr, parameter names, order and initial
 * values, buffers and parameter counts equal PyTorch's; forward outputs, the gradients of the input
 * and every parameter (accumulated over steps), and the running statistics after training steps
 * match, with inputs in three memory layouts; invalid configurations fail with PyTorch's messages.
 */
class ConvModulesFixtureTest {
    static final double[] TOL = {1e-4, 1e-5};

    record Case(String name, JsonObject json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws Exception {
        try (var in = ConvModulesFixtureTest.class.getResourceAsStream("/fixtures/nn_conv_modules.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("cases");
            List<Arguments> out = new ArrayList<>();
            for (JsonElement e : all) {
                JsonObject j = e.getAsJsonObject();
                Case c = new Case(j.get("name").getAsString(), j);
                for (Layout l : j.has("steps") ? Layout.values() : new Layout[] {Layout.CONTIGUOUS}) {
                    out.add(Arguments.of(c, l));
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        JsonObject j = c.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        boolean checkMessage = j.get("check_message").getAsBoolean();
        if (j.has("ctor_error")) {
            var e = assertThrows(IllegalArgumentException.class, () -> build(j));
            if (checkMessage) {
                assertEquals(j.get("ctor_error").getAsString(), e.getMessage());
            }
            return;
        }
        Module m = build(j);
        m.train(j.get("train").getAsBoolean());
        assertEquals(j.get("repr").getAsString(), m.toString(), "repr");
        assertNamed(c.name() + " params", j.getAsJsonArray("params"), m.namedParameters(), null);
        assertNamed(c.name() + " buffers", j.getAsJsonArray("buffers"), m.namedBuffers(), null);
        assertEquals(j.get("num_params").getAsInt(), m.parameters().stream().mapToInt(Tensor::numel).sum());
        if (j.has("error")) {
            Tensor bad = OpFixtures.tensor(j.getAsJsonObject("error_input"), layout);
            var e = assertThrows(IllegalArgumentException.class, () -> m.call(bad));
            assertEquals(j.get("error").getAsString(), e.getMessage());
            return;
        }
        if (!j.has("steps")) {
            return;
        }
        Tensor input = null;
        for (JsonElement se : j.getAsJsonArray("steps")) {
            JsonObject step = se.getAsJsonObject();
            input = OpFixtures.tensor(step.getAsJsonObject("input"), layout).detach().requiresGrad_(true);
            Tensor out;
            if (m instanceof MaxUnpool2d u) {
                out = u.forward(input, OpFixtures.tensor(step.getAsJsonObject("indices"), Layout.CONTIGUOUS));
            } else if (step.has("out_indices")) {
                var r = m instanceof MaxPool3d p3 ? p3.forwardWithIndices(input)
                        : ((MaxPool2d) m).forwardWithIndices(input);
                OpFixtures.assertTensor(c.name() + " indices", step.getAsJsonObject("out_indices"), r.indices(), null);
                out = r.output();
            } else {
                out = m.call(input);
            }
            OpFixtures.assertTensor(c.name() + " out", step.getAsJsonObject("out"), out, TOL);
            out.mul(OpFixtures.tensor(step.getAsJsonObject("grad_out"), Layout.CONTIGUOUS)).sum().backward();
        }
        Map<String, Tensor> grads = new java.util.LinkedHashMap<>();
        grads.put("input", input.grad());
        m.namedParameters().forEach((k, p) -> grads.put(k, p.grad()));
        assertNamed(c.name() + " grads", j.getAsJsonArray("grads"), grads, TOL);
        assertNamed(c.name() + " buffers after", j.getAsJsonArray("buffers_after"), m.namedBuffers(), TOL);
    }

    private static void assertNamed(String what, JsonArray expected, Map<String, ? extends Tensor> actual,
                                    double[] tol) {
        assertEquals(expected.size(), actual.size(), what + ": count " + actual.keySet());
        List<String> names = new ArrayList<>(actual.keySet());
        for (int i = 0; i < expected.size(); i++) {
            JsonArray pair = expected.get(i).getAsJsonArray();
            assertEquals(pair.get(0).getAsString(), names.get(i), what + ": name " + i);
            OpFixtures.assertTensor(what + " " + names.get(i), pair.get(1).getAsJsonObject(), actual.get(names.get(i)),
                    tol);
        }
    }

    // ---------------------------------------------------------------- building from PyTorch's arguments

    static Module build(JsonObject j) {
        String module = j.get("module").getAsString();
        JsonArray args = j.getAsJsonArray("args");
        JsonObject kw = j.getAsJsonObject("kwargs");
        return switch (module) {
            case "Conv2d" -> new Conv2d(conv(Conv2d.options(args.get(0).getAsInt(), args.get(1).getAsInt(),
                    ints(args.get(2))), args, kw));
            case "Conv1d" -> new Conv1d(conv(Conv1d.options(args.get(0).getAsInt(), args.get(1).getAsInt(),
                    args.get(2).getAsInt()), args, kw));
            case "ConvTranspose2d" -> new ConvTranspose2d(conv(ConvTranspose2d.options(args.get(0).getAsInt(),
                    args.get(1).getAsInt(), ints(args.get(2))), args, kw));
            case "ConvTranspose1d" -> new ConvTranspose1d(conv(ConvTranspose1d.options(args.get(0).getAsInt(),
                    args.get(1).getAsInt(), args.get(2).getAsInt()), args, kw));
            case "MaxPool2d" -> {
                MaxPool2d.Options o = MaxPool2d.options(ints(args.get(0)));
                if (args.size() > 1 || kw.has("stride")) {
                    o.stride(ints(args.size() > 1 ? args.get(1) : kw.get("stride")));
                }
                if (args.size() > 2 || kw.has("padding")) {
                    o.padding(ints(args.size() > 2 ? args.get(2) : kw.get("padding")));
                }
                if (kw.has("dilation")) {
                    o.dilation(ints(kw.get("dilation")));
                }
                yield new MaxPool2d(o.ceilMode(bool(kw, "ceil_mode", false))
                        .returnIndices(bool(kw, "return_indices", false)));
            }
            case "MaxPool1d" -> new MaxPool1d(args.get(0).getAsInt(),
                    integer(kw, "stride", args.get(0).getAsInt()), integer(kw, "padding", 0), integer(kw, "dilation", 1), bool(kw, "return_indices", false),
                    bool(kw, "ceil_mode", false));
            case "MaxUnpool2d" -> new MaxUnpool2d(ints(args.get(0)), args.size() > 1 ? ints(args.get(1)) : null,
                    new int[] {0});
            case "AvgPool2d" -> {
                AvgPool2d.Options o = AvgPool2d.options(ints(args.get(0)));
                if (args.size() > 1) {
                    o.stride(ints(args.get(1)));
                }
                if (args.size() > 2) {
                    o.padding(ints(args.get(2)));
                }
                yield new AvgPool2d(o.ceilMode(bool(kw, "ceil_mode", false))
                        .countIncludePad(bool(kw, "count_include_pad", true))
                        .divisorOverride(kw.has("divisor_override") ? kw.get("divisor_override").getAsInt() : null));
            }
            case "AvgPool1d" -> new AvgPool1d(args.get(0).getAsInt(),
                    integer(kw, "stride", args.get(0).getAsInt()), integer(kw, "padding", 0), false, true);
            case "AdaptiveAvgPool2d" -> new AdaptiveAvgPool2d(ints(args.get(0)));
            case "AdaptiveMaxPool2d" -> new AdaptiveMaxPool2d(ints(args.get(0)));
            case "BatchNorm2d", "BatchNorm1d" -> {
                BatchNorm.Options o = BatchNorm.options(args.get(0).getAsInt());
                if (kw.has("eps")) {
                    o.eps(kw.get("eps").getAsDouble());
                }
                if (kw.has("momentum")) {
                    o.momentum(kw.get("momentum").isJsonNull() ? null : kw.get("momentum").getAsDouble());
                }
                o.affine(bool(kw, "affine", true)).trackRunningStats(bool(kw, "track_running_stats", true));
                yield module.equals("BatchNorm2d") ? new BatchNorm2d(o) : new BatchNorm1d(o);
            }
            case "LayerNorm" -> new LayerNorm(ints(args.get(0)), kw.has("eps") ? kw.get("eps").getAsDouble() : 1e-5,
                    bool(kw, "elementwise_affine", true));
            case "GroupNorm" -> new GroupNorm(args.get(0).getAsInt(), args.get(1).getAsInt(),
                    kw.has("eps") ? kw.get("eps").getAsDouble() : 1e-5, bool(kw, "affine", true));
            case "Upsample" -> {
                Upsample.Options o = Upsample.options().mode(kw.has("mode") ? kw.get("mode").getAsString() : "nearest");
                if (kw.has("size")) {
                    o.size(ints(kw.get("size")));
                }
                if (kw.has("scale_factor")) {
                    o.scaleFactor(kw.get("scale_factor").getAsDouble());
                }
                if (kw.has("align_corners")) {
                    o.alignCorners(kw.get("align_corners").getAsBoolean());
                }
                yield new Upsample(o);
            }
            case "Conv3d" -> new Conv3d(conv(Conv3d.options(args.get(0).getAsInt(), args.get(1).getAsInt(),
                    ints(args.get(2))), args, kw));
            case "ConvTranspose3d" -> new ConvTranspose3d(conv(ConvTranspose3d.options(args.get(0).getAsInt(),
                    args.get(1).getAsInt(), ints(args.get(2))), args, kw));
            case "MaxPool3d" -> {
                MaxPool3d.Options o = MaxPool3d.options(ints(args.get(0)));
                if (kw.has("stride")) {
                    o.stride(ints(kw.get("stride")));
                }
                if (kw.has("padding")) {
                    o.padding(ints(kw.get("padding")));
                }
                yield new MaxPool3d(o.ceilMode(bool(kw, "ceil_mode", false))
                        .returnIndices(bool(kw, "return_indices", false)));
            }
            case "AvgPool3d" -> {
                AvgPool3d.Options o = AvgPool3d.options(ints(args.get(0)));
                if (args.size() > 1) {
                    o.stride(ints(args.get(1)));
                }
                if (args.size() > 2) {
                    o.padding(ints(args.get(2)));
                }
                yield new AvgPool3d(o.ceilMode(bool(kw, "ceil_mode", false))
                        .countIncludePad(bool(kw, "count_include_pad", true))
                        .divisorOverride(kw.has("divisor_override") ? kw.get("divisor_override").getAsInt() : null));
            }
            case "AdaptiveAvgPool3d" -> new AdaptiveAvgPool3d(ints(args.get(0)));
            case "AdaptiveMaxPool3d" -> new AdaptiveMaxPool3d(ints(args.get(0)));
            case "BatchNorm3d" -> {
                BatchNorm.Options o = BatchNorm.options(args.get(0).getAsInt());
                if (kw.has("momentum")) {
                    o.momentum(kw.get("momentum").getAsDouble());
                }
                yield new BatchNorm3d(o);
            }
            case "UpsamplingNearest2d", "UpsamplingBilinear2d" -> {
                Upsample.Options o = Upsample.options();
                if (!args.isEmpty()) {
                    o.size(ints(args.get(0)));
                }
                if (kw.has("scale_factor")) {
                    o.scaleFactor(kw.get("scale_factor").getAsDouble());
                }
                yield module.equals("UpsamplingNearest2d") ? new UpsamplingNearest2d(o) : new UpsamplingBilinear2d(o);
            }
            default -> throw new IllegalArgumentException("no builder for " + module);
        };
    }

    // nn.ConvNd(in, out, kernel_size, stride, padding, dilation, groups, bias, padding_mode) and keywords
    private static ConvNd.Options conv(ConvNd.Options o, JsonArray args, JsonObject kw) {
        if (args.size() > 3 || kw.has("stride")) {
            o.stride(ints(args.size() > 3 ? args.get(3) : kw.get("stride")));
        }
        JsonElement padding = args.size() > 4 ? args.get(4) : kw.get("padding");
        if (padding != null) {
            if (padding.isJsonPrimitive() && padding.getAsJsonPrimitive().isString()) {
                o.padding(padding.getAsString());
            } else {
                o.padding(ints(padding));
            }
        }
        if (kw.has("dilation")) {
            o.dilation(ints(kw.get("dilation")));
        }
        if (kw.has("output_padding")) {
            o.outputPadding(ints(kw.get("output_padding")));
        }
        return o.groups(integer(kw, "groups", 1)).bias(bool(kw, "bias", true))
                .paddingMode(kw.has("padding_mode") ? kw.get("padding_mode").getAsString() : "zeros");
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

    private static boolean bool(JsonObject kw, String k, boolean def) {
        return kw.has(k) ? kw.get(k).getAsBoolean() : def;
    }

    private static int integer(JsonObject kw, String k, int def) {
        return kw.has(k) ? kw.get(k).getAsInt() : def;
    }
}

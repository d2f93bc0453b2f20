package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FractionalMaxPool2d/3d, CrossMapLRN2d and the Lazy modules against PyTorch (tools/golden/nn_sampling_more.py,
 * nn_modules.py's format): repr, state dict and forward passes with input and parameter gradients; the fractional
 * pools draw their samples from the seeded default generator, and a Lazy module's first forward infers its size,
 * initialises its parameters with PyTorch's draws and turns it into the plain module (repr before and after).
 */
class NnSamplingMoreModulesTest {
    record Entry(JsonObject json) {
        @Override
        public String toString() {
            return json.get("name").getAsString();
        }
    }

    static Stream<Entry> layers() {
        try (var in = NnSamplingMoreModulesTest.class.getResourceAsStream("/fixtures/nn/nn_sampling_more_modules.json")) {
            List<Entry> out = new ArrayList<>();
            for (JsonElement e : JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonArray("layers")) {
                out.add(new Entry(e.getAsJsonObject()));
            }
            return out.stream();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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

    private static double[] doubles(JsonElement e) {
        if (e.isJsonPrimitive()) {
            return new double[] {e.getAsDouble()};
        }
        JsonArray a = e.getAsJsonArray();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }

    private static Number num(JsonArray a, int i) {
        return (Number) OpFixtures.Args.literal(a.get(i));
    }

    private static <O extends ConvNd.Options> ConvNd.Options conv(ConvNd.Options o, JsonObject kw) {
        if (kw.has("stride")) {
            o.stride(ints(kw.get("stride")));
        }
        if (kw.has("padding")) {
            if (kw.get("padding").isJsonPrimitive() && kw.get("padding").getAsJsonPrimitive().isString()) {
                o.padding(kw.get("padding").getAsString());
            } else {
                o.padding(ints(kw.get("padding")));
            }
        }
        if (kw.has("output_padding")) {
            o.outputPadding(ints(kw.get("output_padding")));
        }
        if (kw.has("groups")) {
            o.groups(kw.get("groups").getAsInt());
        }
        if (kw.has("bias")) {
            o.bias(kw.get("bias").getAsBoolean());
        }
        return o;
    }

    private static <O extends NormBase.Options<O>> O norm(O o, JsonObject kw) {
        if (kw.has("eps")) {
            o.eps(kw.get("eps").getAsDouble());
        }
        if (kw.has("momentum")) {
            o.momentum(kw.get("momentum").getAsDouble());
        }
        if (kw.has("affine")) {
            o.affine(kw.get("affine").getAsBoolean());
        }
        if (kw.has("track_running_stats")) {
            o.trackRunningStats(kw.get("track_running_stats").getAsBoolean());
        }
        return o;
    }

    /** The module a fixture's {type, args, kwargs} describes, as a Java user would write it. */
    static Module build(JsonObject ctor) {
        JsonArray a = ctor.getAsJsonArray("args");
        JsonObject kw = ctor.getAsJsonObject("kwargs");
        String type = ctor.get("type").getAsString();
        if (type.startsWith("FractionalMaxPool")) {
            int[] k = ints(a.get(0));
            if (type.endsWith("2d")) {
                var o = FractionalMaxPool2d.options(k);
                return new FractionalMaxPool2d(kw.has("output_size") ? o.outputSize(ints(kw.get("output_size")))
                        : o.outputRatio(doubles(kw.get("output_ratio"))));
            }
            var o = FractionalMaxPool3d.options(k);
            return new FractionalMaxPool3d(kw.has("output_size") ? o.outputSize(ints(kw.get("output_size")))
                    : o.outputRatio(doubles(kw.get("output_ratio"))));
        }
        return switch (type) {
            case "CrossMapLRN2d" -> a.size() == 1 ? new CrossMapLRN2d(a.get(0).getAsInt())
                    : new CrossMapLRN2d(a.get(0).getAsInt(), num(a, 1), a.size() > 2 ? num(a, 2) : 0.75,
                            a.size() > 3 ? num(a, 3) : 1);
            case "LazyLinear" -> kw.has("bias") ? new LazyLinear(a.get(0).getAsInt(), kw.get("bias").getAsBoolean())
                    : new LazyLinear(a.get(0).getAsInt());
            case "LazyConv1d" -> new LazyConv1d(conv(LazyConv1d.options(a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyConv2d" -> new LazyConv2d(conv(LazyConv2d.options(a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyConv3d" -> new LazyConv3d(conv(LazyConv3d.options(a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyConvTranspose1d" -> new LazyConvTranspose1d(conv(LazyConvTranspose1d.options(
                    a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyConvTranspose2d" -> new LazyConvTranspose2d(conv(LazyConvTranspose2d.options(
                    a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyConvTranspose3d" -> new LazyConvTranspose3d(conv(LazyConvTranspose3d.options(
                    a.get(0).getAsInt(), ints(a.get(1))), kw));
            case "LazyBatchNorm1d" -> new LazyBatchNorm1d(norm(LazyBatchNorm1d.options(), kw));
            case "LazyBatchNorm2d" -> new LazyBatchNorm2d(norm(LazyBatchNorm2d.options(), kw));
            case "LazyBatchNorm3d" -> new LazyBatchNorm3d(norm(LazyBatchNorm3d.options(), kw));
            case "LazyInstanceNorm1d" -> new LazyInstanceNorm1d(norm(LazyInstanceNorm1d.options(), kw));
            case "LazyInstanceNorm2d" -> new LazyInstanceNorm2d(norm(LazyInstanceNorm2d.options(), kw));
            case "LazyInstanceNorm3d" -> new LazyInstanceNorm3d(norm(LazyInstanceNorm3d.options(), kw));
            default -> throw new IllegalArgumentException("no Java constructor for " + ctor);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void layerMatchesPyTorch(Entry e) {
        JsonObject j = e.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        Module m = build(j.getAsJsonObject("ctor"));
        boolean lazy = j.has("repr_before");
        if (lazy) {
            assertEquals(j.get("repr_before").getAsString(), m.toString(), e + ": repr before the first forward");
            assertTrue(((LazyModuleMixin) m).hasUninitializedParams() || m.parameters().isEmpty(), e.toString());
        } else {
            assertEquals(j.get("repr").getAsString(), m.toString(), e + ": repr");
            NnModulesFixtureTest.assertState(e.toString(), j.getAsJsonArray("state"), m, true);
        }
        int i = 0;
        for (JsonElement f : j.getAsJsonArray("forwards")) {
            NnModulesFixtureTest.assertForward(e + " forward " + i++, m, f.getAsJsonObject());
        }
        assertEquals(j.get("repr").getAsString(), m.toString(), e + ": repr after the forwards");
        assertEquals(j.get("num_params").getAsLong(), NnModulesFixtureTest.numParams(m), e + ": parameter count");
        if (lazy) {
            assertFalse(((LazyModuleMixin) m).hasUninitializedParams(), e.toString());
            // initial weights as PyTorch drew them at the first forward, running statistics as it updated them
            NnModulesFixtureTest.assertState(e + " after the forwards", j.getAsJsonArray("state_after"), m, false);
        }
    }

    /** PyTorch's legacy Function records its own node. */
    @Test
    void crossMapLrnRecordsItsFunctionNode() {
        Tensor x = Torch.randn(1, 3, 2, 2).requiresGrad_(true);
        assertEquals("CrossMapLRN2dBackward", new CrossMapLRN2d(3).forward(x).gradFn().name());
        var err = assertThrows(IllegalArgumentException.class, () -> new CrossMapLRN2d(3).forward(Torch.randn(3, 2, 2)));
        assertEquals("CrossMapLRN2d: Expected input to be 4D, got 3D instead.", err.getMessage());
    }

    /** The constructors' checks, with PyTorch's messages. */
    @Test
    void constructorAndInputErrors() {
        var e1 = assertThrows(IllegalArgumentException.class, () -> new FractionalMaxPool2d(FractionalMaxPool2d.options(2)));
        assertEquals("FractionalMaxPool2d requires specifying either an output size, or a pooling ratio", e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> new FractionalMaxPool2d(FractionalMaxPool2d.options(2)
                .outputSize(2).outputRatio(0.5)));
        assertEquals("only one of output_size and output_ratio may be specified", e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> new FractionalMaxPool2d(FractionalMaxPool2d.options(2)
                .outputRatio(1.5)));
        assertEquals("output_ratio must be between 0 and 1 (got 1.5)", e3.getMessage());
        var e4 = assertThrows(IllegalArgumentException.class, () -> new FractionalMaxPool3d(FractionalMaxPool3d.options(2)
                .outputRatio(0.5, 0.5, 1.0)));
        assertEquals("output_ratio must be between 0 and 1 (got (0.5, 0.5, 1.0))", e4.getMessage());
        var e5 = assertThrows(IllegalArgumentException.class, () -> new FractionalMaxPool3d(FractionalMaxPool3d.options(2)));
        assertEquals("FractionalMaxPool3d requires specifying either an output size, or a pooling ratio", e5.getMessage());
        var e6 = assertThrows(IllegalArgumentException.class, () -> new LazyConv2d(4, 3).forward(Torch.randn(3, 5)));
        assertEquals("Expected 3D (unbatched) or 4D (batched) input to LazyConv2d, but got input of size: "
                + "torch.Size([3, 5])", e6.getMessage());
        var e7 = assertThrows(IndexOutOfBoundsException.class, () -> new LazyInstanceNorm1d().forward(Torch.randn(3)));
        assertEquals("tuple index out of range", e7.getMessage());
        // as in PyTorch, the lazy norm takes num_features from the input before BatchNorm2d's own check fails
        LazyBatchNorm2d bn = new LazyBatchNorm2d();
        var e8 = assertThrows(IllegalArgumentException.class, () -> bn.forward(Torch.randn(3, 5)));
        assertEquals("expected 4D input (got 2D input)", e8.getMessage());
        assertEquals("BatchNorm2d(5, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)", bn.toString());
    }

    /** Fixed samples are PyTorch's {@code _random_samples} buffer, in the state dict. */
    @Test
    void fixedSamplesAreABuffer() {
        Tensor u = Torch.rand(1, 2, 2);
        FractionalMaxPool2d pool = new FractionalMaxPool2d(FractionalMaxPool2d.options(2).outputSize(3).randomSamples(u));
        assertEquals(List.of("_random_samples"), List.copyOf(pool.stateDict().keySet()));
        Tensor x = Torch.randn(1, 2, 6, 6);
        Tensor expected = jtorch.nn.functional.F.fractionalMaxPool2d(x, 2,
                jtorch.nn.functional.F.fractionalMaxPoolOptions().outputSize(3).randomSamples(u));
        assertTrue(pool.forward(x).equal(expected));
        assertTrue(pool.forward(x).equal(expected), "the same windows every time");
    }
}

package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The torch.nn layers issue 21 adds against PyTorch (tools/golden/nn_layers.py, nn_modules.py's format): built
 * as a Java user writes them, each prints PyTorch's repr, has its parameters and state dict, and its forward
 * passes (train and eval; RReLU's training draws seeded) give PyTorch's outputs and input and parameter
 * gradients; InstanceNorm's running statistics are checked through the state dict after the forwards.
 */
class NnLayersFixtureTest {
    record Entry(JsonObject json) {
        @Override
        public String toString() {
            return json.get("name").getAsString();
        }
    }

    static Stream<Entry> layers() {
        try (var in = NnLayersFixtureTest.class.getResourceAsStream("/fixtures/nn/nn_layers.json")) {
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

    private static Number num(JsonArray a, int i, Number def) {
        return a.size() > i ? (Number) OpFixtures.Args.literal(a.get(i)) : def;
    }

    private static boolean flag(JsonArray a, int i) {
        return a.size() > i && a.get(i).getAsBoolean();
    }

    // an int or a tuple argument
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

    private static int[] kwInts(JsonObject kw, String k, int def) {
        return kw.has(k) ? ints(kw.get(k)) : new int[] {def};
    }

    private static InstanceNorm.Options instanceOptions(JsonArray a, JsonObject kw) {
        InstanceNorm.Options o = InstanceNorm.options(a.get(0).getAsInt());
        if (kw.has("eps")) {
            o.eps(kw.get("eps").getAsDouble());
        }
        if (kw.has("momentum")) {
            o.momentum(kw.get("momentum").getAsDouble());
        }
        return o.affine(kw.has("affine") && kw.get("affine").getAsBoolean())
                .trackRunningStats(kw.has("track_running_stats") && kw.get("track_running_stats").getAsBoolean());
    }

    /** The module a fixture's {type, args, kwargs} describes, as a Java user would write it. */
    static Module build(JsonObject ctor) {
        JsonArray a = ctor.getAsJsonArray("args");
        JsonObject kw = ctor.getAsJsonObject("kwargs");
        return switch (ctor.get("type").getAsString()) {
            case "ReLU6" -> new ReLU6(flag(a, 0));
            case "SELU" -> new SELU(flag(a, 0));
            case "CELU" -> new CELU(num(a, 0, 1.0), flag(a, 1));
            case "GLU" -> a.isEmpty() ? new GLU() : new GLU(a.get(0).getAsInt());
            case "Hardsigmoid" -> new Hardsigmoid(flag(a, 0));
            case "Hardswish" -> new Hardswish(flag(a, 0));
            case "Hardshrink" -> a.isEmpty() ? new Hardshrink() : new Hardshrink(num(a, 0, 0.5));
            case "Softshrink" -> a.isEmpty() ? new Softshrink() : new Softshrink(num(a, 0, 0.5));
            case "Tanhshrink" -> new Tanhshrink();
            case "LogSigmoid" -> new LogSigmoid();
            case "Mish" -> new Mish(flag(a, 0));
            case "Softsign" -> new Softsign();
            case "Softmin" -> new Softmin(kw.has("dim") ? kw.get("dim").getAsInt() : null);
            case "Softmax2d" -> new Softmax2d();
            case "Threshold" -> new Threshold(num(a, 0, null), num(a, 1, null), flag(a, 2));
            case "RReLU" -> a.isEmpty() ? new RReLU() : new RReLU(num(a, 0, null), num(a, 1, null), flag(a, 2));
            case "InstanceNorm1d" -> new InstanceNorm1d(instanceOptions(a, kw));
            case "InstanceNorm2d" -> new InstanceNorm2d(instanceOptions(a, kw));
            case "InstanceNorm3d" -> new InstanceNorm3d(instanceOptions(a, kw));
            case "LocalResponseNorm" -> a.size() == 1 ? new LocalResponseNorm(a.get(0).getAsInt())
                    : new LocalResponseNorm(a.get(0).getAsInt(), num(a, 1, null), num(a, 2, null), num(a, 3, null));
            case "PixelShuffle" -> new PixelShuffle(a.get(0).getAsInt());
            case "PixelUnshuffle" -> new PixelUnshuffle(a.get(0).getAsInt());
            case "ChannelShuffle" -> new ChannelShuffle(a.get(0).getAsInt());
            case "ReflectionPad1d" -> new ReflectionPad1d(ints(a.get(0)));
            case "ReflectionPad2d" -> new ReflectionPad2d(ints(a.get(0)));
            case "ReflectionPad3d" -> new ReflectionPad3d(ints(a.get(0)));
            case "ReplicationPad1d" -> new ReplicationPad1d(ints(a.get(0)));
            case "ReplicationPad2d" -> new ReplicationPad2d(ints(a.get(0)));
            case "ReplicationPad3d" -> new ReplicationPad3d(ints(a.get(0)));
            case "ZeroPad2d" -> new ZeroPad2d(ints(a.get(0)));
            case "ConstantPad1d" -> new ConstantPad1d(ints(a.get(0)), num(a, 1, null));
            case "ConstantPad2d" -> new ConstantPad2d(ints(a.get(0)), num(a, 1, null));
            case "ConstantPad3d" -> new ConstantPad3d(ints(a.get(0)), num(a, 1, null));
            case "CosineSimilarity" -> a.isEmpty() ? new CosineSimilarity()
                    : new CosineSimilarity(a.get(0).getAsInt(), a.get(1).getAsDouble());
            case "PairwiseDistance" -> a.isEmpty() ? new PairwiseDistance()
                    : new PairwiseDistance(a.get(0).getAsDouble(), a.get(1).getAsDouble(), a.get(2).getAsBoolean());
            case "Unfold" -> new Unfold(ints(a.get(0)), kwInts(kw, "dilation", 1), kwInts(kw, "padding", 0),
                    kwInts(kw, "stride", 1));
            case "Fold" -> new Fold(ints(a.get(0)), ints(a.get(1)), kwInts(kw, "dilation", 1), kwInts(kw, "padding", 0),
                    kwInts(kw, "stride", 1));
            case "Dropout1d" -> new Dropout1d(num(a, 0, 0.5), flag(a, 1));
            case "Dropout3d" -> new Dropout3d(num(a, 0, 0.5), flag(a, 1));
            case "LPPool1d" -> a.size() == 2 ? new LPPool1d(num(a, 0, null), a.get(1).getAsInt())
                    : new LPPool1d(num(a, 0, null), a.get(1).getAsInt(), a.get(2).getAsInt(), false);
            case "LPPool2d" -> a.size() == 2 ? new LPPool2d(num(a, 0, null), ints(a.get(1)))
                    : new LPPool2d(num(a, 0, null), ints(a.get(1)), ints(a.get(2)), flag(a, 3));
            case "AdaptiveAvgPool1d" -> new AdaptiveAvgPool1d(a.get(0).getAsInt());
            case "AdaptiveMaxPool1d" -> new AdaptiveMaxPool1d(a.get(0).getAsInt());
            default -> throw new IllegalArgumentException("no Java constructor for " + ctor);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void layerMatchesPyTorch(Entry e) {
        JsonObject j = e.json();
        Torch.manualSeed(j.get("seed").getAsLong());
        Module m = build(j.getAsJsonObject("ctor"));
        assertEquals(j.get("repr").getAsString(), m.toString(), e + ": repr");
        assertEquals(j.get("num_params").getAsLong(), NnModulesFixtureTest.numParams(m), e + ": parameter count");
        NnModulesFixtureTest.assertState(e.toString(), j.getAsJsonArray("state"), m, true);
        int i = 0;
        for (JsonElement f : j.getAsJsonArray("forwards")) {
            NnModulesFixtureTest.assertForward(e + " forward " + i++, m, f.getAsJsonObject());
        }
        if (j.has("state_after")) {
            // InstanceNorm's running statistics as PyTorch updated them
            NnModulesFixtureTest.assertState(e + " after the forwards", j.getAsJsonArray("state_after"), m, false);
        }
    }
}

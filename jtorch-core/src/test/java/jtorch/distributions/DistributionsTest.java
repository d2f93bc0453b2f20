package jtorch.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Normal, Uniform, Bernoulli, Categorical and Exponential against PyTorch 1.13 (fixture:
 * tools/golden/distributions.py): the same samples for a seed, log_prob, entropy, moments, shapes, KL divergences,
 * gradients, reprs and validation errors.
 */
class DistributionsTest {
    private static final double[] TOL = {1e-6, 1e-7};

    private static Tensor f32(double... v) {
        return Torch.tensor(v);
    }

    private static Tensor f64(double... v) {
        return Torch.fromArray(v);
    }

    private static final Map<String, Supplier<Distribution>> DISTS = Map.ofEntries(
            Map.entry("normal", () -> new Normal(f32(0, 1, -2), f32(1, 0.5, 2))),
            Map.entry("normal_scalar", () -> new Normal(0., 1.)),
            Map.entry("normal_f64_broadcast", () -> new Normal(f64(0, 1).view(2, 1), f64(1, 2, 3))),
            Map.entry("uniform", () -> new Uniform(f32(0, -1), f32(1, 3))),
            Map.entry("uniform_scalar", () -> new Uniform(-2., 5.)),
            Map.entry("bernoulli_probs", () -> new Bernoulli(f32(0.1, 0.5, 0.9, 0.0, 1.0))),
            Map.entry("bernoulli_logits", () -> new Bernoulli(Bernoulli.options().logits(f32(-2, 0, 3)))),
            Map.entry("bernoulli_scalar", () -> new Bernoulli(0.3)),
            Map.entry("categorical_probs", () -> new Categorical(f32(1, 2, 3, 4, 0.5, 0, 0.25, 0.25).view(2, 4))),
            Map.entry("categorical_logits", () -> new Categorical(Categorical.options().logits(f32(0.1, -1, 2)))),
            Map.entry("categorical_other", () -> new Categorical(f32(0, 1, 1, 2, 1, 1, 1, 1).view(2, 4))),
            Map.entry("exponential", () -> new Exponential(f32(0.5, 1, 4))),
            Map.entry("exponential_scalar", () -> new Exponential(2.)));

    private static final Map<String, Executable> ERRORS = Map.ofEntries(
            Map.entry("normal_bad_scale", () -> new Normal(Torch.zeros(2), f32(1, -1))),
            Map.entry("normal_scalar_bad_scale", () -> new Normal(0., -1.)),
            Map.entry("exponential_bad_rate", () -> new Exponential(f32(-1))),
            Map.entry("bernoulli_bad_probs", () -> new Bernoulli(f32(1.5))),
            Map.entry("bernoulli_neither", () -> new Bernoulli(Bernoulli.options())),
            Map.entry("bernoulli_both", () -> new Bernoulli(Bernoulli.options().probs(f32(0.5)).logits(f32(0.1)))),
            Map.entry("categorical_bad_probs", () -> new Categorical(f32(-1, 2))),
            Map.entry("categorical_scalar_probs", () -> new Categorical(Torch.tensor(1.0))),
            Map.entry("uniform_low_not_below_high", () -> new Uniform(Torch.tensor(1.0), Torch.tensor(0.0))),
            Map.entry("exponential_value_outside_support",
                    () -> new Exponential(Torch.ones(3)).logProb(f32(-1, 1, 1))),
            Map.entry("bernoulli_value_outside_support",
                    () -> new Bernoulli(Torch.ones(2).mul(0.5)).logProb(f32(0.5, 1))),
            Map.entry("categorical_value_outside_support",
                    () -> new Categorical(Torch.ones(3)).logProb(Torch.tensor(new long[] {3}))),
            Map.entry("uniform_value_outside_support", () -> new Uniform(0., 1.).logProb(Torch.tensor(1.5))),
            Map.entry("normal_value_not_broadcastable",
                    () -> new Normal(Torch.zeros(2), Torch.ones(2)).logProb(Torch.zeros(3))));

    private static JsonObject fixture() throws Exception {
        try (var in = DistributionsTest.class.getResourceAsStream("/fixtures/distributions.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsInt();
        }
        return out;
    }

    private static Tensor tensor(JsonObject spec) {
        return OpFixtures.tensor(spec, OpFixtures.Layout.CONTIGUOUS);
    }

    @Test
    void distributionsMatchPyTorch() throws Exception {
        JsonObject dists = fixture().getAsJsonObject("dists");
        assertEquals(DISTS.keySet(), dists.keySet());
        for (var e : dists.entrySet()) {
            String name = e.getKey();
            JsonObject r = e.getValue().getAsJsonObject();
            Distribution d = DISTS.get(name).get();
            assertArrayEquals(ints(r.getAsJsonArray("batch_shape")), d.batchShape(), name + " batch_shape");
            assertArrayEquals(ints(r.getAsJsonArray("event_shape")), d.eventShape(), name + " event_shape");
            assertEquals(r.get("has_rsample").getAsBoolean(), d.hasRsample(), name + " has_rsample");
            assertEquals(r.get("repr").getAsString(), d.toString(), name + " repr");
            OpFixtures.assertTensor(name + " mean", r.getAsJsonObject("mean"), d.mean(), TOL);
            OpFixtures.assertTensor(name + " variance", r.getAsJsonObject("variance"), d.variance(), TOL);
            OpFixtures.assertTensor(name + " stddev", r.getAsJsonObject("stddev"), d.stddev(), TOL);
            OpFixtures.assertTensor(name + " entropy", r.getAsJsonObject("entropy"), d.entropy(), TOL);
            OpFixtures.assertTensor(name + " log_prob", r.getAsJsonObject("log_prob"),
                    d.logProb(tensor(r.getAsJsonObject("value"))), TOL);
            if (r.get("cdf").isJsonNull()) {
                assertThrows(UnsupportedOperationException.class, () -> d.cdf(tensor(r.getAsJsonObject("value"))));
                assertThrows(UnsupportedOperationException.class,
                        () -> d.icdf(tensor(r.getAsJsonObject("icdf_probs"))));
            } else {
                OpFixtures.assertTensor(name + " cdf", r.getAsJsonObject("cdf"),
                        d.cdf(tensor(r.getAsJsonObject("value"))), TOL);
                OpFixtures.assertTensor(name + " icdf", r.getAsJsonObject("icdf"),
                        d.icdf(tensor(r.getAsJsonObject("icdf_probs"))), TOL);
            }
            for (JsonElement s : r.getAsJsonArray("samples")) {
                JsonObject step = s.getAsJsonObject();
                long seed = step.get("seed").getAsLong();
                Torch.manualSeed(seed);
                String at = name + " seed " + seed;
                OpFixtures.assertTensor(at + " sample((3,))", step.getAsJsonObject("sample_3"), d.sample(3), TOL);
                OpFixtures.assertTensor(at + " sample()", step.getAsJsonObject("sample"), d.sample(), TOL);
                OpFixtures.assertTensor(at + " sample((2, 20))", step.getAsJsonObject("sample_2x20"), d.sample(2, 20),
                        TOL);
                if (d.hasRsample()) {
                    OpFixtures.assertTensor(at + " rsample((2,))", step.getAsJsonObject("rsample_2"), d.rsample(2),
                            TOL);
                }
            }
        }
    }

    @Test
    void klDivergencesMatchPyTorch() throws Exception {
        for (JsonElement e : fixture().getAsJsonArray("kl")) {
            JsonObject k = e.getAsJsonObject();
            String p = k.get("p").getAsString();
            String q = k.get("q").getAsString();
            OpFixtures.assertTensor("KL(" + p + " || " + q + ")", k.getAsJsonObject("out"),
                    Kl.klDivergence(DISTS.get(p).get(), DISTS.get(q).get()), TOL);
        }
        var e = assertThrows(UnsupportedOperationException.class,
                () -> Kl.klDivergence(new Bernoulli(0.5), new Normal(0., 1.)));
        assertEquals("No KL(p || q) is implemented for p = Bernoulli and q = Normal", e.getMessage());
    }

    private static void assertGrads(JsonArray expected, List<Tensor> leaves, String what) {
        for (int i = 0; i < leaves.size(); i++) {
            OpFixtures.assertTensor(what + " grad " + i, expected.get(i).getAsJsonObject(), leaves.get(i).grad(), TOL);
        }
    }

    @Test
    void gradientsMatchPyTorch() throws Exception {
        JsonObject g = fixture().getAsJsonObject("grads");
        Function<double[], Tensor> leaf = v -> f32(v).requiresGrad_(true);
        Tensor loc = leaf.apply(new double[] {0, 1, -2});
        Tensor scale = leaf.apply(new double[] {1, 0.5, 2});
        Torch.manualSeed(3);
        new Normal(loc, scale).rsample(4).pow(2L).sum().backward();
        assertGrads(g.getAsJsonArray("normal_rsample"), List.of(loc, scale), "normal rsample");
        loc = leaf.apply(new double[] {0, 1, -2});
        scale = leaf.apply(new double[] {1, 0.5, 2});
        new Normal(loc, scale).logProb(f32(0.5, 1, -3)).sum().backward();
        assertGrads(g.getAsJsonArray("normal_log_prob"), List.of(loc, scale), "normal log_prob");
        loc = leaf.apply(new double[] {0, 1, -2});
        scale = leaf.apply(new double[] {1, 0.5, 2});
        Kl.klDivergence(new Normal(loc, scale), new Normal(Torch.tensor(0.5), Torch.tensor(1.5))).sum().backward();
        assertGrads(g.getAsJsonArray("normal_kl"), List.of(loc, scale), "normal kl");
        Tensor rate = leaf.apply(new double[] {0.5, 1, 4});
        Torch.manualSeed(3);
        new Exponential(rate).rsample(5).sum().backward();
        assertGrads(g.getAsJsonArray("exponential_rsample"), List.of(rate), "exponential rsample");
    }

    @Test
    void validationFailsWithPyTorchsMessages() throws Exception {
        Set<String> seen = new HashSet<>();
        for (JsonElement e : fixture().getAsJsonArray("errors")) {
            JsonObject err = e.getAsJsonObject();
            String name = err.get("name").getAsString();
            seen.add(name);
            var ex = assertThrows(IllegalArgumentException.class, ERRORS.get(name), name);
            assertEquals(err.get("message").getAsString(), ex.getMessage(), name);
        }
        assertEquals(ERRORS.keySet(), seen);
    }

    @Test
    void validationCanBeTurnedOff() {
        Normal n = new Normal(Torch.zeros(2), f32(1, -1), false);
        assertEquals(DType.FLOAT32, n.logProb(f32(0, 0)).dtype());
        try {
            Distribution.setDefaultValidateArgs(false);
            new Exponential(f32(-1)).logProb(f32(-5));
        } finally {
            Distribution.setDefaultValidateArgs(true);
        }
    }
}

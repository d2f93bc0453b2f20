package jtorch.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Normal, Uniform, Bernoulli, Categorical, Exponential, Gamma, Beta, Dirichlet, Poisson and MultivariateNormal against
 * PyTorch 1.13 (fixture:
 * tools/golden/distributions.py): the same samples for a seed, log_prob, entropy, moments, shapes, KL divergences,
 * gradients, reprs and validation errors.
 */
class DistributionsTest {
    // float32 entropies, KLs and their gradients are sums of lgamma/digamma terms that cancel to a few ulps of the
    // largest term, whose last bits differ between PyTorch's vectorised kernels and jtorch's
    private static final double[] TOL = {2e-5, 2e-6};

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
            Map.entry("exponential_scalar", () -> new Exponential(2.)),
            Map.entry("gamma", () -> new Gamma(f32(0.5, 1, 3), f32(1, 2, 0.5))),
            Map.entry("gamma_scalar", () -> new Gamma(2., 3.)),
            Map.entry("gamma_f64_broadcast", () -> new Gamma(f64(0.3, 9).view(2, 1), f64(1, 2))),
            Map.entry("beta", () -> new Beta(f32(0.5, 2, 10), f32(1.5, 2, 7))),
            Map.entry("beta_scalar", () -> new Beta(2., 3.)),
            Map.entry("dirichlet", () -> new Dirichlet(f32(0.5, 1, 2, 3, 0.2, 7).view(2, 3))),
            Map.entry("dirichlet_other", () -> new Dirichlet(f32(1, 2, 1))),
            Map.entry("dirichlet_f64", () -> new Dirichlet(f64(1, 4))),
            Map.entry("poisson", () -> new Poisson(f32(0.5, 3, 20, 0))),
            Map.entry("poisson_scalar", () -> new Poisson(4.)),
            Map.entry("uniform_unit", () -> new Uniform(f32(0.1, 0.2, 0.3), f32(0.5, 0.9, 0.4))),
            Map.entry("mvn_cov", () -> new MultivariateNormal(f32(0, 1), f32(2, 0.5, 0.5, 1).view(2, 2))),
            Map.entry("mvn_batched_cov", () -> new MultivariateNormal(f32(0, 0.5),
                    f32(1, 0, 0, 1, 3, -1, -1, 2).view(2, 2, 2))),
            Map.entry("mvn_tril", () -> new MultivariateNormal(f32(0, 1, 2, 1, 0, -1).view(2, 3),
                    MultivariateNormal.options().scaleTril(f32(1, 0, 0, 0.5, 2, 0, -1, 0.3, 0.7).view(3, 3)))),
            Map.entry("mvn_tril_other", () -> new MultivariateNormal(f32(0.5, 0, 0),
                    MultivariateNormal.options().scaleTril(f32(2, 0, 0, 0, 1, 0, 1, 1, 1).view(3, 3)))),
            Map.entry("mvn_precision", () -> new MultivariateNormal(f64(1, -1),
                    MultivariateNormal.options().precisionMatrix(f64(3, 1, 1, 2).view(2, 2)))));

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
                    () -> new Normal(Torch.zeros(2), Torch.ones(2)).logProb(Torch.zeros(3))),
            Map.entry("gamma_bad_concentration", () -> new Gamma(f32(1, -1), Torch.tensor(1.0))),
            Map.entry("gamma_scalar_bad_rate", () -> new Gamma(1., 0.)),
            Map.entry("gamma_value_outside_support",
                    () -> new Gamma(Torch.tensor(1.0), Torch.tensor(1.0)).logProb(Torch.tensor(-1.0))),
            Map.entry("beta_bad_concentration", () -> new Beta(f32(0), f32(1))),
            Map.entry("beta_value_outside_support",
                    () -> new Beta(Torch.tensor(1.0), Torch.tensor(1.0)).logProb(Torch.tensor(1.5))),
            Map.entry("dirichlet_scalar", () -> new Dirichlet(Torch.tensor(1.0))),
            Map.entry("dirichlet_bad_concentration", () -> new Dirichlet(f32(1, -1))),
            Map.entry("dirichlet_value_outside_support", () -> new Dirichlet(f32(1, 1)).logProb(f32(0.5, 0.6))),
            Map.entry("poisson_bad_rate", () -> new Poisson(f32(-1))),
            Map.entry("poisson_value_not_integer", () -> new Poisson(f32(1)).logProb(f32(0.5))),
            Map.entry("mvn_scalar_loc", () -> new MultivariateNormal(Torch.tensor(0.0), Torch.eye(1))),
            Map.entry("mvn_no_matrix", () -> new MultivariateNormal(Torch.zeros(2), MultivariateNormal.options())),
            Map.entry("mvn_two_matrices", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().covarianceMatrix(Torch.eye(2)).scaleTril(Torch.eye(2)))),
            Map.entry("mvn_scale_tril_1d", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().scaleTril(Torch.ones(2)))),
            Map.entry("mvn_covariance_1d", () -> new MultivariateNormal(Torch.zeros(2), Torch.ones(2))),
            Map.entry("mvn_precision_1d", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().precisionMatrix(Torch.ones(2)))),
            Map.entry("mvn_covariance_not_symmetric",
                    () -> new MultivariateNormal(Torch.zeros(2), f32(1, 2, 0, 1).view(2, 2))),
            Map.entry("mvn_covariance_not_positive_definite",
                    () -> new MultivariateNormal(Torch.zeros(2), f32(1, 2, 2, 1).view(2, 2))),
            Map.entry("mvn_precision_not_positive_definite", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().precisionMatrix(f32(1, 2, 2, 1).view(2, 2)))),
            Map.entry("mvn_scale_tril_not_lower", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().scaleTril(f32(1, 2, 0, 1).view(2, 2)))),
            Map.entry("mvn_scale_tril_negative_diagonal", () -> new MultivariateNormal(Torch.zeros(2),
                    MultivariateNormal.options().scaleTril(f32(1, 0, 0, -1).view(2, 2)))),
            Map.entry("mvn_value_wrong_event",
                    () -> new MultivariateNormal(Torch.zeros(2), Torch.eye(2)).logProb(Torch.zeros(3))),
            Map.entry("mvn_kl_event_mismatch", () -> Kl.klDivergence(new MultivariateNormal(Torch.zeros(2),
                    Torch.eye(2)), new MultivariateNormal(Torch.zeros(3), Torch.eye(3)))));

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
            if (r.get("entropy").isJsonNull()) {
                assertThrows(UnsupportedOperationException.class, d::entropy);
            } else {
                OpFixtures.assertTensor(name + " entropy", r.getAsJsonObject("entropy"), d.entropy(), TOL);
            }
            OpFixtures.assertTensor(name + " log_prob", r.getAsJsonObject("log_prob"),
                    d.logProb(tensor(r.getAsJsonObject("value"))), TOL);
            if (r.get("cdf").isJsonNull()) {
                assertThrows(UnsupportedOperationException.class, () -> d.cdf(tensor(r.getAsJsonObject("value"))));
            } else {
                OpFixtures.assertTensor(name + " cdf", r.getAsJsonObject("cdf"),
                        d.cdf(tensor(r.getAsJsonObject("value"))), TOL);
            }
            if (r.get("icdf").isJsonNull()) {
                assertThrows(UnsupportedOperationException.class,
                        () -> d.icdf(tensor(r.getAsJsonObject("icdf_probs"))));
            } else {
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
    void gammaFamilyGradientsMatchPyTorch() throws Exception {
        JsonObject g = fixture().getAsJsonObject("grads");
        Function<double[], Tensor> leaf = v -> f32(v).requiresGrad_(true);
        Tensor conc = leaf.apply(new double[] {0.5, 1, 3, 9});
        Tensor rate = leaf.apply(new double[] {1, 2, 0.5, 1});
        Torch.manualSeed(3);
        new Gamma(conc, rate).rsample(5).sum().backward();
        assertGrads(g.getAsJsonArray("gamma_rsample"), List.of(conc, rate), "gamma rsample");
        conc = leaf.apply(new double[] {0.5, 1, 3, 9});
        rate = leaf.apply(new double[] {1, 2, 0.5, 1});
        Gamma gd = new Gamma(conc, rate);
        gd.logProb(f32(0.5, 1, 2, 8)).sum().add(gd.entropy().sum()).backward();
        assertGrads(g.getAsJsonArray("gamma_log_prob_entropy"), List.of(conc, rate), "gamma log_prob + entropy");
        conc = leaf.apply(new double[] {0.5, 1, 3, 9});
        rate = leaf.apply(new double[] {1, 2, 0.5, 1});
        Kl.klDivergence(new Gamma(conc, rate), new Gamma(Torch.tensor(2.0), Torch.tensor(1.5))).sum().backward();
        assertGrads(g.getAsJsonArray("gamma_kl"), List.of(conc, rate), "gamma kl");

        Tensor c1 = leaf.apply(new double[] {0.5, 2, 10, 1});
        Tensor c0 = leaf.apply(new double[] {1.5, 2, 7, 0.3});
        Torch.manualSeed(3);
        new Beta(c1, c0).rsample(6).pow(2L).sum().backward();
        assertGrads(g.getAsJsonArray("beta_rsample"), List.of(c1, c0), "beta rsample");
        c1 = leaf.apply(new double[] {0.5, 2, 10, 1});
        c0 = leaf.apply(new double[] {1.5, 2, 7, 0.3});
        Beta bd = new Beta(c1, c0);
        bd.logProb(f32(0.1, 0.5, 0.9, 0.7)).sum().add(bd.entropy().sum()).backward();
        assertGrads(g.getAsJsonArray("beta_log_prob_entropy"), List.of(c1, c0), "beta log_prob + entropy");

        double[] alphaValues = {0.5, 1, 2, 3, 8, 7, 0.1, 20, 30};
        Tensor alpha = f32(alphaValues).view(3, 3).requiresGrad_(true);
        Torch.manualSeed(3);
        new Dirichlet(alpha).rsample(4).pow(2L).mul(f32(1, 2, 3)).sum().backward();
        assertGrads(g.getAsJsonArray("dirichlet_rsample"), List.of(alpha), "dirichlet rsample");
        alpha = f32(alphaValues).view(3, 3).requiresGrad_(true);
        Kl.klDivergence(new Dirichlet(alpha), new Dirichlet(f32(1, 2, 1))).sum().backward();
        assertGrads(g.getAsJsonArray("dirichlet_kl"), List.of(alpha), "dirichlet kl");

        Tensor prate = leaf.apply(new double[] {0.5, 3, 20});
        new Poisson(prate).logProb(f32(0, 2, 25)).sum().backward();
        assertGrads(g.getAsJsonArray("poisson_log_prob"), List.of(prate), "poisson log_prob");
    }

    /** Each reparameterised sample hangs from PyTorch's node (Dirichlet's and Beta's from the _Dirichlet function). */
    @Test
    void rsampleNodesMatchPyTorch() throws Exception {
        JsonObject nodes = fixture().getAsJsonObject("rsample_nodes");
        Tensor c = f32(0.5, 2, 10, 1).requiresGrad_(true);
        Tensor r = f32(1, 2, 0.5, 1).requiresGrad_(true);
        assertEquals(nodes.get("gamma").getAsString(), new Gamma(c, r).rsample().gradFn().name());
        assertEquals(nodes.get("dirichlet").getAsString(), new Dirichlet(c).rsample().gradFn().name());
        Tensor beta = new Beta(c, r).rsample();
        assertEquals(nodes.get("beta").getAsString(), beta.gradFn().name());
        assertEquals(nodes.get("beta_inner").getAsString(), beta.gradFn().nextFunctions().get(0).function().name());
        Tensor tril = f32(1, 0, 0.5, 2).view(2, 2).requiresGrad_(true);
        assertEquals(nodes.get("mvn").getAsString(),
                new MultivariateNormal(f32(0, 1), MultivariateNormal.options().scaleTril(tril)).rsample().gradFn()
                        .name());
    }

    @Test
    void multivariateNormalGradientsMatchPyTorch() throws Exception {
        JsonObject g = fixture().getAsJsonObject("grads");
        double[] trilValues = {1, 0, 0, 0.5, 2, 0, -1, 0.3, 0.7};
        Tensor loc = f32(0, 1, 2).requiresGrad_(true);
        Tensor tril = f32(trilValues).view(3, 3).requiresGrad_(true);
        Torch.manualSeed(3);
        new MultivariateNormal(loc, MultivariateNormal.options().scaleTril(tril)).rsample(3).pow(2L).sum().backward();
        assertGrads(g.getAsJsonArray("mvn_rsample"), List.of(loc, tril), "mvn rsample");
        loc = f32(0, 1, 2).requiresGrad_(true);
        tril = f32(trilValues).view(3, 3).requiresGrad_(true);
        MultivariateNormal d = new MultivariateNormal(loc, MultivariateNormal.options().scaleTril(tril));
        d.logProb(f32(0, 0, 0, 1, 2, 3).view(2, 3)).sum().add(d.entropy()).backward();
        assertGrads(g.getAsJsonArray("mvn_log_prob_entropy"), List.of(loc, tril), "mvn log_prob + entropy");
        loc = f32(0, 1, 2).requiresGrad_(true);
        tril = f32(trilValues).view(3, 3).requiresGrad_(true);
        Kl.klDivergence(new MultivariateNormal(loc, MultivariateNormal.options().scaleTril(tril)),
                new MultivariateNormal(f32(0.5, 0, 0), f32(2, 0.5, 0, 0.5, 1, 0, 0, 0, 3).view(3, 3))).backward();
        assertGrads(g.getAsJsonArray("mvn_kl"), List.of(loc, tril), "mvn kl");
        Tensor cov = f32(2, 0.5, 0.5, 1).view(2, 2).requiresGrad_(true);
        new MultivariateNormal(f32(0, 1), cov).logProb(f32(0.5, -1)).backward();
        assertGrads(g.getAsJsonArray("mvn_covariance_log_prob"), List.of(cov), "mvn covariance log_prob");
        Tensor prec = f32(3, 1, 1, 2).view(2, 2).requiresGrad_(true);
        new MultivariateNormal(f32(0, 1), MultivariateNormal.options().precisionMatrix(prec)).logProb(f32(0.5, -1))
                .backward();
        assertGrads(g.getAsJsonArray("mvn_precision_log_prob"), List.of(prec), "mvn precision log_prob");
    }

    /** covariance_matrix, precision_matrix and scale_tril are views of one L, expanded to the batch shape. */
    @Test
    void multivariateNormalMatrices() {
        Tensor cov = f32(2, 0.5, 0.5, 1).view(2, 2);
        MultivariateNormal d = new MultivariateNormal(f32(0, 1, 2, 3).view(2, 2), cov);
        assertTrue(d.covarianceMatrix().allclose(cov.expand(2, 2, 2)));
        Tensor precision = cov.inverse();
        assertTrue(d.precisionMatrix().allclose(precision.expand(2, 2, 2)));
        MultivariateNormal fromPrecision = new MultivariateNormal(f32(0, 1),
                MultivariateNormal.options().precisionMatrix(precision));
        assertTrue(fromPrecision.covarianceMatrix().allclose(cov, 1e-5, 1e-6, false));
        assertArrayEquals(new int[] {2, 2, 2}, d.scaleTril().sizes());
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
        // each of these fails with validation on (validationFailsWithPyTorchsMessages); Beta passes the flag to its
        // Dirichlet
        assertEquals(false, new Gamma(f32(1, -1), f32(1, 1), false).validateArgs());
        assertEquals(false, new Beta(f32(0), f32(1), false).validateArgs());
        new Beta(f32(0.5), f32(1), false).logProb(f32(1.5));
        assertEquals(false, new Dirichlet(f32(1, -1), false).validateArgs());
        assertEquals(false, new Poisson(f32(-1), false).validateArgs());
        new Poisson(f32(1), false).logProb(f32(0.5));
        new MultivariateNormal(Torch.zeros(2), MultivariateNormal.options().scaleTril(f32(1, 2, 0, 1).view(2, 2))
                .validateArgs(false)).logProb(Torch.zeros(2));
        try {
            Distribution.setDefaultValidateArgs(false);
            new Exponential(f32(-1)).logProb(f32(-5));
        } finally {
            Distribution.setDefaultValidateArgs(true);
        }
    }
}

package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * With the same seed, jtorch's samplers give PyTorch 1.13's numbers call after call, and its errors for misuse
 * (fixture: tools/golden/random_distributions.py). Float64 values may differ from PyTorch's by the last bits of a
 * libm call (glibc's log/tan/exp versus Java's), float32 ones are bit-equal.
 */
class RandomDistributionsTest {
    private static final DType F64 = DType.FLOAT64;
    private static final double[] RATES = {0.0, 0.5, 3.0, 9.9, 10.0, 25.0, 100.0, 1e4};
    private static final double[] COUNTS = {10.0, 100.0, 1000.0, 5.0, 50.0, 0.0, 20.0, 7.0, 30.0};
    private static final double[] PROBS = {0.3, 0.5, 0.9, 0.99, 0.01, 0.5, 0.0, 1.0, 0.7};
    private static final double[] ALPHAS = {0.3, 1.0, 2.5, 0.05, 7.0, 1e-3, 100.0, 0.0};

    private static Tensor f32(double... v) {
        return Torch.tensor(v);
    }

    private static Tensor f64(double... v) {
        return Torch.fromArray(v);
    }

    private static double[] times(double[] v, int n) {
        double[] out = new double[v.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(v, 0, out, i * v.length, v.length);
        }
        return out;
    }

    private static final Map<String, Supplier<Tensor>> STEPS = Map.ofEntries(
            Map.entry("exponential_f64", () -> Torch.empty(Torch.options().dtype(F64), 5).exponential_(2.0)),
            Map.entry("exponential_f32_big", () -> Torch.empty(40).exponential_()),
            Map.entry("exponential_strided", () -> Torch.empty(4, 6).t().exponential_(0.5)),
            Map.entry("geometric_f32", () -> Torch.empty(20).geometric_(0.3)),
            Map.entry("geometric_i64", () -> Torch.empty(Torch.options().dtype(DType.INT64), 7).geometric_(0.05)),
            Map.entry("log_normal_small", () -> Torch.empty(3).logNormal_()),
            Map.entry("log_normal_f64_big", () -> Torch.empty(Torch.options().dtype(F64), 21).logNormal_(0.5, 0.25)),
            Map.entry("cauchy_f32", () -> Torch.empty(18).cauchy_()),
            Map.entry("cauchy_f64", () -> Torch.empty(Torch.options().dtype(F64), 2, 3).cauchy_(1.0, 2.0)),
            Map.entry("bernoulli_tensor_f32", () -> Torch.bernoulli(Torch.linspace(0, 1, 30))),
            Map.entry("bernoulli_tensor_f64",
                    () -> Torch.bernoulli(Torch.linspace(Torch.options().dtype(F64), 0, 1, 17))),
            Map.entry("bernoulli_tensor_strided", () -> Torch.bernoulli(Torch.linspace(0, 1, 12).view(3, 4).t())),
            Map.entry("bernoulli_p", () -> Torch.bernoulli(Torch.zeros(3, 7), 0.4)),
            Map.entry("bernoulli_method_p", () -> Torch.zeros(Torch.options().dtype(F64), 5).bernoulli(0.7)),
            Map.entry("bernoulli_inplace_broadcast",
                    () -> Torch.zeros(4, 5).bernoulli_(f32(0.1, 0.5, 0.9, 0.3, 0.7))),
            Map.entry("bernoulli_inplace_i64", () -> Torch.zeros(Torch.options().dtype(DType.INT64), 6)
                    .bernoulli_(Torch.full(Torch.options().dtype(F64), 0.5, 6))),
            Map.entry("bernoulli__strided_scalar", () -> Torch.zeros(5, 4).t().bernoulli_(0.5)),
            Map.entry("normal_tensor_tensor", () -> Torch.normal(Torch.arange(20.0).view(4, 5),
                    Torch.linspace(0.1, 2, 20).view(4, 5))),
            Map.entry("normal_tensor_tensor_small", () -> Torch.normal(Torch.zeros(3), Torch.ones(3).mul(2))),
            Map.entry("normal_tensor_tensor_broadcast", () -> Torch.normal(Torch.zeros(2, 1), Torch.ones(3))),
            Map.entry("normal_tensor_float", () -> Torch.normal(Torch.arange(6.0), 0.5)),
            Map.entry("normal_tensor_default", () -> Torch.normal(Torch.arange(Torch.options().dtype(F64), 17))),
            Map.entry("normal_float_tensor", () -> Torch.normal(1.0, Torch.linspace(0, 3, 18))),
            Map.entry("normal_size", () -> Torch.normal(2., 3., 5)),
            Map.entry("normal_size_f64", () -> Torch.normal(Torch.options().dtype(F64), -1., 0.5, 4, 5)),
            Map.entry("normal__strided", () -> Torch.empty(6, 4).t().normal_()),
            Map.entry("uniform__strided", () -> Torch.empty(3, 5).t().uniform_()),
            Map.entry("poisson_f64", () -> Torch.poisson(f64(times(RATES, 3)))),
            Map.entry("poisson_f32", () -> Torch.poisson(f32(RATES).view(2, 4))),
            Map.entry("poisson_strided", () -> Torch.poisson(f32(RATES).view(2, 4).t())),
            Map.entry("binomial_f64", () -> Torch.binomial(f64(times(COUNTS, 2)), f64(times(PROBS, 2)))),
            Map.entry("binomial_f32", () -> Torch.binomial(f32(COUNTS), f32(PROBS))),
            Map.entry("multinomial_replacement_1d", () -> Torch.multinomial(f32(0.1, 0.2, 0.3, 0.4), 10, true)),
            Map.entry("multinomial_replacement_2d_f64",
                    () -> Torch.multinomial(f64(1, 0, 2, 5, 0.5, 0.5, 0, 0).view(2, 4), 7, true)),
            Map.entry("multinomial_no_replacement", () -> Torch.multinomial(f32(1, 2, 3, 4, 5), 3)),
            Map.entry("multinomial_one_sample", () -> Torch.multinomial(f32(1, 2, 3, 3, 2, 1).view(2, 3), 1)),
            Map.entry("multinomial_one_sample_replacement",
                    () -> Torch.multinomial(f32(1, 2, 3, 3, 2, 1).view(2, 3), 1, true)),
            Map.entry("multinomial_no_replacement_big", () -> Torch.multinomial(Torch.arange(1.0, 41.0), 20)),
            Map.entry("multinomial_column_major",
                    () -> Torch.multinomial(Torch.arange(1.0, 13.0).view(3, 4).t(), 2)),
            Map.entry("standard_gamma_f64", () -> Torch.standardGamma(f64(times(ALPHAS, 2)))),
            Map.entry("standard_gamma_f32", () -> Torch.standardGamma(f32(times(ALPHAS, 2)))),
            Map.entry("dirichlet_f64", () -> Torch.sampleDirichlet(f64(0.5, 1, 2, 3, 0.1, 4).view(2, 3))),
            Map.entry("dirichlet_f32", () -> Torch.sampleDirichlet(f32(0.5, 1, 2, 0.01, 3, 0.1, 4, 1).view(2, 4))),
            Map.entry("empty_exponential", () -> Torch.empty(0, 3).exponential_()),
            Map.entry("empty_poisson", () -> Torch.poisson(Torch.empty(0))));

    private static final Map<String, Executable> ERRORS = Map.ofEntries(
            Map.entry("exponential_negative", () -> Torch.empty(3).exponential_(-1.0)),
            Map.entry("exponential_int", () -> Torch.empty(Torch.options().dtype(DType.INT64), 3).exponential_()),
            Map.entry("geometric_zero", () -> Torch.empty(3).geometric_(0.0)),
            Map.entry("geometric_one", () -> Torch.empty(3).geometric_(1.0)),
            Map.entry("log_normal_zero_std", () -> Torch.empty(3).logNormal_(0.0, 0.0)),
            Map.entry("cauchy_int", () -> Torch.empty(Torch.options().dtype(DType.INT64), 3).cauchy_()),
            Map.entry("bernoulli_tensor_p_above_one", () -> Torch.bernoulli(f32(0.5, 1.5))),
            Map.entry("bernoulli_tensor_int", () -> Torch.bernoulli(Torch.tensor(new long[] {0, 1}))),
            Map.entry("normal_negative_std_tensor", () -> Torch.normal(Torch.zeros(2), f32(1.0, -1.0))),
            Map.entry("normal_negative_std_float", () -> Torch.normal(Torch.zeros(2), -1.0)),
            Map.entry("poisson_negative", () -> Torch.poisson(f32(1.0, -1.0))),
            Map.entry("poisson_int", () -> Torch.poisson(Torch.tensor(new long[] {1, 2}))),
            Map.entry("binomial_mixed_dtypes", () -> Torch.binomial(f32(1.0), f64(0.5))),
            Map.entry("multinomial_3d", () -> Torch.multinomial(Torch.ones(2, 2, 2), 1)),
            Map.entry("multinomial_int", () -> Torch.multinomial(Torch.tensor(new long[] {1, 2}), 1)),
            Map.entry("multinomial_zero_samples", () -> Torch.multinomial(Torch.ones(3), 0)),
            Map.entry("multinomial_too_many", () -> Torch.multinomial(Torch.ones(3), 4)),
            Map.entry("multinomial_negative", () -> Torch.multinomial(f32(1.0, -1.0, 2.0), 2)),
            Map.entry("multinomial_zero_sum", () -> Torch.multinomial(Torch.zeros(3), 2)),
            Map.entry("multinomial_zero_sum_replacement", () -> Torch.multinomial(Torch.zeros(3), 2, true)),
            Map.entry("multinomial_negative_replacement", () -> Torch.multinomial(f32(1.0, -1.0, 2.0), 2, true)),
            Map.entry("multinomial_inf_replacement",
                    () -> Torch.multinomial(f32(1.0, Double.POSITIVE_INFINITY), 2, true)));

    private static JsonObject fixture() throws Exception {
        try (var in = RandomDistributionsTest.class.getResourceAsStream("/fixtures/random_distributions.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    @Test
    void sameSeedSameSamplesAsPyTorch() throws Exception {
        Set<String> seen = new HashSet<>();
        for (JsonElement c : fixture().getAsJsonArray("cases")) {
            JsonObject seq = c.getAsJsonObject();
            long seed = seq.get("seed").getAsLong();
            Torch.manualSeed(seed);
            for (JsonElement s : seq.getAsJsonArray("steps")) {
                JsonObject step = s.getAsJsonObject();
                String name = step.get("name").getAsString();
                seen.add(name);
                Tensor t = STEPS.get(name).get();
                OpFixtures.assertTensor("seed " + seed + " " + name, step.getAsJsonObject("out"), t,
                        new double[] {1e-13, 0});
            }
        }
        assertEquals(STEPS.keySet(), seen);
    }

    @Test
    void misuseFailsWithPyTorchsMessage() throws Exception {
        Set<String> seen = new HashSet<>();
        for (JsonElement e : fixture().getAsJsonArray("errors")) {
            JsonObject err = e.getAsJsonObject();
            String name = err.get("name").getAsString();
            seen.add(name);
            RuntimeException ex = assertThrows(RuntimeException.class, ERRORS.get(name), name);
            assertEquals(err.get("message").getAsString(), ex.getMessage(), name);
        }
        assertEquals(ERRORS.keySet(), seen);
    }

    @Test
    void anExplicitGeneratorLeavesTheDefaultOneAlone() {
        Torch.manualSeed(7);
        Tensor a = Torch.poisson(f32(3, 30, 300));
        Torch.manualSeed(7);
        Tensor b = Torch.poisson(f32(3, 30, 300), new Generator(1));
        Tensor c = Torch.poisson(f32(3, 30, 300));
        assertTrue(a.equal(c));
        assertTrue(b.equal(Torch.poisson(f32(3, 30, 300), new Generator(1))));
    }
}

package jtorch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.testing.OpFixtures;
import org.junit.jupiter.api.Test;

/**
 * With the same seed, jtorch's tensor factories and in-place random fills give PyTorch's numbers,
 * call after call (fixture: tools/golden/random_tensors.py).
 */
class RandomTensorsTest {
    private static final Map<String, Supplier<Tensor>> STEPS = Map.ofEntries(
            Map.entry("rand", () -> Torch.rand(2, 3)),
            Map.entry("randn", () -> Torch.randn(4, 5)),
            Map.entry("randn_small", () -> Torch.randn(3)),
            Map.entry("randint", () -> Torch.randint(0, 10, 7)),
            Map.entry("randint_neg", () -> Torch.randint(-5, 5, 2, 2)),
            Map.entry("randperm", () -> Torch.randperm(10)),
            Map.entry("uniform_", () -> Torch.empty(20).uniform_(-2, 3)),
            Map.entry("normal_", () -> Torch.empty(17).normal_(1, 0.5)),
            Map.entry("bernoulli_", () -> Torch.empty(30).bernoulli_(0.3)),
            Map.entry("rand_f64", () -> Torch.rand(Torch.options().dtype(DType.FLOAT64), 3)),
            Map.entry("randn_f64", () -> Torch.randn(Torch.options().dtype(DType.FLOAT64), 3, 4)),
            Map.entry("rand_like", () -> Torch.randLike(Torch.zeros(2, 2))),
            Map.entry("randn_like", () -> Torch.randnLike(Torch.zeros(5))),
            Map.entry("random_", () -> Torch.empty(Torch.options().dtype(DType.INT64), 6).random_(3, 9)),
            Map.entry("randn_big", () -> Torch.randn(64, 10)));

    @Test
    void sameSeedSameNumbersAsPyTorch() throws Exception {
        try (var in = getClass().getResourceAsStream("/fixtures/random_tensors.json")) {
            JsonObject doc = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement c : doc.getAsJsonArray("cases")) {
                JsonObject seq = c.getAsJsonObject();
                long seed = seq.get("seed").getAsLong();
                Torch.manualSeed(seed);
                for (JsonElement s : seq.getAsJsonArray("steps")) {
                    JsonObject step = s.getAsJsonObject();
                    String name = step.get("name").getAsString();
                    Tensor t = STEPS.get(name).get();
                    OpFixtures.assertTensor("seed " + seed + " " + name, step.getAsJsonObject("out"), t,
                            new double[] {1e-6, 1e-7});
                }
            }
        }
    }
}

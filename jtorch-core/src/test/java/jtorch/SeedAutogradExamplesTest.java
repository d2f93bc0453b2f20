package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The autograd examples of the seed notes (004, section 4), translated line by line, against the values
 * PyTorch printed for the same seeds (fixture: tools/golden/seed_autograd.py).
 */
class SeedAutogradExamplesTest {
    private static JsonObject fx;

    @BeforeAll
    static void load() throws Exception {
        try (var in = SeedAutogradExamplesTest.class.getResourceAsStream("/fixtures/seed_autograd.json")) {
            fx = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static float[] flat(JsonElement e) {
        List<Float> out = new java.util.ArrayList<>();
        flatten(e, out);
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static void flatten(JsonElement e, List<Float> out) {
        if (e.isJsonArray()) {
            for (JsonElement x : (JsonArray) e) {
                flatten(x, out);
            }
        } else {
            out.add(e.getAsFloat());
        }
    }

    @Test
    void mseWithAutogradGradAndBackward() {
        Tensor x = Torch.ones(1);
        Tensor w = Torch.full(new int[] {1}, 2.0);
        w.requiresGrad_();
        Tensor mse = F.mseLoss(Torch.ones(1), x.mul(w));
        assertArrayEquals(flat(fx.get("mse_grad")), Torch.autograd().grad(mse, List.of(w)).get(0).toFloatArray());
        mse = F.mseLoss(Torch.ones(1), x.mul(w));
        mse.backward();
        assertArrayEquals(flat(fx.get("mse_backward")), w.grad().toFloatArray());
    }

    @Test
    void softmaxGradients() {
        Torch.manualSeed(0);
        Tensor a = Torch.rand(3);
        a.requiresGrad_();
        Tensor p = F.softmax(a, 0);
        assertArrayEquals(flat(fx.get("softmax_p")), p.toFloatArray(), 1e-6f);
        Tensor dp1 = Torch.autograd().grad(List.of(p.get("1")), List.of(a), null, true, false, false).get(0);
        assertArrayEquals(flat(fx.get("softmax_dp1")), dp1.toFloatArray(), 1e-6f);
        Tensor dp2 = Torch.autograd().grad(p.get("2"), List.of(a)).get(0);
        assertArrayEquals(flat(fx.get("softmax_dp2")), dp2.toFloatArray(), 1e-6f);
    }

    private static void perceptron(long seed, int outputs, String key) {
        Torch.manualSeed(seed);
        Tensor x = Torch.randn(1, 10);
        Tensor w = Torch.randn(Torch.options().requiresGrad(true), outputs, 10);
        Tensor o = Torch.sigmoid(x.matmul(w.t()));
        assertArrayEquals(new int[] {1, outputs}, o.sizes());
        Tensor loss = F.mseLoss(Torch.ones(1, 1), o);
        loss.backward();
        JsonObject e = fx.getAsJsonObject(key);
        assertArrayEquals(flat(e.get("o")), o.toFloatArray(), 1e-6f);
        assertEquals(e.get("loss").getAsDouble(), loss.item(), 1e-6);
        assertArrayEquals(flat(e.get("wgrad")), w.grad().toFloatArray(), 1e-6f);
    }

    @Test
    void singleOutputPerceptron() {
        perceptron(1, 1, "perceptron1");
    }

    @Test
    void multiOutputPerceptron() {
        perceptron(2, 2, "perceptron2");
    }

    @Test
    void activationsOnLinspace() {
        assertArrayEquals(flat(fx.get("sigmoid_linspace")), Torch.sigmoid(Torch.linspace(-100, 100, 10)).toFloatArray(), 1e-7f);
        assertArrayEquals(flat(fx.get("relu_linspace")), Torch.relu(Torch.linspace(-1, 1, 10)).toFloatArray(), 1e-7f);
    }
}

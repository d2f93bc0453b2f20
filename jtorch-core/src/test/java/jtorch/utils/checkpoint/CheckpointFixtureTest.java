package jtorch.utils.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import jtorch.Warnings;
import jtorch.nn.functional.F;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * torch.utils.checkpoint.checkpoint against PyTorch 1.13 (tools/golden/nn_transformer_utils.py): a block with
 * dropout gives PyTorch's output and gradients (inputs and the parameters used inside) when its activations are
 * recomputed in backward, with the generator's state restored for the recomputation (or not, with
 * preserve_rng_state=False) and the caller's random stream continuing as PyTorch's.
 */
class CheckpointFixtureTest {

    static Stream<JsonObject> cases() throws Exception {
        try (var in = CheckpointFixtureTest.class.getResourceAsStream("/fixtures/nn_checkpoint.json")) {
            JsonArray all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonArray("cases");
            List<JsonObject> out = new ArrayList<>();
            all.forEach(e -> out.add(e.getAsJsonObject()));
            return out.stream();
        }
    }

    private static Tensor leaf(JsonObject c, String k, boolean grad) {
        return OpFixtures.tensor(c.getAsJsonObject(k), Layout.CONTIGUOUS).requiresGrad_(grad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(JsonObject c) {
        Tensor x = leaf(c, "x", c.get("x_grad").getAsBoolean());
        Tensor w1 = leaf(c, "w1", true);
        Tensor b = leaf(c, "b", true);
        Tensor w2 = leaf(c, "w2", true);
        double p = c.get("p").getAsDouble();
        Checkpoint.Options o = Checkpoint.options().preserveRngState(c.get("preserve_rng_state").getAsBoolean());
        Torch.manualSeed(c.get("forward_seed").getAsLong());
        Tensor[] out = new Tensor[1];
        List<Warnings.Warning> warned = Warnings.record(() -> out[0] = Checkpoint.checkpoint(
                in -> F.dropout(in[0].matmul(w1).add(b).tanh(), p, true).matmul(w2), o, x));
        if (c.has("warning")) {
            assertEquals(c.get("warning").getAsString(), warned.get(0).message());
        } else {
            assertEquals(List.of(), warned);
        }
        OpFixtures.assertTensor("out", c.getAsJsonObject("out"), out[0], null);
        OpFixtures.assertTensor("between", c.getAsJsonObject("between"), Torch.rand(3), null);
        Tensor go = OpFixtures.tensor(c.getAsJsonObject("grad_out"), Layout.CONTIGUOUS);
        if (c.has("error")) {
            assertFalse(out[0].requiresGrad());
            assertThrows(RuntimeException.class, () -> out[0].backward(go));
            return;
        }
        assertEquals("CheckpointFunctionBackward", out[0].gradFn().name());
        out[0].backward(go);
        OpFixtures.assertTensor("after", c.getAsJsonObject("after"), Torch.rand(3), null);
        JsonObject grads = c.getAsJsonObject("grads");
        Tensor[] leaves = {x, w1, b, w2};
        String[] names = {"x", "w1", "b", "w2"};
        for (int i = 0; i < 4; i++) {
            JsonElement want = grads.get(names[i]);
            if (want.isJsonNull()) {
                assertNull(leaves[i].grad(), names[i]);
            } else {
                OpFixtures.assertTensor("grad of " + names[i], want.getAsJsonObject(), leaves[i].grad(), null);
            }
        }
    }

    /** Without randomness, checkpointing changes nothing: the gradients equal the plain graph's (float64). */
    @Test
    void equalsThePlainGraph() {
        Torch.manualSeed(1);
        Tensor w = Torch.randn(Torch.options().dtype(jtorch.DType.FLOAT64).requiresGrad(true), 3, 3);
        Tensor x1 = Torch.randn(Torch.options().dtype(jtorch.DType.FLOAT64).requiresGrad(true), 2, 3);
        Tensor x2 = x1.detach().clone().requiresGrad_(true);
        Checkpoint.checkpoint(in -> in[0].matmul(w).sigmoid().matmul(w), x1).sum().backward();
        Tensor gw = w.grad().clone();
        w.grad().zero_();
        x2.matmul(w).sigmoid().matmul(w).sum().backward();
        assertEquals(0.0, x1.grad().sub(x2.grad()).abs().max().item(), 1e-15);
        assertEquals(0.0, gw.sub(w.grad()).abs().max().item(), 1e-15);
    }
}

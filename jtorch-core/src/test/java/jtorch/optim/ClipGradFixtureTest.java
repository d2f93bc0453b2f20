package jtorch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.utils.ClipGrad;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** clip_grad_norm_ / clip_grad_value_ against PyTorch 1.13 (fixtures/optim/clip_grad.json). */
class ClipGradFixtureTest {
    static Stream<Arguments> cases() {
        return OptimFixtures.load("clip_grad").stream().map(c -> Arguments.of(c.get("name").getAsString(), c));
    }

    static double num(JsonElement e) {
        if (e.getAsJsonPrimitive().isString()) {
            return switch (e.getAsString()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                default -> Double.NEGATIVE_INFINITY;
            };
        }
        return e.getAsDouble();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, JsonObject c) {
        List<Tensor> ps = new ArrayList<>();
        for (JsonElement g : c.getAsJsonArray("grads")) {
            if (g.isJsonNull()) {
                ps.add(Torch.zeros(2).requiresGrad_(true));
            } else {
                Tensor grad = OpFixtures.tensor(g.getAsJsonObject(), Layout.CONTIGUOUS);
                Tensor p = Torch.zeros(grad.sizes()).requiresGrad_(true);
                p.setGrad(grad);
                ps.add(p);
            }
        }
        JsonObject args = c.getAsJsonObject("args");
        if (c.get("fn").getAsString().equals("clip_grad_value_")) {
            ClipGrad.clipGradValue_(ps, num(args.get("clip_value")));
        } else {
            double maxNorm = num(args.get("max_norm"));
            double normType = num(args.get("norm_type"));
            boolean error = args.has("error_if_nonfinite") && args.get("error_if_nonfinite").getAsBoolean();
            if (c.has("error")) {
                var e = assertThrows(IllegalStateException.class, () -> ClipGrad.clipGradNorm_(ps, maxNorm, normType, error));
                assertEquals(c.get("error").getAsString(), e.getMessage());
                return;
            }
            Tensor total = ClipGrad.clipGradNorm_(ps, maxNorm, normType, error);
            double expected = num(c.getAsJsonObject("out").get("total_norm"));
            double got = total.item();
            assertTrue(Double.isNaN(expected) ? Double.isNaN(got) : Math.abs(got - expected) <= 1e-6 * Math.abs(expected)
                    || got == expected, name + ": total norm " + got + " vs " + expected);
        }
        var outGrads = c.getAsJsonObject("out").getAsJsonArray("grads");
        for (int i = 0; i < ps.size(); i++) {
            if (outGrads.get(i).isJsonNull()) {
                assertNull(ps.get(i).grad());
            } else {
                // norms reduce in another order than PyTorch's kernels: float32 rounding noise only
                OpFixtures.assertTensor(name + " grad " + i, outGrads.get(i).getAsJsonObject(), ps.get(i).grad(),
                        new double[] {1e-6, 1e-7});
            }
        }
    }
}

package jtorch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every optimizer against PyTorch 1.13's parameters after each of 6 steps (fixtures/optim/optim.json). */
class OptimFixtureTest {
    // float rounding only: the per-element updates follow PyTorch's op order and fused multiply-adds
    private static final double[] EXACT = {0, 0};

    static Stream<Arguments> stepCases() {
        return OptimFixtures.load("optim").stream().filter(c -> c.has("steps") && c.has("optimizer"))
                .flatMap(c -> Stream.of(Layout.CONTIGUOUS, Layout.STRIDED)
                        .map(l -> Arguments.of(c.get("name").getAsString(), c, l)));
    }

    static Stream<Arguments> errorCases() {
        return OptimFixtures.load("optim").stream().filter(c -> c.has("error"))
                .map(c -> Arguments.of(c.get("name").getAsString(), c));
    }

    static Stream<Arguments> lbfgsCases() {
        return OptimFixtures.load("optim").stream().filter(c -> c.get("name").getAsString().startsWith("LBFGS/"))
                .map(c -> Arguments.of(c.get("name").getAsString(), c));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("stepCases")
    void stepsMatchPyTorch(String name, JsonObject c, Layout layout) {
        List<Tensor> ps = new ArrayList<>();
        for (JsonElement t : c.getAsJsonArray("init")) {
            ps.add(OpFixtures.tensor(t.getAsJsonObject(), layout).requiresGrad_(true));
        }
        ParamGroup g1 = ParamGroup.of(ps.get(2));
        OptimFixtures.override(g1, c.getAsJsonObject("group1"));
        Optimizer opt = OptimFixtures.build(c.get("optimizer").getAsString(),
                List.of(ParamGroup.of(ps.subList(0, 2)), g1), c.getAsJsonObject("kwargs"));
        int step = 0;
        for (JsonElement s : c.getAsJsonArray("steps")) {
            var grads = s.getAsJsonObject().getAsJsonArray("grads");
            for (int i = 0; i < ps.size(); i++) {
                ps.get(i).setGrad(grads.get(i).isJsonNull() ? null
                        : OpFixtures.tensor(grads.get(i).getAsJsonObject(), Layout.CONTIGUOUS));
            }
            opt.step();
            var expected = s.getAsJsonObject().getAsJsonArray("params");
            for (int i = 0; i < ps.size(); i++) {
                OpFixtures.assertTensor(name + " step " + step + " param " + i, expected.get(i).getAsJsonObject(),
                        ps.get(i).detach(), EXACT);
            }
            step++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void validationMessagesArePyTorchs(String name, JsonObject c) {
        Tensor p = jtorch.Torch.zeros(2).requiresGrad_(true);
        var e = assertThrows(IllegalArgumentException.class, () -> OptimFixtures.build(
                c.get("optimizer").getAsString(), List.of(ParamGroup.of(p)), c.getAsJsonObject("kwargs")));
        assertEquals(c.get("error").getAsString(), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void sparseAdamRefusesDenseGradients() {
        JsonObject c = OptimFixtures.load("optim").stream().filter(o -> o.has("step_error")).findFirst().orElseThrow();
        Tensor p = jtorch.Torch.zeros(2).requiresGrad_(true);
        p.setGrad(jtorch.Torch.ones(2));
        var opt = new SparseAdam(List.of(p));
        var e = assertThrows(IllegalStateException.class, opt::step);
        assertEquals(c.get("step_error").getAsString(), e.getMessage());
    }

    static Tensor smooth(Tensor x) {
        Tensor w = jtorch.Torch.tensor(new double[] {1.0, 2.0, 3.0, 0.5});
        return x.sub(0.5).pow(2L).mul(w).sum().add(x.pow(4L).sum().mul(0.25)).add(x.select(0, 0).mul(x.select(0, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lbfgsCases")
    void lbfgsMatchesPyTorch(String name, JsonObject c) {
        Tensor x = OpFixtures.tensor(c.getAsJsonArray("init").get(0).getAsJsonObject(), Layout.CONTIGUOUS)
                .requiresGrad_(true);
        LBFGS opt = (LBFGS) OptimFixtures.build("LBFGS", List.of(ParamGroup.of(x)), c.getAsJsonObject("kwargs"));
        Supplier<Tensor> closure = () -> {
            opt.zeroGrad();
            Tensor loss = smooth(x);
            loss.backward();
            return loss;
        };
        int step = 0;
        for (JsonElement s : c.getAsJsonArray("steps")) {
            JsonObject so = s.getAsJsonObject();
            Tensor loss = opt.step(closure);
            assertEquals(so.get("loss").getAsDouble(), loss.item(), 1e-5 * Math.abs(so.get("loss").getAsDouble()),
                    name + " loss " + step);
            // dot products sum in another order than OpenBLAS: agreement to float32 rounding noise
            OpFixtures.assertTensor(name + " step " + step, so.getAsJsonArray("params").get(0).getAsJsonObject(),
                    x.detach(), new double[] {1e-4, 1e-5});
            assertEquals(so.get("func_evals").getAsInt(), opt.state(x).get("func_evals"), name + " func_evals");
            assertEquals(so.get("n_iter").getAsInt(), opt.state(x).get("n_iter"), name + " n_iter");
            step++;
        }
    }
}

package jtorch.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;
import jtorch.optim.lr.StepLR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's Himmelblau example from its four starting points and the scheduler-first warning, against PyTorch
 * (fixtures/optim/optim_training.json), and resuming from optimizer + scheduler state dicts.
 */
class OptimTrainingTest {
    static Tensor himmelblau(Tensor x) {
        Tensor a = x.select(0, 0);
        Tensor b = x.select(0, 1);
        return a.pow(2L).add(b).sub(11L).pow(2L).add(a.add(b.pow(2L)).sub(7L).pow(2L));
    }

    static Stream<Arguments> himmelblauRuns() {
        return OptimFixtures.loadArray("optim_training", "himmelblau").stream()
                .map(r -> Arguments.of(r.get("start").toString(), r));
    }

    /** 004's loop: Adam(lr=1e-3), 20000 steps, from [0, 0] and the seed's other starting points, as PyTorch runs it. */
    @ParameterizedTest(name = "from {0}")
    @MethodSource("himmelblauRuns")
    void himmelblauWithAdamReachesPyTorchsMinimum(String start, JsonObject run) {
        JsonArray s = run.getAsJsonArray("start");
        Tensor x = Torch.tensor(new double[] {s.get(0).getAsDouble(), s.get(1).getAsDouble()}).toFloat()
                .requiresGrad_(true);
        var opt = new Adam(List.of(x), 1e-3);
        JsonArray log = run.getAsJsonArray("log");
        int logged = 0;
        for (int step = 0; step < 20000; step++) {
            Tensor pred = himmelblau(x);
            opt.zeroGrad();
            pred.backward();
            if (step % 2000 == 0) {
                JsonObject e = log.get(logged++).getAsJsonObject();
                assertPoint("step " + step, e.getAsJsonArray("x"), x);
                assertEquals(e.get("f").getAsDouble(), pred.item(), 1e-4 * Math.max(1, e.get("f").getAsDouble()),
                        "f at step " + step);
            }
            opt.step();
        }
        assertEquals(log.size(), logged);
        JsonObject fin = run.getAsJsonObject("final");
        assertPoint("final", fin.getAsJsonArray("x"), x);
        assertTrue(fin.get("f").getAsDouble() < 1e-6, "PyTorch's minimum");
        assertTrue(himmelblau(x.detach()).item() < 1e-6, "f at jtorch's point");
    }

    // the pow/add chain may round differently from PyTorch's in the last bit; Adam's normalised steps keep it there
    private static void assertPoint(String what, JsonArray expected, Tensor x) {
        float[] v = x.detach().toFloatArray();
        for (int i = 0; i < 2; i++) {
            assertEquals(expected.get(i).getAsDouble(), v[i], 1e-5, what + " x[" + i + "]");
        }
    }

    @Test
    void schedulerBeforeOptimizerWarnsAsPyTorchDoes() {
        // the seed's loop order steps the scheduler first: PyTorch warns once, the usual order not at all
        List<JsonObject> expected = OptimFixtures.loadArray("optim_training", "warnings");
        List<String> got = new java.util.ArrayList<>();
        for (boolean schedulerFirst : new boolean[] {true, false}) {
            Tensor w = Torch.zeros(2).requiresGrad_(true);
            var opt = new SGD(List.of(w), 0.1);
            var sched = new StepLR(opt, 1);
            for (Warnings.Warning warning : Warnings.record(() -> {
                for (int i = 0; i < 3; i++) {
                    w.sum().backward();
                    if (schedulerFirst) {
                        sched.step();
                        opt.step();
                    } else {
                        opt.step();
                        sched.step();
                    }
                }
            })) {
                got.add((schedulerFirst ? "scheduler_first" : "optimizer_first") + " " + warning.category() + ": "
                        + warning.message());
            }
        }
        List<String> want = expected.stream().map(e -> e.get("name").getAsString() + " "
                + e.get("category").getAsString() + ": " + e.get("message").getAsString()).toList();
        assertEquals(want, got);
    }

    private static Tensor quadLoss(List<Tensor> ps) {
        return ps.get(0).sub(1.0).pow(2L).sum().add(ps.get(1).mul(ps.get(1)).mul(3.0).sum());
    }

    private static List<Tensor> params() {
        Torch.manualSeed(11);
        return List.of(Torch.randn(4, 3).requiresGrad_(true), Torch.randn(5).requiresGrad_(true));
    }

    private static void train(Optimizer opt, StepLR sched, List<Tensor> ps, int steps) {
        for (int i = 0; i < steps; i++) {
            opt.zeroGrad();
            quadLoss(ps).backward();
            opt.step();
            sched.step();
        }
    }

    @Test
    void resumingFromStateDictsContinuesTheSameTrajectory() {
        List<Tensor> a = params();
        var optA = new Adam(List.of(ParamGroup.of(a.get(0)), ParamGroup.of(a.get(1)).lr(0.05)),
                Adam.options().lr(0.02).amsgrad(true));
        var schedA = new StepLR(optA, 3, 0.5);
        train(optA, schedA, a, 5);
        Map<String, Object> optState = optA.stateDict();
        Map<String, Object> schedState = schedA.stateDict();
        List<Tensor> b = List.of(a.get(0).detach().clone().requiresGrad_(true),
                a.get(1).detach().clone().requiresGrad_(true));
        var optB = new Adam(List.of(ParamGroup.of(b.get(0)), ParamGroup.of(b.get(1)).lr(0.05)),
                Adam.options().lr(0.02).amsgrad(true));
        var schedB = new StepLR(optB, 3, 0.5);
        optB.loadStateDict(optState);
        schedB.loadStateDict(schedState);
        train(optA, schedA, a, 7);
        train(optB, schedB, b, 7);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(a.get(i).detach().toFloatArray(), b.get(i).detach().toFloatArray());
        }
        assertEquals(schedA.getLastLr(), schedB.getLastLr());
        assertEquals(schedA.lastEpoch(), schedB.lastEpoch());
    }

    @Test
    void stateDictHasPyTorchsStructure() {
        List<Tensor> ps = params();
        var opt = new SGD(List.of(ParamGroup.of(ps.get(0)), ParamGroup.of(ps.get(1)).lr(0.5)),
                SGD.options(0.1).momentum(0.9));
        opt.zeroGrad();
        quadLoss(ps).backward();
        opt.step();
        Map<String, Object> sd = opt.stateDict();
        @SuppressWarnings("unchecked")
        var groups = (List<Map<String, Object>>) sd.get("param_groups");
        assertEquals(List.of(0), groups.get(0).get("params"));
        assertEquals(List.of(1), groups.get(1).get("params"));
        assertEquals(0.5, groups.get(1).get("lr"));
        assertEquals(0.9, groups.get(1).get("momentum"));
        @SuppressWarnings("unchecked")
        var state = (Map<Integer, Map<String, Object>>) sd.get("state");
        assertEquals(java.util.Set.of(0, 1), state.keySet());
        assertTrue(state.get(0).get("momentum_buffer") instanceof Tensor);
    }
}

package jtorch.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.optim.lr.StepLR;
import org.junit.jupiter.api.Test;

/** The seed's Himmelblau example and resuming from optimizer + scheduler state dicts. */
class OptimTrainingTest {
    static Tensor himmelblau(Tensor x) {
        Tensor a = x.select(0, 0);
        Tensor b = x.select(0, 1);
        return a.pow(2L).add(b).sub(11L).pow(2L).add(a.add(b.pow(2L)).sub(7L).pow(2L));
    }

    @Test
    void himmelblauWithAdamReachesThreeTwo() {
        // 004's loop: Adam(lr=1e-3), 20000 steps from [0, 0]; PyTorch 1.13 ends at (3.0, 2.0) with f = 0
        Tensor x = Torch.tensor(new double[] {0.0, 0.0}).toFloat().requiresGrad_(true);
        var opt = new Adam(List.of(x), 1e-3);
        for (int step = 0; step < 20000; step++) {
            Tensor pred = himmelblau(x);
            opt.zeroGrad();
            pred.backward();
            opt.step();
        }
        float[] v = x.detach().toFloatArray();
        assertEquals(3.0f, v[0], 1e-5f);
        assertEquals(2.0f, v[1], 1e-5f);
        assertTrue(himmelblau(x.detach()).item() < 1e-6);
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

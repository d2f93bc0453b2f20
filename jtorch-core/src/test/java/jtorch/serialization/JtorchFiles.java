package jtorch.serialization;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Linear;
import jtorch.nn.Parameter;
import jtorch.nn.Sequential;
import jtorch.nn.Tanh;
import jtorch.nn.functional.F;
import jtorch.optim.ParamGroup;
import jtorch.optim.SGD;
import jtorch.optim.lr.StepLR;

/**
 * The files tools/golden/check_jtorch_files.py loads in PyTorch. Every value is reproducible in PyTorch from the
 * same seeds (jtorch's generator and initialisers give PyTorch's numbers), so the script rebuilds what each file
 * should hold with PyTorch alone and compares.
 */
final class JtorchFiles {
    private JtorchFiles() {
    }

    static void writeAll(Path d) {
        Torch.manualSeed(42);
        Sequential model = tiny();
        Torch.save(model.stateDict(), d.resolve("jt_state_dict.pt"));
        Torch.save(model.stateDict(), d.resolve("jt_weights.safetensors"));
        Torch.save(SerializationWriteTest.viewsOfOneStorage(), d.resolve("jt_views.pt"));
        Torch.save(SerializationWriteTest.everyDtype(), d.resolve("jt_dtypes.pt"));

        // SGD with momentum, two groups, StepLR: 3 steps, as serialization.py trains in PyTorch
        Torch.manualSeed(3);
        Sequential m = tiny();
        List<Parameter> ps = m.parameters();
        SGD opt = new SGD(List.of(ParamGroup.of(ps.get(0), ps.get(1)), ParamGroup.of(ps.get(2), ps.get(3)).lr(0.1)),
                SGD.options(0.01).momentum(0.9).weightDecay(1e-4));
        StepLR sched = new StepLR(opt, 2, 0.5);
        Torch.manualSeed(5);
        Tensor data = Torch.randn(5, 4);
        Torch.manualSeed(6);
        Tensor target = Torch.randn(5, 2);
        for (int i = 0; i < 3; i++) {
            opt.zeroGrad();
            F.mseLoss(m.call(data), target).backward();
            opt.step();
            sched.step();
        }
        Torch.save(opt.stateDict(), d.resolve("jt_optimizer.pt"));
        Torch.manualSeed(7);
        Torch.rand(3);
        Map<String, Object> ck = new LinkedHashMap<>();
        ck.put("epoch", 3);
        ck.put("best_acc", 0.75);
        ck.put("model", m.stateDict());
        ck.put("optimizer", opt.stateDict());
        ck.put("scheduler", sched.stateDict());
        ck.put("rng_state", Torch.getRngState());
        ck.put("history", List.of(List.of(1, 0.5), List.of(2, 0.25, "x"), List.of()));
        ck.put("big", 1L << 40);
        ck.put("none", null);
        Torch.save(ck, d.resolve("jt_checkpoint.pt"));
        // every scheduler of tools/golden/lr_scheduler.py after 13 steps, with its optimizer
        Torch.save(jtorch.optim.lr.LrSchedulerStateTest.statesAfterSteps(), d.resolve("jt_schedulers.pt"));
    }

    static Sequential tiny() {
        return new Sequential(new Linear(4, 3), new Tanh(), new Linear(3, 2));
    }
}

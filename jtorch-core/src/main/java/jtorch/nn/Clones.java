package jtorch.nn;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * PyTorch's {@code copy.deepcopy} of a module whose architecture a supplier rebuilds: Java cannot deep-copy an
 * arbitrary module, so the copy is built anew (the default generator's state restored afterwards, since
 * deepcopy draws nothing) and given the original's parameter and buffer values, requires_grad and training
 * modes.
 */
final class Clones {
    private Clones() {
    }

    static <M extends Module> M copy(M original, Supplier<M> build) {
        Tensor rng = Torch.getRngState();
        M copy;
        try {
            copy = build.get();
        } finally {
            Torch.setRngState(rng);
        }
        List<Parameter> params = original.parameters();
        if (!params.isEmpty() && params.get(0).dtype() != copy.parameters().get(0).dtype()) {
            copy.to(params.get(0).dtype());
        }
        try (var g = Torch.noGrad()) {
            Map<String, Parameter> to = copy.namedParameters();
            original.namedParameters().forEach((name, p) -> {
                Parameter q = to.get(name);
                q.copy_(p);
                q.requiresGrad_(p.requiresGrad());
            });
            Map<String, Tensor> toBuffers = copy.namedBuffers();
            original.namedBuffers().forEach((name, b) -> toBuffers.get(name).copy_(b));
        }
        List<Module> from = original.modules();
        List<Module> into = copy.modules();
        for (int i = 0; i < from.size(); i++) {
            into.get(i).train(from.get(i).isTraining());
        }
        return copy;
    }
}

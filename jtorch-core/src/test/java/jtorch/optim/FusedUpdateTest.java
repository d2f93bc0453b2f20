package jtorch.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused float32 update of a large contiguous parameter, split over 2 threads, gives the bits of the per-element
 * loop on a strided copy of it (the path the strided fixture cases check against PyTorch), state included; on the
 * meta device the update computes nothing.
 */
class FusedUpdateTest {
    @ParameterizedTest
    @ValueSource(strings = {"sgd", "sgd_nesterov_maximize", "adam_amsgrad_wd", "adamw", "rmsprop_centered_momentum",
        "adagrad_decay_wd"})
    void fusedContiguousUpdateEqualsTheStridedLoop(String config) {
        Function<List<Tensor>, Optimizer> build = ps -> switch (config) {
            case "sgd" -> new SGD(ps, SGD.options(0.05).momentum(0.9).weightDecay(1e-4));
            case "sgd_nesterov_maximize" -> new SGD(ps, SGD.options(0.05).momentum(0.8).nesterov(true)
                    .weightDecay(1e-2).maximize(true));
            case "adam_amsgrad_wd" -> new Adam(ps, Adam.options().lr(0.01).weightDecay(0.01).amsgrad(true));
            case "adamw" -> new AdamW(ps, AdamW.options().lr(0.01));
            case "rmsprop_centered_momentum" -> new RMSprop(ps, RMSprop.options().lr(0.01).centered(true).momentum(0.9)
                    .weightDecay(0.01));
            case "adagrad_decay_wd" -> new Adagrad(ps, Adagrad.options().lr(0.1).lrDecay(0.01).weightDecay(0.01));
            default -> throw new IllegalArgumentException(config);
        };
        Torch.manualSeed(5);
        Tensor base = Torch.randn(300, 233); // 69,900 elements: two chunks of whole grains at 2 threads
        Tensor fused = base.t().contiguous().requiresGrad_(true);
        Tensor strided = base.clone().t().requiresGrad_(true);
        Optimizer a = build.apply(List.of(fused));
        Optimizer b = build.apply(List.of(strided));
        int threads = Torch.getNumThreads();
        Torch.setNumThreads(2);
        try {
            for (int step = 0; step < 3; step++) {
                Tensor g = Torch.randn(233, 300);
                fused.setGrad(g);
                strided.setGrad(g);
                a.step();
                b.step();
            }
        } finally {
            Torch.setNumThreads(threads);
        }
        assertArrayEquals(strided.detach().contiguous().toFloatArray(), fused.detach().toFloatArray(), config);
        for (var e : b.state(strided).entrySet()) {
            if (e.getValue() instanceof Tensor t && t.numel() > 1) {
                assertArrayEquals(t.contiguous().toFloatArray(), ((Tensor) a.state(fused).get(e.getKey()))
                        .contiguous().toFloatArray(), config + " " + e.getKey());
            }
        }
    }

    @Test
    void parametersOnTheMetaDeviceStepWithoutData() {
        // as in PyTorch: an optimizer over meta tensors runs and keeps meta state (shapes only)
        for (boolean adam : new boolean[] {false, true}) {
            Tensor p = Torch.zeros(Torch.options().device("meta"), 4, 3).requiresGrad_(true);
            p.setGrad(Torch.zeros(Torch.options().device("meta"), 4, 3));
            Optimizer o = adam ? new Adam(List.of(p), Adam.options().amsgrad(true))
                    : new SGD(List.of(p), SGD.options(0.1).momentum(0.9));
            o.step();
            o.step();
            for (Object v : o.state(p).values()) {
                if (v instanceof Tensor t && t.numel() > 1) {
                    assertTrue(t.isMeta(), String.valueOf(t.sizes().length));
                }
            }
        }
    }
}

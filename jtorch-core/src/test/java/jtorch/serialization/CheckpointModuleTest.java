package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.bytesOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's whole-model save ({@code torch.save(net)}) and fine-tuning workflow (003_ce998acfe9dc3462.txt: keep the
 * pretrained keys the new net has, update, load_state_dict, save again).
 */
class CheckpointModuleTest {
    @TempDir
    Path dir;

    static class Net extends Module {
        final Linear fc1 = new Linear(4, 8);
        final Linear fc3 = new Linear(8, 2);

        @Override
        public Tensor forward(Tensor x) {
            return fc3.call(F.relu(fc1.call(x)));
        }
    }

    static class NeedsArgs extends Module {
        final Linear fc;

        NeedsArgs(int n) {
            fc = new Linear(n, 1);
        }
    }

    @Test
    void wholeModuleRoundTripsThroughItsNoArgConstructor() {
        Torch.manualSeed(1);
        Net net = new Net();
        net.eval();
        Path p = dir.resolve("net.pt");
        Torch.save(net, p);
        Torch.manualSeed(2);
        Net back = Torch.loadModule(p, Net.class);
        assertFalse(back.isTraining());
        Tensor x = Torch.randn(3, 4);
        assertArrayEquals(bytesOf(net.call(x)), bytesOf(back.call(x)));
        // the file is a plain dict for torch.load; its state dict loads on its own too
        Map<String, Object> raw = Torch.load(p);
        assertEquals(Net.class.getName(), raw.get("__jtorch_module__"));
        new Net().loadStateDict((Map<String, Tensor>) raw.get("state_dict"));
        // a module of another type is not built
        CheckpointException e = assertThrows(CheckpointException.class, () -> Torch.loadModule(p, Sequential.class));
        assertTrue(e.getMessage().contains("which is not a jtorch.nn.Sequential"), e.getMessage());
    }

    @Test
    void modulesWithoutANoArgConstructorNeedAFactory() {
        Path p = dir.resolve("args.pt");
        Torch.save(new NeedsArgs(3), p);
        CheckpointException e = assertThrows(CheckpointException.class, () -> Torch.loadModule(p, NeedsArgs.class));
        assertTrue(e.getMessage().contains("no no-argument constructor"), e.getMessage());
        Serialization.registerModuleFactory(NeedsArgs.class, () -> new NeedsArgs(3));
        assertEquals(3, Torch.loadModule(p, NeedsArgs.class).fc.weight.sizes()[1]);
        Torch.save(Map.of("w", Torch.ones(1)), p);
        assertThrows(CheckpointException.class, () -> Torch.loadModule(p, Module.class));
    }

    @Test
    void finetuningKeepsTheMatchingPretrainedKeys() {
        // the pretrained model has a different head: fc3 is 8 -> 5 there
        Torch.manualSeed(3);
        Map<String, Tensor> pretrained = new LinkedHashMap<>();
        Net donor = new Net();
        pretrained.put("fc1.weight", donor.fc1.weight);
        pretrained.put("fc1.bias", donor.fc1.bias);
        pretrained.put("fc3.weight", Torch.randn(5, 8));
        pretrained.put("extra.weight", Torch.randn(2));
        Path p = dir.resolve("net_params.pkl");
        Torch.save(pretrained, p);

        Net net = new Net();
        Map<String, Tensor> netState = net.stateDict();
        Map<String, Tensor> loaded = Torch.load(p);
        Map<String, Tensor> matching = new LinkedHashMap<>();
        loaded.forEach((k, v) -> {
            if (netState.containsKey(k) && java.util.Arrays.equals(netState.get(k).sizes(), v.sizes())) {
                matching.put(k, v);
            }
        });
        assertEquals(List.of("fc1.weight", "fc1.bias"), List.copyOf(matching.keySet()));
        netState.putAll(matching);
        net.loadStateDict(netState);
        assertArrayEquals(bytesOf(donor.fc1.weight), bytesOf(net.fc1.weight));
        // non-strict loading reports what did not fit
        Module.IncompatibleKeys keys = new Net().loadStateDict(matching, false);
        assertEquals(List.of("fc3.weight", "fc3.bias"), keys.missingKeys());
        // a shape mismatch is reported with PyTorch's message, not a crash inside copy
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Net().loadStateDict(Map.of("fc3.weight", loaded.get("fc3.weight")), false));
        assertTrue(e.getMessage().contains("size mismatch for fc3.weight"), e.getMessage());
        Torch.save(net.stateDict(), p);
        assertEquals(4, ((Map<?, ?>) Torch.load(p)).size());
    }
}

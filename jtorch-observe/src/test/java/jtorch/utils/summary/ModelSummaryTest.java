package jtorch.utils.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.observe.Fixtures;
import jtorch.observe.SeedModels;
import org.junit.jupiter.api.Test;

/** torchsummary's table for the seed's LeNet and ResNet34, text for text (tools/golden/observe.py). */
class ModelSummaryTest {
    private final JsonObject fx = Fixtures.get().getAsJsonObject("summary");

    private static long countParams(Module m) {
        return m.parameters().stream().mapToLong(Parameter::numel).sum();
    }

    @Test
    void lenetTableAndTotals() {
        Module net = new SeedModels.Net();
        String table = ModelSummary.summary(net, 1, 32, 32);
        assertEquals(fx.get("lenet").getAsString(), table);
        assertTrue(table.contains("Total params: 61,706\n"));
        assertEquals(61_706, countParams(net));
        assertEquals(fx.get("lenet_params").getAsLong(), ModelSummary.of(net, List.of(new int[] {1, 32, 32}), -1).totalParams());
    }

    @Test
    void resnet34TableAndTotals() {
        Module net = new SeedModels.ResNet34();
        String table = ModelSummary.summary(net, 3, 224, 224);
        assertEquals(fx.get("resnet34").getAsString(), table);
        assertEquals(fx.get("resnet34_params").getAsLong(), countParams(net));
    }

    @Test
    void frozenWeightsAreNonTrainable() {
        SeedModels.Net net = new SeedModels.Net();
        net.namedParameters().forEach((k, p) -> {
            if (k.startsWith("conv1.")) {
                p.requiresGrad_(false);
            }
        });
        ModelSummary s = ModelSummary.of(net, List.of(new int[] {1, 32, 32}), 16);
        assertEquals(61_706, s.totalParams());
        assertEquals(61_706 - 156, s.trainableParams());
        assertTrue(s.toString().contains("Non-trainable params: 156\n"));
        assertTrue(s.toString().contains("[16, 6, 28, 28]"));
        assertTrue(s.toString().contains("Input size (MB): 0.06\n")); // 1*32*32 * 16 * 4 bytes
    }
}

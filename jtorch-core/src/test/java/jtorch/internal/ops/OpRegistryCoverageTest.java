package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks the op registry: every differentiable op must have a PyTorch fixture case whose output was
 * produced by that op's node (PyTorch's grad_fn name, which the harness also checks jtorch records)
 * with gradients compared — and those cases are gradchecked in float64 by the harness.
 */
class OpRegistryCoverageTest {
    /** Nodes that only ever appear inside other ops' backward formulas, never as a user-visible grad_fn. */
    private static final Set<String> BACKWARD_ONLY = Set.of(
            // the adjoints behind convolution, max and average pooling, padding and resizing gradients (their
            // second derivatives are checked by the grad_of/ cases and NnConvGradGradTest)
            "ConvolutionBackwardBackward0", "AvgPool2DBackwardBackward0", "AdaptiveAvgPool2DBackwardBackward0",
            "MaxPool2DWithIndicesBackwardBackward0",
            "ReflectionPad1DBackwardBackward0", "ReflectionPad2DBackwardBackward0", "ReflectionPad3DBackwardBackward0",
            "ReplicationPad1DBackwardBackward0", "ReplicationPad2DBackwardBackward0",
            "ReplicationPad3DBackwardBackward0", "CopySlicesBackward", "UpsampleBackwardBackward1",
            // CTC's gradient, whose own derivative fails as in PyTorch (LossModulesTest checks the message)
            "NotImplemented",
            // in-place inverse hyperbolics: PyTorch 1.13 records these nodes but has no derivative for them
            // (PointwiseMoreFixtureTest checks the message)
            "AsinhBackward1", "AcoshBackward1", "AtanhBackward1",
            // nextafter: the same (PointwiseSpecialFixtureTest checks the message)
            "NextafterBackward0");

    @Test
    void everyDifferentiableOpHasAGradientFixture() throws IOException, URISyntaxException {
        Set<String> covered = new HashSet<>();
        Path dir = Path.of(OpRegistryCoverageTest.class.getResource("/fixtures/ops").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    JsonObject doc = JsonParser.parseReader(r).getAsJsonObject();
                    for (JsonElement e : doc.getAsJsonArray("cases")) {
                        JsonObject c = e.getAsJsonObject();
                        if (c.has("grad_fn") && c.has("grads")) {
                            covered.add(c.get("grad_fn").getAsString());
                        }
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (OpDef d : OpRegistry.all()) {
            if (d.differentiable() && !covered.contains(d.nodeName()) && !BACKWARD_ONLY.contains(d.nodeName())) {
                missing.add(d.nodeName() + " (" + d.name() + ")");
            }
        }
        assertEquals(List.of(), List.copyOf(missing), "differentiable ops without a PyTorch gradient fixture");
    }
}

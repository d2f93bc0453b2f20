package jtorch.vision.datasets;

import static jtorch.vision.datasets.VisionDatasetsTest.assertFailsNaming;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CIFAR-10/100 from torchvision's python distribution: a miniature of both written with numpy and pickle
 * (tools/golden/vision_cifar_python.py) gives the classes, targets and pixels torchvision 0.14 reads from it.
 */
class CifarPythonTest {
    @TempDir
    Path tmp;

    private static Path root() throws Exception {
        return Path.of(CifarPythonTest.class.getResource("/fixtures/vision/cifar_python/cifar_python.json").toURI())
                .getParent();
    }

    private static JsonObject expected(String key) throws Exception {
        try (var in = CifarPythonTest.class.getResourceAsStream("/fixtures/vision/cifar_python/cifar_python.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonObject(key);
        }
    }

    @ParameterizedTest
    @CsvSource({"cifar10,true", "cifar10,false", "cifar100,true", "cifar100,false"})
    void readsWhatTorchvisionReads(String name, boolean train) throws Exception {
        CIFAR10<Image, Integer> ds = name.equals("cifar10") ? CIFAR10.of(root(), train) : CIFAR100.of(root(), train);
        JsonObject want = expected(name + "_" + (train ? "train" : "test"));
        List<String> classes = new ArrayList<>();
        want.getAsJsonArray("classes").forEach(e -> classes.add(e.getAsString()));
        assertEquals(classes, ds.classes());
        JsonArray targets = want.getAsJsonArray("targets");
        assertEquals(targets.size(), ds.size());
        for (int i = 0; i < ds.size(); i++) {
            var s = ds.get(i);
            assertEquals(targets.get(i).getAsInt(), s.target(), "target " + i);
            assertEquals(ImageMode.RGB, s.data().mode());
            JsonArray px = want.getAsJsonArray("pixels").get(i).getAsJsonArray();
            byte[] got = s.data().toBytes();
            byte[] exp = new byte[px.size()];
            for (int k = 0; k < exp.length; k++) {
                exp[k] = (byte) px.get(k).getAsInt();
            }
            assertArrayEquals(exp, got, "pixels of sample " + i);
        }
    }

    @Test
    void missingAndCorruptFilesAreNamed() throws Exception {
        Path py = tmp.resolve("cifar-10-batches-py");
        Files.createDirectories(py);
        try (Stream<Path> files = Files.list(root().resolve("cifar-10-batches-py"))) {
            for (Path f : files.toList()) {
                Files.copy(f, py.resolve(f.getFileName()));
            }
        }
        Path test = py.resolve("test_batch");
        Files.delete(test);
        assertFailsNaming(test, "Dataset not found or corrupted", () -> CIFAR10.of(tmp, false));
        Files.writeString(test, "not a pickle");
        assertFailsNaming(test, "corrupt CIFAR batch", () -> CIFAR10.of(tmp, false));
        Path meta = py.resolve("batches.meta");
        Files.delete(meta);
        assertFailsNaming(meta, "Dataset metadata file not found", () -> CIFAR10.of(tmp, true));
    }
}

package jtorch.vision.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.vision.io.Image;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Debian's real Fashion-MNIST against torchvision's reading of it (fixtures/vision/fashion_mnist.json
 * from tools/golden/vision_data.py). Skipped when the dataset-fashion-mnist package is not installed.
 */
class FashionMNISTRealDataTest {

    @Test
    void debianFashionMnistMatchesTorchvision() throws Exception {
        Assumptions.assumeTrue(FashionMNIST.debianFilesPresent(), "Fashion-MNIST is not installed at "
                + FashionMNIST.DEBIAN_ROOT + " (Debian package dataset-fashion-mnist); skipping the real-data test");
        JsonObject fx;
        try (var in = getClass().getResourceAsStream("/fixtures/vision/fashion_mnist.json")) {
            fx = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        for (boolean train : new boolean[] {true, false}) {
            JsonObject c = fx.getAsJsonObject(train ? "train" : "test");
            FashionMNIST<Image, Integer> ds = FashionMNIST.of(train);
            assertEquals(c.get("size").getAsInt(), ds.size());
            assertEquals(c.getAsJsonArray("classes").asList().stream().map(JsonElement::getAsString).toList(), ds.classes());
            int[] counts = new int[10];
            for (int i = 0; i < ds.size(); i++) {
                counts[ds.target(i)]++;
            }
            assertEquals(c.getAsJsonArray("class_counts").asList().stream().map(JsonElement::getAsInt).toList(),
                    java.util.Arrays.stream(counts).boxed().toList());
            Tensor data = ds.data();
            assertEquals(c.get("pixel_sum").getAsLong(), data.to(DType.INT64).sum().itemLong());
            Tensor first = ds.get(0).data().toTensor();
            assertEquals(c.get("first_pixel_sum").getAsLong(), first.to(DType.INT64).sum().itemLong());
            assertEquals(c.get("first_label").getAsInt(), ds.get(0).target());
            assertEquals(c.get("last_label").getAsInt(), ds.get(ds.size() - 1).target());
            if (!train) {
                DatasetStats.MeanStd ms = DatasetStats.meanStd(ds, e -> e.data().toTensor());
                assertEquals(c.get("mean").getAsDouble(), ms.mean()[0], 1e-6);
                assertEquals(c.get("std").getAsDouble(), ms.std()[0], 1e-6);
            }
        }
    }
}

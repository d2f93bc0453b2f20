package jtorch.vision.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.vision.io.Images;
import jtorch.vision.transforms.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make_grid layouts and save_image's bytes against torchvision 0.14 (tools/golden/vision_transforms.py). */
class GridTest {
    @TempDir
    Path tmp;

    @Test
    void makeGridMatchesTorchvision() {
        JsonObject root = Fixtures.load("grid.json");
        Tensor imgs = Fixtures.tensor(root.getAsJsonObject("imgs"));
        Tensor gray = Fixtures.tensor(root.getAsJsonObject("gray"));
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            JsonObject a = c.getAsJsonObject("args");
            Utils.GridOptions o = Utils.gridOptions();
            if (a.has("nrow")) {
                o.nrow(a.get("nrow").getAsInt());
            }
            if (a.has("padding")) {
                o.padding(a.get("padding").getAsInt());
            }
            if (a.has("normalize")) {
                o.normalize(a.get("normalize").getAsBoolean());
            }
            if (a.has("value_range")) {
                double[] r = Fixtures.doubles(a.get("value_range"));
                o.valueRange(r[0], r[1]);
            }
            if (a.has("scale_each")) {
                o.scaleEach(a.get("scale_each").getAsBoolean());
            }
            if (a.has("pad_value")) {
                o.padValue(a.get("pad_value").getAsDouble());
            }
            Tensor in = switch (c.get("input").getAsString()) {
                case "imgs" -> imgs;
                case "gray" -> gray;
                case "single" -> imgs.select(0, 0);
                default -> gray.select(0, 0).select(0, 0);
            };
            Fixtures.assertExact(c, Utils.makeGrid(in.clone(), o), "make_grid " + c.get("input") + " " + a);
        }
    }

    @Test
    void saveImageWritesTorchvisionsBytes() {
        JsonObject root = Fixtures.load("grid.json");
        Tensor imgs = Fixtures.tensor(root.getAsJsonObject("imgs"));
        Path p = tmp.resolve("grid.png");
        Utils.saveImage(imgs, p, Utils.gridOptions().nrow(3).normalize(true));
        Tensor back = Images.readImage(p);
        Fixtures.assertExact(root.getAsJsonObject("save_bytes"), back, "save_image");
        assertArrayEquals(Fixtures.ints(root.getAsJsonObject("save_bytes").get("shape")), back.sizes());
        assertArrayEquals(back.to(DType.INT64).toLongArray(), Utils.toImageBytes(Utils.makeGrid(imgs,
                Utils.gridOptions().nrow(3).normalize(true))).to(DType.INT64).toLongArray());
    }
}

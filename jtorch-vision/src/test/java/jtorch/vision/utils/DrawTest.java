package jtorch.vision.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * draw_bounding_boxes and draw_segmentation_masks against torchvision 0.14 with Pillow 9.4
 * (tools/golden/vision_transforms.py, draw.json): six boxes on a 3x23x31 (and a 1x23x31) uint8 image, inside,
 * clipped, one pixel, zero width and reversed-thin ones, with widths, fills, colour strings and tuples. Box pixels
 * are compared exactly; with labels, the pixels of each label's text box (Pillow's textbbox of the default font)
 * are left out, since jtorch draws text with Java2D.
 */
class DrawTest {
    final JsonObject r = Fixtures.load("draw.json");
    final Tensor image = Fixtures.tensor(r.getAsJsonObject("image"));
    final Tensor gray = Fixtures.tensor(r.getAsJsonObject("gray"));
    final Tensor boxes = Fixtures.tensor(r.getAsJsonObject("boxes"));

    static Color color(JsonElement e) {
        if (e.isJsonPrimitive()) {
            return Color.of(e.getAsString());
        }
        int[] c = Fixtures.ints(e);
        return new Color(c[0], c[1], c[2]);
    }

    @Test
    void boundingBoxesAreTorchvisions() {
        int n = 0;
        for (JsonElement e : r.getAsJsonArray("boxes_cases")) {
            JsonObject c = e.getAsJsonObject();
            JsonObject a = c.getAsJsonObject("args");
            Utils.BoxOptions o = Utils.boxOptions();
            if (a.has("width")) {
                o.width(a.get("width").getAsInt());
            }
            if (a.has("fill")) {
                o.fill(a.get("fill").getAsBoolean());
            }
            if (a.has("colors")) {
                JsonElement col = a.get("colors");
                boolean list = col.isJsonArray() && !col.getAsJsonArray().get(0).isJsonPrimitive()
                        || col.isJsonArray() && col.getAsJsonArray().get(0).getAsJsonPrimitive().isString();
                if (list) {
                    List<Color> cs = new ArrayList<>();
                    col.getAsJsonArray().forEach(x -> cs.add(color(x)));
                    o.colors(cs);
                } else {
                    o.color(color(col));
                }
            }
            if (a.has("labels")) {
                o.labels(a.getAsJsonArray("labels").asList().stream().map(JsonElement::getAsString).toList());
            }
            Tensor in = c.get("input").getAsString().equals("gray") ? gray : image;
            Tensor got = Utils.drawBoundingBoxes(in, boxes, o);
            Tensor want = Fixtures.tensor(c);
            assertArrayEquals(want.sizes(), got.sizes(), "shape " + a);
            assertEquals(DType.UINT8, got.dtype());
            if (c.has("text_boxes")) {
                Tensor keep = Torch.ones(want.sizes()).to(DType.BOOL);
                for (JsonElement tb : c.getAsJsonArray("text_boxes")) {
                    int[] t = Fixtures.ints(tb);
                    int x0 = Math.max(t[0], 0);
                    int y0 = Math.max(t[1], 0);
                    int x1 = Math.min(t[2], want.size(2));
                    int y1 = Math.min(t[3], want.size(1));
                    if (x1 > x0 && y1 > y0) {
                        keep.narrow(1, y0, y1 - y0).narrow(2, x0, x1 - x0).fill_(0);
                    }
                }
                long kept = keep.sum().itemLong();
                assertTrue(kept > want.numel() / 3, "the pixels outside the text are compared: " + kept);
                want = want.maskedSelect(keep);
                got = got.maskedSelect(keep);
            }
            assertTrue(want.equal(got), "draw_bounding_boxes " + a + ": " + want.ne(got).sum().itemLong()
                    + " pixels differ");
            n++;
        }
        assertEquals(7, n);
    }

    @Test
    void segmentationMasksAreTorchvisions() {
        Tensor masks = Fixtures.tensor(r.getAsJsonObject("masks"));
        int n = 0;
        for (JsonElement e : r.getAsJsonArray("mask_cases")) {
            JsonObject c = e.getAsJsonObject();
            JsonObject a = c.getAsJsonObject("args");
            double alpha = a.has("alpha") ? a.get("alpha").getAsDouble() : 0.8;
            Tensor m = c.get("masks").getAsInt() == 1 ? masks.select(0, 1) : masks;
            Tensor got;
            JsonElement col = a.get("colors");
            if (col == null) {
                got = Utils.drawSegmentationMasks(image, m, alpha, (List<Color>) null);
            } else if (col.isJsonPrimitive() || col.getAsJsonArray().get(0).getAsJsonPrimitive().isNumber()) {
                got = Utils.drawSegmentationMasks(image, m, alpha, color(col));
            } else {
                List<Color> cs = new ArrayList<>();
                col.getAsJsonArray().forEach(x -> cs.add(color(x)));
                got = Utils.drawSegmentationMasks(image, m, alpha, cs);
            }
            Fixtures.assertClose(c, got, "draw_segmentation_masks " + a, 0, 0, 0.0);
            n++;
        }
        assertEquals(6, n);
    }

    @Test
    void colourStringsArePillows() {
        assertEquals(new Color(255, 0, 0), Color.of("red"));
        assertEquals(new Color(153, 50, 204), Color.of("DarkOrchid"));
        assertEquals(new Color(0, 255, 136), Color.of("#0f8"));
        assertEquals(new Color(1, 2, 3), Color.of("rgb(1, 2, 3)"));
        assertEquals("unknown color specifier: 'reddish'",
                assertThrows(IllegalArgumentException.class, () -> Color.of("reddish")).getMessage());
    }

    @Test
    void badInputsFailWithTorchvisionsMessages() {
        assertEquals("Tensor uint8 expected, got torch.float32", assertThrows(IllegalArgumentException.class,
                () -> Utils.drawBoundingBoxes(image.toFloat(), boxes)).getMessage());
        assertEquals("Pass individual images, not batches", assertThrows(IllegalArgumentException.class,
                () -> Utils.drawBoundingBoxes(image.unsqueeze(0), boxes)).getMessage());
        assertEquals("Boxes need to be in (xmin, ymin, xmax, ymax) format. Use torchvision.ops.box_convert to convert "
                + "them", assertThrows(IllegalArgumentException.class, () -> Utils.drawBoundingBoxes(image,
                Torch.tensor(new double[][] {{5, 1, 2, 3}}))).getMessage());
        assertEquals("Number of boxes (6) and labels (1) mismatch. Please specify labels for each box.",
                assertThrows(IllegalArgumentException.class, () -> Utils.drawBoundingBoxes(image, boxes,
                        Utils.boxOptions().labels(List.of("x")))).getMessage());
        assertEquals("Number of colors (1) is less than number of boxes (6). ",
                assertThrows(IllegalArgumentException.class, () -> Utils.drawBoundingBoxes(image, boxes,
                        Utils.boxOptions().colors("red")))
                        .getMessage());
        Tensor masks = Fixtures.tensor(r.getAsJsonObject("masks"));
        assertEquals("The masks must be of dtype bool. Got torch.uint8", assertThrows(IllegalArgumentException.class,
                () -> Utils.drawSegmentationMasks(image, masks.to(DType.UINT8))).getMessage());
        assertEquals("There are more masks (3) than colors (2)", assertThrows(IllegalArgumentException.class,
                () -> Utils.drawSegmentationMasks(image, masks, 0.5, List.of(Color.of("red"), Color.of("blue"))))
                .getMessage());
        assertEquals("Pass an RGB image. Other Image formats are not supported", assertThrows(
                IllegalArgumentException.class, () -> Utils.drawSegmentationMasks(gray, masks)).getMessage());
    }
}

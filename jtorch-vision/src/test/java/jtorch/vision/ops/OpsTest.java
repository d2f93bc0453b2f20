package jtorch.vision.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import jtorch.Tensor;
import jtorch.vision.transforms.Fixtures;
import org.junit.jupiter.api.Test;

/** torchvision.ops against torchvision 0.14 (tools/golden/vision_transforms.py): 12 random boxes with an overlap and a score tie. */
class OpsTest {
    final JsonObject r = Fixtures.load("ops.json");
    final Tensor boxes = Fixtures.tensor(r.getAsJsonObject("boxes"));
    final Tensor scores = Fixtures.tensor(r.getAsJsonObject("scores"));
    final Tensor idxs = Fixtures.tensor(r.getAsJsonObject("idxs"));
    final Tensor boxes2 = Fixtures.tensor(r.getAsJsonObject("boxes2"));

    @Test
    void boxGeometry() {
        Fixtures.assertExact(r.getAsJsonObject("box_iou"), Ops.boxIou(boxes, boxes2), "box_iou");
        Fixtures.assertExact(r.getAsJsonObject("generalized_box_iou"), Ops.generalizedBoxIou(boxes, boxes2), "giou");
        Fixtures.assertExact(r.getAsJsonObject("box_area"), Ops.boxArea(boxes), "box_area");
        Fixtures.assertExact(r.getAsJsonObject("clip_boxes_to_image"), Ops.clipBoxesToImage(boxes, new int[] {13, 17}),
                "clip");
        Fixtures.assertExact(r.getAsJsonObject("remove_small_boxes"), Ops.removeSmallBoxes(boxes, 3.0), "small");
        JsonObject conv = r.getAsJsonObject("box_convert");
        for (String k : conv.keySet()) {
            String[] f = k.split(">");
            Fixtures.assertExact(conv.getAsJsonObject(k), Ops.boxConvert(boxes, f[0], f[1]), "box_convert " + k);
        }
        assertEquals("Unsupported Bounding Box Conversions for given in_fmt and out_fmt",
                assertThrows(IllegalArgumentException.class, () -> Ops.boxConvert(boxes, "xyxy", "yxyx")).getMessage());
    }

    @Test
    void nmsKeepsTorchvisionsBoxes() {
        JsonObject n = r.getAsJsonObject("nms");
        for (String t : n.keySet()) {
            Fixtures.assertExact(n.getAsJsonObject(t), Ops.nms(boxes, scores, Double.parseDouble(t)), "nms " + t);
        }
        JsonObject b = r.getAsJsonObject("batched_nms");
        for (String t : b.keySet()) {
            Fixtures.assertExact(b.getAsJsonObject(t), Ops.batchedNms(boxes, scores, idxs, Double.parseDouble(t)),
                    "batched_nms " + t);
        }
    }

    @Test
    void sigmoidFocalLossIsTorchvisions() {
        JsonObject f = r.getAsJsonObject("focal");
        Tensor in = Fixtures.tensor(f.getAsJsonObject("inputs"));
        Tensor tg = Fixtures.tensor(f.getAsJsonObject("targets"));
        for (String red : new String[] {"none", "mean", "sum"}) {
            Fixtures.assertExact(f.getAsJsonObject(red), Ops.sigmoidFocalLoss(in, tg, 0.3, 1.5, red), "focal " + red);
        }
    }
}

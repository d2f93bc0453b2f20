package jtorch.vision.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/**
 * AutoAugment, RandAugment and TrivialAugmentWide against torchvision 0.14 (tools/golden/vision_transforms.py,
 * autoaugment.json): the three policy tables, the magnitude bins of each augmentation space, and seeded draws
 * (torch.manual_seed(seed) once, then 10 or 20 calls on the same odd-sized uint8 image; every output compared).
 * A wrongly drawn sub-policy, op, bin or sign changes the image entirely; the tolerance (±1 on at most 1% of the
 * values) only covers float32 rounding in the geometric and colour ops, as in {@link TransformFunctionalTest}.
 */
class AutoAugmentTest {
    final JsonObject root = Fixtures.load("autoaugment.json");

    static Map<String, AutoAugmentBase> transforms() {
        return Map.of(
                "autoaugment_imagenet", new AutoAugment(),
                "autoaugment_cifar10", new AutoAugment(AutoAugmentPolicy.CIFAR10),
                "autoaugment_svhn_bilinear_fill", new AutoAugment(AutoAugment.options().policy(AutoAugmentPolicy.SVHN)
                        .interpolation(InterpolationMode.BILINEAR).fill(10, 20, 30)),
                "autoaugment_imagenet_batch", new AutoAugment(AutoAugment.options().fill(128)),
                "randaugment", new RandAugment(),
                "randaugment_custom", new RandAugment(RandAugment.options().numOps(3).magnitude(20).numMagnitudeBins(25)
                        .fill(7)),
                "randaugment_gray", new RandAugment(RandAugment.options().magnitude(30)
                        .interpolation(InterpolationMode.BILINEAR).fill(200)),
                "trivialaugment", new TrivialAugmentWide(),
                "trivialaugment_custom", new TrivialAugmentWide(TrivialAugmentWide.options().numMagnitudeBins(11)
                        .interpolation(InterpolationMode.BILINEAR).fill(1, 2, 3)),
                "trivialaugment_batch", new TrivialAugmentWide());
    }

    @Test
    void policiesAreTorchvisions() {
        JsonObject p = root.getAsJsonObject("policies");
        assertEquals(AutoAugmentPolicy.values().length, p.size());
        for (AutoAugmentPolicy policy : AutoAugmentPolicy.values()) {
            JsonArray want = p.getAsJsonArray(policy.name());
            List<AutoAugmentPolicy.SubPolicy> got = policy.subPolicies();
            assertEquals(want.size(), got.size(), policy + " size");
            for (int i = 0; i < want.size(); i++) {
                JsonArray sub = want.get(i).getAsJsonArray();
                for (int k = 0; k < 2; k++) {
                    JsonArray w = sub.get(k).getAsJsonArray();
                    AutoAugmentPolicy.Step s = got.get(i).steps().get(k);
                    String what = policy + "[" + i + "][" + k + "]";
                    assertEquals(w.get(0).getAsString(), s.op(), what);
                    assertEquals(w.get(1).getAsDouble(), s.p(), what);
                    assertEquals(w.get(2).isJsonNull() ? null : w.get(2).getAsInt(), s.magnitudeId(), what);
                }
            }
        }
    }

    @Test
    void magnitudeBinsAreTorchvisions() {
        JsonObject spaces = root.getAsJsonObject("spaces");
        Map<String, List<AugmentOp.Entry>> got = Map.of(
                "AutoAugment_10_13x15", AutoAugment.augmentationSpace(10, 13, 15),
                "RandAugment_31_13x15", RandAugment.augmentationSpace(31, 13, 15),
                "RandAugment_25_9x11", RandAugment.augmentationSpace(25, 9, 11),
                "TrivialAugmentWide_31", TrivialAugmentWide.augmentationSpace(31),
                "TrivialAugmentWide_11", TrivialAugmentWide.augmentationSpace(11));
        assertEquals(spaces.size(), got.size());
        for (String k : spaces.keySet()) {
            JsonArray want = spaces.getAsJsonArray(k);
            List<AugmentOp.Entry> g = got.get(k);
            assertEquals(want.size(), g.size(), k);
            for (int i = 0; i < want.size(); i++) {
                JsonArray w = want.get(i).getAsJsonArray();
                AugmentOp.Entry e = g.get(i);
                String what = k + " " + w.get(0).getAsString();
                assertEquals(w.get(0).getAsString(), e.op().torchName(), what);
                assertEquals(w.get(2).getAsBoolean(), e.signed(), what);
                JsonObject m = w.get(1).getAsJsonObject();
                if (Fixtures.ints(m.get("shape")).length == 0) {
                    assertEquals(null, e.magnitudes(), what + " has no magnitudes");
                } else {
                    // float32 bins bit for bit (9 significant digits round-trip to float32), int32 posterize bits
                    Tensor want32 = Fixtures.tensor(m);
                    assertEquals(want32.dtype(), e.magnitudes().dtype(), what);
                    assertArrayEquals(want32.to(DType.FLOAT32).toFloatArray(), e.magnitudes().to(DType.FLOAT32)
                            .toFloatArray(), what);
                }
            }
        }
    }

    @Test
    void seededDrawsReproduceTorchvision() {
        Map<String, Tensor> in = Fixtures.inputs(root);
        Map<String, AutoAugmentBase> ts = transforms();
        int checked = 0;
        List<String> reprs = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            AutoAugmentBase t = ts.get(name);
            if (!c.get("repr").getAsString().equals(t.toString())) {
                reprs.add(name + ": want " + c.get("repr").getAsString() + " got " + t);
            }
            Torch.manualSeed(c.get("seed").getAsLong());
            JsonArray outs = c.getAsJsonArray("outputs");
            for (int k = 0; k < outs.size(); k++) {
                Tensor x = in.get(c.get("input").getAsString()).clone();
                Fixtures.assertClose(outs.get(k).getAsJsonObject(), t.apply(x), name + " draw " + k, 1e-5, 1, 0.01);
                checked++;
            }
        }
        assertEquals(ts.size(), root.getAsJsonArray("cases").size());
        assertTrue(reprs.isEmpty(), String.join("\n", reprs));
        assertEquals(170, checked);
    }
}

package jtorch.vision.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/**
 * RandomChoice and RandomOrder draw from Python's random module, as torchvision's do: {@link PyRandom} against
 * CPython's stream (tools/golden/vision_transforms.py), and the two transforms against torchvision after
 * {@code random.seed(9)}. RandomApply's probability is checked against torch's stream.
 */
class TransformPyRandomTest {
    final JsonObject r = Fixtures.load("pyrandom.json");

    @Test
    void streamIsCPythons() {
        for (String seed : new String[] {"0", "5", String.valueOf((1L << 40) + 7)}) {
            JsonObject c = r.getAsJsonObject(seed);
            PyRandom g = new PyRandom(Long.parseLong(seed));
            double[] rnd = Fixtures.doubles(c.get("random"));
            for (double v : rnd) {
                assertEquals(v, g.random(), 0.0, "seed " + seed);
            }
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
            g.shuffle(order);
            assertArrayEquals(Fixtures.ints(c.get("shuffle")), order.stream().mapToInt(Integer::intValue).toArray());
            for (int want : Fixtures.ints(c.get("choices"))) {
                assertEquals(want, g.choice(4, null), "choices seed " + seed);
            }
            for (int want : Fixtures.ints(c.get("weighted"))) {
                assertEquals(want, g.choice(3, new double[] {0.2, 0.5, 0.3}), "weighted seed " + seed);
            }
        }
    }

    @Test
    void randomChoiceAndOrderPickAsTorchvision() {
        JsonObject p = r.getAsJsonObject("pipeline");
        Tensor u8 = Fixtures.inputs(Fixtures.load("functional_color.json")).get("u8");
        PyRandom.global().seed(p.get("seed").getAsLong());
        RandomChoice choice = new RandomChoice(List.of(new RandomHorizontalFlip(1.0), new RandomVerticalFlip(1.0),
                new Grayscale(3)), new double[] {0.3, 0.3, 0.4});
        RandomOrder order = new RandomOrder(List.of(new Pad(1), new CenterCrop(5), new RandomVerticalFlip(1.0)));
        JsonArray ch = p.getAsJsonArray("choice");
        for (int i = 0; i < ch.size(); i++) {
            Fixtures.assertExact(ch.get(i).getAsJsonObject(), (Tensor) choice.apply((Object) u8.clone()), "choice " + i);
        }
        JsonArray or = p.getAsJsonArray("order");
        for (int i = 0; i < or.size(); i++) {
            Fixtures.assertExact(or.get(i).getAsJsonObject(), (Tensor) order.apply((Object) u8.clone()), "order " + i);
        }
    }

    @Test
    void randomApplyRespectsP() {
        Tensor x = Torch.zeros(1, 2, 2).to(DType.UINT8);
        RandomApply ap = new RandomApply(List.of(new Lambda<Tensor, Tensor>(t -> t.add(1L))), 0.3);
        Torch.manualSeed(42);
        int applied = 0;
        for (int i = 0; i < 2000; i++) {
            Object out = ap.apply((Object) x);
            if (out != x) {
                applied++;
            }
        }
        Torch.manualSeed(42);
        int want = 0;
        for (int i = 0; i < 2000; i++) {
            if (!(0.3f < Torch.rand(1).item())) {
                want++;
            }
        }
        assertEquals(want, applied);
        assertTrue(Math.abs(applied / 2000.0 - 0.3) < 0.04, "applied fraction " + applied / 2000.0);
        RandomApply never = new RandomApply(List.of(new Lambda<Tensor, Tensor>(t -> t.add(1L))), 0.0);
        assertSame(x, never.apply((Object) x));
    }
}

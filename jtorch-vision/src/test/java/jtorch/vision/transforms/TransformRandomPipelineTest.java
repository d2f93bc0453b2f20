package jtorch.vision.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.io.Image;
import org.junit.jupiter.api.Test;

/**
 * Seeded torchvision pipelines (tools/golden/vision_transforms.py: torch.manual_seed(seed) once, then several
 * calls on the same input) and their jtorch translations give the same outputs: the random parameters are drawn
 * with the same torch calls in the same order. Values are compared as in {@link TransformFunctionalTest}
 * (exact for index operations; ±1 on at most 1% of uint8 values and 1e-5 for floats after resampling or colour
 * arithmetic in float32), so a wrongly drawn parameter (another crop, flip, angle or jitter order) fails.
 */
class TransformRandomPipelineTest {

    static Map<String, Function<?, ?>> pipelines() {
        return Map.of(
                "rrc_flip_jitter_erase", new Compose<Tensor, Tensor>(
                        new RandomResizedCrop(RandomResizedCrop.options(5).scale(0.3, 1.0)),
                        new RandomHorizontalFlip(),
                        new ColorJitter(0.4, 0.4, 0.4, 0.1),
                        new RandomErasing(RandomErasing.options().p(0.7).randomValue())),
                "rrc_uint8", new Compose<Tensor, Tensor>(
                        new RandomResizedCrop(RandomResizedCrop.options(new int[] {6, 4}).scale(0.5, 0.9).ratio(0.5, 2.0)
                                .antialias(true)),
                        new ColorJitter(ColorJitter.options().brightness(0.5, 1.5).contrast(0.3).saturation(0.2, 1.8)
                                .hue(-0.3, 0.2)),
                        new RandomErasing(RandomErasing.options().p(0.9).scale(0.1, 0.3).value(9, 99, 199))),
                "crop_flip_rotate_gray", new Compose<Tensor, Tensor>(
                        new RandomCrop(RandomCrop.options(7).padding(2).paddingMode("reflect")),
                        new RandomVerticalFlip(),
                        new RandomRotation(RandomRotation.options(30).interpolation(InterpolationMode.BILINEAR)
                                .fill(5, 6, 7)),
                        new RandomGrayscale(0.3)),
                "affine_perspective_blur", new Compose<Tensor, Tensor>(
                        new RandomAffine(RandomAffine.options(20).translate(0.1, 0.2).scale(0.8, 1.2).shear(-5, 5, -5, 5)),
                        new RandomPerspective(RandomPerspective.options().distortionScale(0.4).p(0.6).fill(3)),
                        new GaussianBlur(3, 0.1, 2.0)),
                "photometric", new Compose<Tensor, Tensor>(
                        new RandomInvert(), new RandomPosterize(4), new RandomSolarize(100),
                        new RandomAdjustSharpness(2), new RandomAutocontrast(), new RandomEqualize(),
                        new RandomApply(List.of(new ColorJitter(0.5)), 0.4)),
                "seed_augmentation_image", new Compose<Image, Tensor>(
                        new RandomCrop(7, 2), new RandomHorizontalFlip(), new ToTensor(),
                        new Normalize(new double[] {0.5, 0.4, 0.3}, new double[] {0.2, 0.25, 0.3})),
                "pad_if_needed_center", new Compose<Tensor, Tensor>(
                        new RandomCrop(RandomCrop.options(new int[] {9, 11}).padIfNeeded(true).fill(0.5)),
                        new CenterCrop(6),
                        new Resize(Resize.options(4).antialias(true)),
                        new RandomAffine(RandomAffine.options(0).shear(10).interpolation(InterpolationMode.BILINEAR))),
                "rrc_fallback", new RandomResizedCrop(RandomResizedCrop.options(4).scale(2.0, 3.0)),
                "elastic", new ElasticTransform(20.0, 1.0),
                "elastic_fill_float", new ElasticTransform(new double[] {5.0, 30.0}, new double[] {0.5, 1.4},
                        InterpolationMode.NEAREST, 0.5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void seededPipelinesReproduceTorchvision() {
        JsonObject root = Fixtures.load("random_pipelines.json");
        Map<String, Tensor> in = Fixtures.inputs(root);
        Map<String, Function<?, ?>> ps = pipelines();
        int checked = 0;
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            Function<Object, Object> t = (Function<Object, Object>) ps.get(name);
            assertEquals(c.get("repr").getAsString(), t.toString(), name + " repr");
            Torch.manualSeed(c.get("seed").getAsLong());
            JsonArray outs = c.getAsJsonArray("outputs");
            for (int k = 0; k < outs.size(); k++) {
                Tensor x = in.get(c.get("input").getAsString()).clone();
                Object arg = c.get("image").getAsBoolean() ? Fixtures.image(x) : x;
                Object out = t.apply(arg);
                Tensor got = out instanceof Image img ? img.toTensor() : (Tensor) out;
                Fixtures.assertClose(outs.get(k).getAsJsonObject(), got, name + " draw " + k, 1e-5, 1, 0.01);
                checked++;
            }
        }
        assertTrue(checked >= 80, "draws checked: " + checked);
    }

    @Test
    void reprsAreTorchvisions() {
        JsonObject r = Fixtures.load("reprs.json");
        Map<String, Object> ts = Map.ofEntries(
                Map.entry("Compose", new Compose<Image, Tensor>(new Resize(256), new CenterCrop(224), new ToTensor(),
                        new Normalize(new double[] {0.485, 0.456, 0.406}, new double[] {0.229, 0.224, 0.225}))),
                Map.entry("RandomCrop", new RandomCrop(32, 4)),
                Map.entry("RandomResizedCrop", new RandomResizedCrop(224)),
                Map.entry("ColorJitter", new ColorJitter(0.1, 0.2, 0.3, 0.1)),
                Map.entry("RandomRotation", new RandomRotation(30)),
                Map.entry("RandomAffine", new RandomAffine(RandomAffine.options(10).translate(0.1, 0.1).scale(0.9, 1.1)
                        .shear(5))),
                Map.entry("Pad", new Pad(Pad.options(4).paddingMode("reflect"))),
                Map.entry("RandomErasing", new RandomErasing()),
                Map.entry("GaussianBlur", new GaussianBlur(5)),
                Map.entry("RandomApply", new RandomApply(List.of(new RandomHorizontalFlip(0.3), new Grayscale(3)), 0.25)),
                Map.entry("FiveCrop", new FiveCrop(5)),
                Map.entry("TenCrop", new TenCrop(5, true)),
                Map.entry("Resize", new Resize(Resize.options(new int[] {32, 48}).interpolation(InterpolationMode.BICUBIC)
                        .antialias(true))),
                Map.entry("RandomPerspective", new RandomPerspective()),
                Map.entry("RandomPosterize", new RandomPosterize(3, 0.2)));
        List<String> bad = new ArrayList<>();
        for (String k : r.keySet()) {
            String want = r.get(k).getAsString();
            String got = ts.get(k).toString();
            if (!want.equals(got)) {
                bad.add(k + ":\n  want " + want + "\n  got  " + got);
            }
        }
        assertEquals(r.keySet().size(), ts.size());
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}

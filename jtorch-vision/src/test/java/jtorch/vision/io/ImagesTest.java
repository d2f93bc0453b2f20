package jtorch.vision.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import jtorch.DType;
import jtorch.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesTest {
    @TempDir
    Path tmp;

    static Path resource(String name) throws Exception {
        return Path.of(ImagesTest.class.getResource("/fixtures/vision/images/" + name).toURI());
    }

    static JsonObject fixture() throws Exception {
        try (var in = ImagesTest.class.getResourceAsStream("/fixtures/vision/images.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    /**
     * Decodes each Pillow-written file to the pixels Pillow decodes: exactly for PNG, BMP and GIF; for
     * JPEG within 2 levels per value (the JDK's IDCT and libjpeg's round differently).
     */
    @Test
    void decodesToPillowsPixels() throws Exception {
        JsonObject fx = fixture();
        for (String name : fx.keySet()) {
            JsonObject c = fx.getAsJsonObject(name);
            Image img = Image.open(resource(name));
            assertEquals(c.get("mode").getAsString(), img.mode().name(), name);
            assertArrayEquals(new int[] {c.getAsJsonArray("size").get(0).getAsInt(),
                    c.getAsJsonArray("size").get(1).getAsInt()}, img.size(), name);
            int[] want = c.getAsJsonArray("pixels").asList().stream().mapToInt(JsonElement::getAsInt).toArray();
            byte[] got = img.toBytes();
            assertEquals(want.length, got.length, name);
            int tol = name.endsWith(".jpg") ? 2 : 0;
            int worst = 0;
            for (int i = 0; i < want.length; i++) {
                worst = Math.max(worst, Math.abs(want[i] - (got[i] & 0xFF)));
            }
            assertTrue(worst <= tol, name + ": max difference " + worst + " > " + tol);
            if (c.has("read_image_shape")) {
                Tensor t = Images.readImage(resource(name));
                assertEquals(DType.UINT8, t.dtype());
                assertArrayEquals(c.getAsJsonArray("read_image_shape").asList().stream().mapToInt(JsonElement::getAsInt)
                        .toArray(), t.sizes());
                assertEquals(c.get("read_image_sum").getAsLong(), t.to(DType.INT64).sum().itemLong());
            }
        }
    }

    @Test
    void pngRoundTripsLosslesslyForEveryMode() {
        Random r = new Random(1);
        for (ImageMode m : ImageMode.values()) {
            byte[] px = new byte[7 * 5 * m.channels()];
            r.nextBytes(px);
            Image img = new Image(m, 7, 5, px);
            Tensor t = img.toTensor();
            assertArrayEquals(new int[] {m.channels(), 5, 7}, t.sizes());
            Path p = tmp.resolve(m + ".png");
            Images.writePng(t, p);
            assertEquals(img, Image.open(p));
            Tensor back = Images.readImage(p);
            assertArrayEquals(t.to(DType.INT64).toLongArray(), back.to(DType.INT64).toLongArray());
            assertEquals(img, Image.fromTensor(t));
        }
    }

    @Test
    void jpegWritesAndReadsBackCloseAtHighQuality() {
        byte[] px = new byte[16 * 16 * 3];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (100 + (i % 3) * 20);
        }
        Tensor t = new Image(ImageMode.RGB, 16, 16, px).toTensor();
        Path p = tmp.resolve("flat.jpg");
        Images.writeJpeg(t, p, 95);
        long[] back = Images.readImage(p, ImageReadMode.RGB).to(DType.INT64).toLongArray();
        long[] want = t.to(DType.INT64).toLongArray();
        for (int i = 0; i < want.length; i++) {
            assertTrue(Math.abs(back[i] - want[i]) <= 3, "value " + i + ": " + back[i] + " vs " + want[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> Images.writeJpeg(t, p, 0));
    }

    @Test
    void modeConversionsFollowPil() {
        Image rgb = new Image(ImageMode.RGB, 2, 1, new byte[] {(byte) 255, 0, 0, 10, 20, 30});
        Image l = rgb.convert(ImageMode.L);
        assertEquals(76, l.getPixel(0, 0, 0)); // PIL: Image.new("RGB", (1,1), (255,0,0)).convert("L") -> 76
        assertEquals(18, l.getPixel(1, 0, 0)); // (10*299 + 20*587 + 30*114)/1000 = 18.15
        Image rgba = l.convert(ImageMode.RGBA);
        assertEquals(255, rgba.getPixel(0, 0, 3));
        assertEquals(76, rgba.getPixel(0, 0, 2));
        assertArrayEquals(new int[] {1, 1, 2}, l.toTensor().sizes());
    }

    @Test
    void corruptTruncatedAndMissingFilesFailNamingTheFile() throws Exception {
        Path trunc = tmp.resolve("trunc.png");
        byte[] full = Files.readAllBytes(resource("rgb.png"));
        Files.write(trunc, Arrays.copyOf(full, full.length / 2));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Images.readImage(trunc));
        assertTrue(e.getMessage().contains(trunc.toString()), e.getMessage());
        Path cutJpeg = tmp.resolve("trunc.jpg");
        byte[] jpeg = Files.readAllBytes(resource("rgb.jpg"));
        Files.write(cutJpeg, Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        e = assertThrows(UncheckedIOException.class, () -> Image.open(cutJpeg));
        assertTrue(e.getMessage().contains(cutJpeg.toString()) && e.getMessage().contains("truncated"), e.getMessage());
        Path junk = tmp.resolve("junk.jpg");
        Files.writeString(junk, "this is not an image");
        e = assertThrows(UncheckedIOException.class, () -> Image.open(junk));
        assertTrue(e.getMessage().contains(junk.toString()) && e.getMessage().contains("cannot identify"), e.getMessage());
        Path missing = tmp.resolve("missing.png");
        e = assertThrows(UncheckedIOException.class, () -> Image.open(missing));
        assertTrue(e.getMessage().contains("not found") && e.getMessage().contains(missing.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Image.fromTensor(jtorch.Torch.zeros(3, 2, 2)));
    }
}

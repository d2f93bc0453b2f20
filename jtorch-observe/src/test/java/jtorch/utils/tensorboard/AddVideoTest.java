package jtorch.utils.tensorboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.observe.Fixtures;
import jtorch.utils.tensorboard.proto.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add_video: an animated GIF of PyTorch's _prepare_video frames (tools/golden/observe.py), decoded frame by frame. */
class AddVideoTest {
    @TempDir
    Path dir;

    private record Gif(List<BufferedImage> frames, List<IIOMetadataNode> meta) {
    }

    private static Gif decode(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<IIOMetadataNode> meta = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                meta.add((IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0"));
            }
            return new Gif(frames, meta);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        return null;
    }

    private Summary.Image write(Tensor vid, double fps) {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addVideo("video", vid, 3, fps);
        }
        var events = EventFiles.readDir(dir);
        assertEquals(2, events.size());
        assertEquals(3, events.get(1).getStep());
        Summary.Value v = events.get(1).getSummary().getValue(0);
        assertEquals("video", v.getTag());
        return v.getImage();
    }

    private static void checkFrames(JsonObject fx, Gif gif) {
        JsonArray shape = fx.getAsJsonArray("frames_shape");
        int t = shape.get(0).getAsInt();
        int h = shape.get(1).getAsInt();
        int w = shape.get(2).getAsInt();
        int c = shape.get(3).getAsInt();
        JsonArray want = fx.getAsJsonArray("frames");
        assertEquals(t, gif.frames().size());
        for (int f = 0; f < t; f++) {
            BufferedImage img = gif.frames().get(f);
            assertEquals(w, img.getWidth());
            assertEquals(h, img.getHeight());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = img.getRGB(x, y);
                    int[] got = {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
                    for (int ch = 0; ch < 3; ch++) {
                        int k = ((f * h + y) * w + x) * c + (c == 1 ? 0 : ch);
                        assertEquals(want.get(k).getAsInt(), got[ch], "frame " + f + " (" + y + ", " + x + ") channel " + ch);
                    }
                }
            }
        }
    }

    private static int[] shape(JsonObject fx) {
        return fx.getAsJsonArray("shape").asList().stream().mapToInt(e -> e.getAsInt()).toArray();
    }

    @Test
    void uint8VideoTilesTheBatchIntoLoopingGifFrames() throws IOException {
        JsonObject fx = Fixtures.get().getAsJsonObject("video").getAsJsonObject("uint8");
        JsonArray values = fx.getAsJsonArray("video");
        int[] data = new int[values.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = values.get(i).getAsInt();
        }
        Tensor vid = Torch.fromArray(data, shape(fx)).to(DType.UINT8);
        assertEquals(DType.UINT8, vid.dtype());
        Summary.Image img = write(vid, 4);
        assertEquals(5, img.getHeight()); // 3 videos padded to 4, one row of four
        assertEquals(24, img.getWidth());
        assertEquals(3, img.getColorspace());
        byte[] gif = img.getEncodedImageString().toByteArray();
        assertEquals("GIF89a", new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII));
        Gif decoded = decode(gif);
        checkFrames(fx, decoded);
        // every frame shows for 100 / fps = 25 hundredths of a second; the first carries NETSCAPE2.0 loop 0 (forever)
        for (IIOMetadataNode m : decoded.meta()) {
            assertEquals("25", child(m, "GraphicControlExtension").getAttribute("delayTime"));
        }
        IIOMetadataNode app = (IIOMetadataNode) child(decoded.meta().get(0), "ApplicationExtensions").getFirstChild();
        assertEquals("NETSCAPE", app.getAttribute("applicationID"));
        assertEquals("2.0", app.getAttribute("authenticationCode"));
        assertTrue(Arrays.equals(new byte[] {1, 0, 0}, (byte[]) app.getUserObject()));
    }

    @Test
    void floatGrayVideoIsScaledBy255AndLaidOutTwoByTwo() throws IOException {
        JsonObject fx = Fixtures.get().getAsJsonObject("video").getAsJsonObject("float");
        JsonArray values = fx.getAsJsonArray("video");
        float[] data = new float[values.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = values.get(i).getAsFloat();
        }
        Summary.Image img = write(Torch.fromArray(data, shape(fx)), 10);
        assertEquals(8, img.getHeight());
        assertEquals(8, img.getWidth());
        assertEquals(1, img.getColorspace());
        Gif decoded = decode(img.getEncodedImageString().toByteArray());
        checkFrames(fx, decoded);
        assertEquals("10", child(decoded.meta().get(0), "GraphicControlExtension").getAttribute("delayTime"));
    }

    @Test
    void framesWithMoreThan256ColoursAreReducedByTheGifWriter() throws IOException {
        Torch.manualSeed(0);
        Tensor vid = Torch.rand(1, 2, 3, 32, 32); // 1024 random colours a frame
        Gif decoded = decode(write(vid, 4).getEncodedImageString().toByteArray());
        assertEquals(2, decoded.frames().size());
        // colour reduction moves each pixel a little, not a lot
        float[] v = vid.toFloatArray();
        double err = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int rgb = decoded.frames().get(1).getRGB(x, y);
                for (int ch = 0; ch < 3; ch++) {
                    int want = (int) (v[((3 + ch) * 32 + y) * 32 + x] * 255f);
                    err += Math.abs(want - (rgb >> (16 - 8 * ch) & 255));
                }
            }
        }
        assertTrue(err / (32 * 32 * 3) < 40, "mean error " + err / (32 * 32 * 3));
    }

    @Test
    void badShapesAreRejected() {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            assertEquals("vid_tensor must be [N, T, C, H, W], got shape [2, 3, 4, 4]",
                    assertThrows(IllegalArgumentException.class, () -> w.addVideo("v", Torch.zeros(2, 3, 4, 4), 0)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> w.addVideo("v", Torch.zeros(1, 2, 2, 4, 4), 0));
            assertThrows(IllegalArgumentException.class, () -> w.addVideo("v", Torch.zeros(1, 2, 3, 4, 4), 0, 0));
        }
    }
}

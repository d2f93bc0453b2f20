package jtorch.utils.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.functional.F;
import jtorch.observe.Fixtures;
import jtorch.observe.SeedModels;
import jtorch.utils.tensorboard.RecordReader;
import jtorch.utils.tensorboard.SummaryWriter;
import jtorch.utils.tensorboard.proto.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's kernel and feature-map visualisation (003) for LeNet after {@code manual_seed(0)}: the grids against
 * torchvision's make_grid (tools/golden/observe.py), then through SummaryWriter.addImage as the seed logs them.
 */
class GridsTest {
    @TempDir
    Path dir;

    private static final JsonObject FX = Fixtures.get().getAsJsonObject("grids");

    /** Channel 0 of the grid equals torchvision's, and all three channels are equal (gray kernels). */
    private static void assertGrid(String key, Tensor grid) {
        JsonObject want = FX.getAsJsonObject(key);
        int[] shape = want.getAsJsonArray("shape").asList().stream().mapToInt(e -> e.getAsInt()).toArray();
        assertArrayEquals(shape, grid.sizes(), key);
        assertTrue(want.get("channels_equal").getAsBoolean());
        assertTrue(grid.select(0, 0).equal(grid.select(0, 1)) && grid.select(0, 0).equal(grid.select(0, 2)), key);
        float[] got = grid.select(0, 0).contiguous().toFloatArray();
        JsonArray w = want.getAsJsonArray("channel0");
        assertEquals(w.size(), got.length);
        for (int i = 0; i < got.length; i++) {
            assertEquals(w.get(i).getAsDouble(), got[i], 2e-6, key + " pixel " + i);
        }
    }

    private static SeedModels.Net lenet() {
        Torch.manualSeed(0);
        return new SeedModels.Net();
    }

    @Test
    void kernelGridsAreTorchvisionsMakeGrid() {
        Tensor w = lenet().stateDict().get("conv2.weight");
        assertEquals(FX.get("conv2_weight_sum").getAsDouble(), w.toDouble().sum().item(), 1e-5);
        assertGrid("conv2_split_in_channel_0", Grids.kernels(w, 0));
        assertGrid("conv2_all", Grids.kernels(w));
    }

    @Test
    void featureMapGridIsTorchvisionsMakeGrid() {
        SeedModels.Net net = lenet();
        Tensor x = Torch.randn(1, 1, 32, 32);
        Tensor maps;
        try (var g = Torch.noGrad()) {
            maps = F.relu(net.namedChildren().get("conv1").call(x));
        }
        assertGrid("conv1_feature_maps", Grids.featureMaps(maps, 2));
    }

    @Test
    void makeGridPadsWithPadValueAndKeepsOneImage() {
        Tensor two = Torch.ones(2, 3, 2, 2);
        Tensor g = Grids.makeGrid(two, 8, 1, false, false, 0.5);
        assertArrayEquals(new int[] {3, 4, 7}, g.sizes());
        assertEquals(0.5, g.get("0, 0, 0").item());
        assertEquals(1.0, g.get("0, 1, 1").item());
        assertEquals(0.5, g.get("0, 1, 3").item()); // between the two images
        assertArrayEquals(new int[] {3, 2, 2}, Grids.makeGrid(Torch.ones(1, 1, 2, 2), 8, 2, false, false, 0).sizes());
    }

    /** The seed's script: every conv weight of the state dict logged per output channel and as one grid. */
    @Test
    void seedScriptLogsKernelImagesThatDecodeToTheGridsPixels() throws IOException {
        SeedModels.Net net = lenet();
        try (SummaryWriter writer = new SummaryWriter(dir)) {
            for (Map.Entry<String, Tensor> e : net.stateDict().entrySet()) {
                String k = e.getKey();
                Tensor v = e.getValue();
                if (k.contains("conv") && k.contains("weight")) {
                    for (int j = 0; j < v.size(0); j++) {
                        writer.addImage(k + "_split_in_channel", Grids.kernels(v, j), j);
                    }
                    writer.addImage(k + "_all", Grids.kernels(v), 666);
                }
            }
        }
        Path file;
        try (Stream<Path> s = Files.list(dir)) {
            file = s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).findFirst().orElseThrow();
        }
        List<Event> events = new ArrayList<>();
        for (byte[] r : RecordReader.readAll(file)) {
            events.add(Event.parseFrom(r));
        }
        assertEquals(1 + 6 + 1 + 16 + 1, events.size());
        Event all = events.stream().filter(e -> e.hasSummary() && e.getSummary().getValue(0).getTag().equals("conv2.weight_all"))
                .findFirst().orElseThrow();
        assertEquals(666, all.getStep());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                all.getSummary().getValue(0).getImage().getEncodedImageString().toByteArray()));
        // add_image's pixels: value x 255 in float32, truncated (torch.utils.tensorboard.summary.image)
        JsonObject want = FX.getAsJsonObject("conv2_all");
        JsonArray ch0 = want.getAsJsonArray("channel0");
        int w = img.getWidth();
        assertEquals(44, w);
        assertEquals(114, img.getHeight());
        int near = 0;
        for (int i = 0; i < ch0.size(); i++) {
            float scaled = ch0.get(i).getAsFloat() * 255f;
            int got = img.getRGB(i % w, i / w) & 255;
            if (scaled != Math.round(scaled) && Math.abs(scaled - Math.round(scaled)) < 1e-3) {
                near++; // a value this close to an integer may truncate either way at float32 precision
                assertEquals(scaled, got, 1.0, "pixel " + i);
            } else {
                assertEquals((int) scaled, got, "pixel " + i);
            }
        }
        assertTrue(near < 20, near + " pixels on a boundary");
    }

    @Test
    void savedGridIsAPngWithSaveImagesRounding() throws IOException {
        Tensor grid = Torch.tensor(new double[][][] {{{0, 0.5}}, {{1, 0.25}}, {{0.998, 2}}}).toFloat();
        Path png = Grids.save(grid, dir.resolve("sub/k.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2, img.getWidth());
        // 0.5 * 255 + 0.5 = 128; 0.25 * 255 + 0.5 = 64.25 -> 64; 2 clamps to 255; 0.998 * 255 + 0.5 = 254.99 -> 254
        assertEquals(0x00FFFE, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(128 << 16 | 64 << 8 | 255, img.getRGB(1, 0) & 0xFFFFFF);
    }
}

package jtorch.utils.tensorboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.observe.Fixtures;
import jtorch.utils.tensorboard.proto.DataType;
import jtorch.utils.tensorboard.proto.Event;
import jtorch.utils.tensorboard.proto.HParamDataType;
import jtorch.utils.tensorboard.proto.HParamsPluginData;
import jtorch.utils.tensorboard.proto.HistogramProto;
import jtorch.utils.tensorboard.proto.PrCurvePluginData;
import jtorch.utils.tensorboard.proto.Status;
import jtorch.utils.tensorboard.proto.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Every SummaryWriter method writes what TensorBoard reads: decoded back from the files it wrote. */
class SummaryWriterTest {
    @TempDir
    Path dir;

    private static Summary.Value onlyValue(Event e) {
        assertEquals(1, e.getSummary().getValueCount());
        return e.getSummary().getValue(0);
    }

    @Test
    void scalarsDecodeToTheValuesWritten() {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            for (int step = 0; step < 5; step++) {
                w.addScalar("Train Loss", 1.0 / (step + 1), step);
            }
            w.addScalar("lr", 0.1);
        }
        List<Path> files = EventFiles.files(dir);
        assertEquals(1, files.size());
        String host = EventFileWriter.hostname();
        assertTrue(Pattern.matches("events\\.out\\.tfevents\\.\\d{10}\\." + Pattern.quote(host) + "\\.\\d+\\.\\d+",
                files.get(0).getFileName().toString()), files.get(0).toString());
        List<Event> events = EventFiles.read(files.get(0));
        assertEquals("brain.Event:2", events.get(0).getFileVersion());
        assertEquals(7, events.size());
        for (int step = 0; step < 5; step++) {
            Event e = events.get(step + 1);
            assertEquals(step, e.getStep());
            assertEquals("Train Loss", onlyValue(e).getTag());
            assertEquals((float) (1.0 / (step + 1)), onlyValue(e).getSimpleValue());
            assertEquals(System.currentTimeMillis() / 1000.0, e.getWallTime(), 60);
        }
        assertFalse(events.get(6).hasField(Event.getDescriptor().findFieldByName("step"))); // no global_step: unset
        assertEquals(0.1f, onlyValue(events.get(6)).getSimpleValue());
    }

    /**
     * A protoc: the one on the PATH, else the one the build took from Maven Central to compile the schemas
     * (protobuf-maven-plugin keeps an executable copy under target/), so this check never depends on the machine.
     */
    static String protoc() throws IOException {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "protoc"))) {
                return Path.of(p, "protoc").toString();
            }
        }
        try (Stream<Path> s = Files.walk(Path.of("target", "protobuf-maven-plugin"))) {
            return s.filter(p -> p.getFileName().toString().matches("protoc.*\\.exe") && Files.isExecutable(p))
                    .findFirst().orElseThrow(() -> new AssertionError("no protoc on the PATH or under target/")).toString();
        }
    }

    @Test
    void protocDecodeRawReadsTheSameRecords() throws Exception {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addScalar("loss", 1.0, 7);
        }
        List<byte[]> recs = RecordReader.readAll(EventFiles.files(dir).get(0));
        assertTrue(decodeRaw(recs.get(0)).contains("3: \"brain.Event:2\""));
        String s = decodeRaw(recs.get(1));
        // Event.step = 2, Event.summary = 5 { Summary.value = 1 { tag = 1, simple_value = 2 (float 1.0) } }
        assertTrue(s.contains("2: 7\n"), s);
        assertTrue(Pattern.compile("5 \\{\\s+1 \\{\\s+1: \"loss\"\\s+2: 0x3f800000\\s+}\\s+}").matcher(s).find(), s);
    }

    static String decodeRaw(byte[] data) throws Exception {
        Process p = new ProcessBuilder(protoc(), "--decode_raw").start();
        p.getOutputStream().write(data);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return out;
    }

    @Test
    void addScalarsWritesOneSubRunPerTag() {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            for (int x = 0; x < 3; x++) {
                Map<String, Double> m = new LinkedHashMap<>();
                m.put("xsinx", x * Math.sin(x));
                m.put("xcosx", x * Math.cos(x));
                w.addScalars("data/scalar_group", m, x);
            }
        }
        for (String tag : List.of("xsinx", "xcosx")) {
            Path sub = dir.resolve("data_scalar_group_" + tag);
            List<Event> ev = EventFiles.readDir(sub);
            assertEquals(4, ev.size());
            for (int x = 0; x < 3; x++) {
                assertEquals("data/scalar_group", onlyValue(ev.get(x + 1)).getTag());
                assertEquals(x, ev.get(x + 1).getStep());
                double want = tag.equals("xsinx") ? x * Math.sin(x) : x * Math.cos(x);
                assertEquals((float) want, onlyValue(ev.get(x + 1)).getSimpleValue());
            }
        }
        assertEquals(1, EventFiles.readDir(dir).size()); // the main run holds only its version record
    }

    @Test
    void defaultLogDirIsRunsDateHostComment() throws IOException {
        SummaryWriter w = new SummaryWriter(SummaryWriter.options().comment("_lr0.1"));
        Path logDir = w.getLogDir();
        try {
            w.close();
            assertEquals("runs", logDir.getParent().toString());
            assertTrue(Pattern.matches("[A-Z][a-z]{2}\\d{2}_\\d{2}-\\d{2}-\\d{2}_" + Pattern.quote(EventFileWriter.hostname()) + "_lr0\\.1",
                    logDir.getFileName().toString()), logDir.toString());
        } finally {
            try (Stream<Path> s = Files.walk(logDir)) {
                for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
            try (Stream<Path> s = Files.list(Path.of("runs"))) {
                if (s.findAny().isEmpty()) {
                    Files.delete(Path.of("runs"));
                }
            }
        }
    }

    @Test
    void filenameSuffixAndPurgeStep() {
        try (SummaryWriter w = new SummaryWriter(SummaryWriter.options().logDir(dir).filenameSuffix(".epoch10").purgeStep(42))) {
            w.addScalar("a", 1, 42);
        }
        Path f = EventFiles.files(dir).get(0);
        assertTrue(f.getFileName().toString().endsWith(".epoch10"));
        List<Event> ev = EventFiles.read(f);
        assertEquals(42, ev.get(1).getStep());
        assertEquals(jtorch.utils.tensorboard.proto.SessionLog.SessionStatus.START, ev.get(1).getSessionLog().getStatus());
    }

    @Test
    void eventsAreQueuedUntilMaxQueueOrFlush() throws IOException {
        SummaryWriter w = new SummaryWriter(SummaryWriter.options().logDir(dir).maxQueue(3).flushSecs(3600));
        Path f = w.getEventFile();
        assertEquals(1, RecordReader.readAll(f).size()); // the version record is written at once
        w.addScalar("a", 1, 0);
        w.addScalar("a", 2, 1);
        assertEquals(1, RecordReader.readAll(f).size());
        w.addScalar("a", 3, 2); // the queue is full: written out
        assertEquals(4, RecordReader.readAll(f).size());
        w.addScalar("a", 4, 3);
        assertEquals(4, RecordReader.readAll(f).size());
        w.flush();
        assertEquals(5, RecordReader.readAll(f).size());
        w.addScalar("a", 5, 4);
        w.close();
        assertEquals(6, RecordReader.readAll(f).size());
        assertThrows(IllegalStateException.class, () -> w.addScalar("a", 6, 5));
    }

    @Test
    void flushSecsWritesOnATimer() throws Exception {
        try (SummaryWriter w = new SummaryWriter(SummaryWriter.options().logDir(dir).maxQueue(1000).flushSecs(1))) {
            w.addScalar("a", 1, 0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (RecordReader.readAll(w.getEventFile()).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, RecordReader.readAll(w.getEventFile()).size());
        }
    }

    @Test
    void histogramsHaveTensorBoardsBucketLayout() {
        JsonObject fx = Fixtures.get().getAsJsonObject("histogram");
        JsonArray vals = fx.getAsJsonArray("values");
        float[] v = new float[vals.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = vals.get(i).getAsFloat();
        }
        Tensor t = Torch.fromArray(v, v.length);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addHistogram("conv1.weight", t, 3);
            w.addHistogram("conv1.weight_30", t, 3, 30);
        }
        List<Event> ev = EventFiles.readDir(dir);
        checkHisto(fx.getAsJsonObject("tensorflow"), onlyValue(ev.get(1)).getHisto());
        checkHisto(fx.getAsJsonObject("bins30"), onlyValue(ev.get(2)).getHisto());
        assertEquals(3, ev.get(1).getStep());
        assertEquals("conv1.weight", onlyValue(ev.get(1)).getTag());
    }

    private static void checkHisto(JsonObject want, HistogramProto h) {
        assertEquals(want.get("min").getAsDouble(), h.getMin());
        assertEquals(want.get("max").getAsDouble(), h.getMax());
        assertEquals(want.get("num").getAsDouble(), h.getNum());
        assertEquals(want.get("sum").getAsDouble(), h.getSum(), 1e-4);
        assertEquals(want.get("sum_squares").getAsDouble(), h.getSumSquares(), 1e-3);
        assertArrayEquals(doubles(want.getAsJsonArray("bucket_limit")), h.getBucketLimitList().stream().mapToDouble(d -> d).toArray());
        assertArrayEquals(doubles(want.getAsJsonArray("bucket")), h.getBucketList().stream().mapToDouble(d -> d).toArray());
    }

    static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).getAsDouble();
        }
        return d;
    }

    private static BufferedImage png(Summary.Image img) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(img.getEncodedImageString().toByteArray()));
    }

    @Test
    void imagesInChwAndHwcArePngsOfTheScaledPixels() throws IOException {
        // a 3x2x4 CHW image with values in [0, 1]; uint8 HWC of the same picture
        float[] chw = new float[3 * 2 * 4];
        for (int i = 0; i < chw.length; i++) {
            chw[i] = i / 23f;
        }
        Tensor img = Torch.fromArray(chw, 3, 2, 4);
        Tensor hwc = img.permute(1, 2, 0).mul(255).to(DType.UINT8);
        Tensor gray = Torch.fromArray(new float[] {0f, 0.5f, 1f, 2f, -1f, 0.25f}, 2, 3);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addImage("chw", img, 1);
            w.addImage("hwc", hwc, 2, "HWC");
            w.addImage("gray", gray, 3, "HW");
        }
        List<Event> ev = EventFiles.readDir(dir);
        Summary.Image a = onlyValue(ev.get(1)).getImage();
        assertEquals(2, a.getHeight());
        assertEquals(4, a.getWidth());
        assertEquals(3, a.getColorspace());
        BufferedImage pa = png(a);
        BufferedImage pb = png(onlyValue(ev.get(2)).getImage());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                int[] want = new int[3];
                for (int c = 0; c < 3; c++) {
                    want[c] = (int) (float) (chw[c * 8 + y * 4 + x] * 255f); // x255 then truncated, as np.uint8
                }
                int rgb = pa.getRGB(x, y);
                assertArrayEquals(want, new int[] {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255});
                assertEquals(rgb, pb.getRGB(x, y)); // the same picture through HWC uint8
            }
        }
        BufferedImage pg = png(onlyValue(ev.get(3)).getImage());
        int[] grays = {0, 127, 255, 255, 0, 63};
        for (int i = 0; i < 6; i++) {
            assertEquals(grays[i] * 0x010101, pg.getRGB(i % 3, i / 3) & 0xffffff);
        }
    }

    @Test
    void addImagesTilesEightToARowWithoutPadding() throws IOException {
        // 10 one-channel 2x3 images, image k filled with k/10
        Tensor batch = Torch.arange(10).toFloat().div(10).view(10, 1, 1, 1).expand(10, 1, 2, 3).contiguous();
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addImages("batch", batch, 0);
        }
        Summary.Image img = onlyValue(EventFiles.readDir(dir).get(1)).getImage();
        assertEquals(4, img.getHeight());
        assertEquals(24, img.getWidth());
        BufferedImage p = png(img);
        for (int k = 0; k < 16; k++) {
            int want = k < 10 ? (int) (float) ((float) (k / 10f) * 255f) : 0;
            assertEquals(want * 0x010101, p.getRGB((k % 8) * 3 + 1, (k / 8) * 2 + 1) & 0xffffff, "tile " + k);
        }
    }

    @Test
    void textIsATensorOfTheTextPlugin() {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addText("notes", "**lr** = 0.1, 学习率", 4);
        }
        Summary.Value v = onlyValue(EventFiles.readDir(dir).get(1));
        assertEquals("notes/text_summary", v.getTag());
        assertEquals("text", v.getMetadata().getPluginData().getPluginName());
        assertEquals(DataType.DT_STRING, v.getTensor().getDtype());
        assertEquals(1, v.getTensor().getTensorShape().getDim(0).getSize());
        assertEquals("**lr** = 0.1, 学习率", v.getTensor().getStringVal(0).toStringUtf8());
    }

    @Test
    void prCurvesMatchPyTorchsComputeCurve() throws Exception {
        JsonObject fx = Fixtures.get().getAsJsonObject("pr_curve");
        double[] labels = doubles(fx.getAsJsonArray("labels"));
        double[] preds = doubles(fx.getAsJsonArray("predictions"));
        float[] p = new float[preds.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) preds[i];
        }
        Tensor lt = Torch.fromArray(labels, labels.length).toLong();
        Tensor pt = Torch.fromArray(p, p.length);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addPrCurve("pr", lt, pt, 1);
            w.addPrCurve("pr10", lt, pt, 1, 10);
            w.addPrCurveRaw("raw", Torch.tensor(new double[] {3, 1}), Torch.tensor(new double[] {2, 0}),
                    Torch.tensor(new double[] {0, 2}), Torch.tensor(new double[] {0, 2}),
                    Torch.tensor(new double[] {0.6, 1}), Torch.tensor(new double[] {1, 0.333}), 2, 2);
        }
        List<Event> ev = EventFiles.readDir(dir);
        for (int k = 0; k < 2; k++) {
            int n = k == 0 ? 127 : 10;
            Summary.Value v = onlyValue(ev.get(k + 1));
            assertEquals("pr_curves", v.getMetadata().getPluginData().getPluginName());
            PrCurvePluginData pd = PrCurvePluginData.parseFrom(v.getMetadata().getPluginData().getContent());
            assertEquals(n, pd.getNumThresholds());
            assertEquals(6, v.getTensor().getTensorShape().getDim(0).getSize());
            assertEquals(n, v.getTensor().getTensorShape().getDim(1).getSize());
            double[] want = doubles(fx.getAsJsonArray("curve" + n));
            double[] got = v.getTensor().getFloatValList().stream().mapToDouble(f -> f).toArray();
            assertArrayEquals(want, got);
        }
        Summary.Value raw = onlyValue(ev.get(3));
        assertEquals(List.of(3f, 1f, 2f, 0f, 0f, 2f, 0f, 2f, 0.6f, 1f, 1f, 0.333f), raw.getTensor().getFloatValList());
    }

    @Test
    void hparamsWriteTheThreePluginRecordsAndMetricsInASubRun() throws Exception {
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("lr", 0.1);
        hp.put("bsize", 32);
        hp.put("optim", "sgd");
        hp.put("nesterov", true);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addHparams(hp, Map.of("hparam/accuracy", 0.9), "run0");
        }
        List<Event> ev = EventFiles.readDir(dir.resolve("run0"));
        assertEquals(5, ev.size());
        List<String> tags = new ArrayList<>();
        for (Event e : ev.subList(1, 4)) {
            Summary.Value v = onlyValue(e);
            tags.add(v.getTag());
            assertEquals("hparams", v.getMetadata().getPluginData().getPluginName());
            assertEquals(Summary.Value.ValueCase.VALUE_NOT_SET, v.getValueCase());
        }
        assertEquals(List.of("_hparams_/experiment", "_hparams_/session_start_info", "_hparams_/session_end_info"), tags);
        HParamsPluginData exp = HParamsPluginData.parseFrom(onlyValue(ev.get(1)).getMetadata().getPluginData().getContent());
        assertEquals(List.of("lr", "bsize", "optim", "nesterov"), exp.getExperiment().getHparamInfosList().stream().map(i -> i.getName()).toList());
        assertEquals(List.of(HParamDataType.DATA_TYPE_FLOAT64, HParamDataType.DATA_TYPE_FLOAT64, HParamDataType.DATA_TYPE_STRING,
                HParamDataType.DATA_TYPE_BOOL), exp.getExperiment().getHparamInfosList().stream().map(i -> i.getType()).toList());
        assertEquals("hparam/accuracy", exp.getExperiment().getMetricInfos(0).getName().getTag());
        HParamsPluginData ssi = HParamsPluginData.parseFrom(onlyValue(ev.get(2)).getMetadata().getPluginData().getContent());
        assertEquals(0.1, ssi.getSessionStartInfo().getHparamsOrThrow("lr").getNumberValue());
        assertEquals(32, ssi.getSessionStartInfo().getHparamsOrThrow("bsize").getNumberValue());
        assertEquals("sgd", ssi.getSessionStartInfo().getHparamsOrThrow("optim").getStringValue());
        assertTrue(ssi.getSessionStartInfo().getHparamsOrThrow("nesterov").getBoolValue());
        HParamsPluginData sei = HParamsPluginData.parseFrom(onlyValue(ev.get(3)).getMetadata().getPluginData().getContent());
        assertEquals(Status.STATUS_SUCCESS, sei.getSessionEndInfo().getStatus());
        assertEquals("hparam/accuracy", onlyValue(ev.get(4)).getTag());
        assertEquals(0.9f, onlyValue(ev.get(4)).getSimpleValue());
        assertThrows(IllegalArgumentException.class, () -> {
            try (SummaryWriter w = new SummaryWriter(dir)) {
                w.addHparams(Map.of("x", List.of(1)), Map.of());
            }
        });
    }

    @Test
    void embeddingsWriteTheProjectorFiles() throws IOException {
        Tensor mat = Torch.tensor(new double[][] {{0.1, 1e-5, 2}, {-3.5, 123456.789, 0}}).toFloat();
        Tensor labelImg = Torch.ones(2, 1, 2, 2).mul(0.5f);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addEmbedding(mat, List.of("cat", "dog"));
            w.addEmbedding(mat, SummaryWriter.embeddingOptions().tag("fc/out").globalStep(7).labelImg(labelImg)
                    .metadata(List.of(List.of("a", 1), List.of("b", 2))).metadataHeader(List.of("name", "id")));
        }
        // Python: repr(float(np.float32(x))) of each element
        assertEquals("0.10000000149011612\t9.999999747378752e-06\t2.0\n-3.5\t123456.7890625\t0.0\n",
                Files.readString(dir.resolve("00000/default/tensors.tsv")));
        assertEquals("cat\ndog\n", Files.readString(dir.resolve("00000/default/metadata.tsv")));
        assertEquals("name\tid\na\t1\nb\t2\n", Files.readString(dir.resolve("00007/fc%2fout/metadata.tsv")));
        BufferedImage sprite = ImageIO.read(dir.resolve("00007/fc%2fout/sprite.png").toFile());
        assertEquals(4, sprite.getWidth());
        assertEquals(4, sprite.getHeight());
        assertEquals(127 * 0x010101, sprite.getRGB(3, 1) & 0xffffff);
        assertEquals(0, sprite.getRGB(1, 3) & 0xffffff); // padding to a square is black
        assertEquals("""
                embeddings {
                  tensor_name: "default:00000"
                  metadata_path: "00000/default/metadata.tsv"
                  tensor_path: "00000/default/tensors.tsv"
                }
                embeddings {
                  tensor_name: "fc/out:00007"
                  metadata_path: "00007/fc%2fout/metadata.tsv"
                  sprite {
                    image_path: "00007/fc%2fout/sprite.png"
                    single_image_dim: 2
                    single_image_dim: 2
                  }
                  tensor_path: "00007/fc%2fout/tensors.tsv"
                }
                """, Files.readString(dir.resolve("projector_config.pbtxt")));
    }

    @Test
    void pythonReprOfFloats() {
        for (var e : Fixtures.get().getAsJsonArray("repr")) {
            JsonArray a = e.getAsJsonArray();
            assertEquals(a.get(1).getAsString(), PyFloat.repr(a.get(0).getAsDouble()));
        }
    }

    @Test
    void figuresAreChartsRenderedToPng() throws IOException {
        XYChart chart = new XYChartBuilder().width(320).height(240).title("loss").build();
        chart.addSeries("train", new double[] {1, 2, 3}, new double[] {1.0, 0.5, 0.25});
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addFigure("curves", chart, 5);
        }
        Summary.Image img = onlyValue(EventFiles.readDir(dir).get(1)).getImage();
        assertEquals(240, img.getHeight());
        assertEquals(320, img.getWidth());
        BufferedImage p = png(img);
        assertEquals(320, p.getWidth());
        assertEquals(240, p.getHeight());
    }

    @Test
    void boxesAreDrawnInRed() throws IOException {
        Tensor img = Torch.zeros(3, 20, 30);
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addImageWithBoxes("det", img, Torch.tensor(new double[][] {{5, 5, 25, 15}}), 0, List.of("cat"));
            assertThrows(IllegalArgumentException.class,
                    () -> w.addImageWithBoxes("det", img, Torch.tensor(new double[][] {{5, 5, 25, 15}}), 0, List.of("a", "b")));
        }
        BufferedImage p = png(onlyValue(EventFiles.readDir(dir).get(1)).getImage());
        assertEquals(0xff0000, p.getRGB(15, 15) & 0xffffff); // bottom edge
        assertEquals(0xff0000, p.getRGB(25, 10) & 0xffffff); // right edge
        assertEquals(0, p.getRGB(15, 10) & 0xffffff); // inside stays black
    }

    @Test
    void audioIsA16BitWav() {
        Tensor snd = Torch.tensor(new double[] {0, 0.5, -1, 2}).toFloat();
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addAudio("snd", snd, 0, 8000);
        }
        Summary.Audio a = onlyValue(EventFiles.readDir(dir).get(1)).getAudio();
        assertEquals(8000f, a.getSampleRate());
        assertEquals(4, a.getLengthFrames());
        assertEquals("audio/wav", a.getContentType());
        byte[] wav = a.getEncodedAudioString().toByteArray();
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(44 + 8, wav.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(wav, 44, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals(new short[] {0, 16383, -32767, 32767}, new short[] {b.getShort(), b.getShort(), b.getShort(), b.getShort()});
    }

    @Test
    void scalarsExportToJson() throws IOException {
        Path json = dir.resolve("all_scalars.json");
        try (SummaryWriter w = new SummaryWriter(dir.resolve("run"))) {
            w.addScalar("loss", 0.5, 1);
            w.addScalar("loss", 0.25, 2);
            w.addScalars("acc", Map.of("train", 0.75), 2);
            w.exportScalarsToJson(json);
        }
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        JsonArray loss = o.getAsJsonArray("loss");
        assertEquals(2, loss.size());
        assertEquals(2, loss.get(1).getAsJsonArray().get(1).getAsLong());
        assertEquals(0.25, loss.get(1).getAsJsonArray().get(2).getAsDouble());
        assertEquals(0.75, o.getAsJsonArray(dir.resolve("run") + "/acc_train").get(0).getAsJsonArray().get(2).getAsDouble());
    }
}

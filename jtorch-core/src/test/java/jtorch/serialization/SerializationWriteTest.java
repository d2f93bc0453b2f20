package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.bytesOf;
import static jtorch.serialization.SerializationTestSupport.expected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files jtorch writes: the archive's structure checked with java.util.zip (not jtorch's reader), data.pkl compared
 * byte for byte with the pickle PyTorch writes for the same objects, round trips of every dtype and of views, atomic
 * replacement. With {@code -Djtorch.serialization.out=DIR} the files PyTorch should read are also written to DIR for
 * tools/golden/check_jtorch_files.py.
 */
class SerializationWriteTest {
    private static final JsonObject EXPECTED = expected();

    @TempDir
    Path dir;

    /** The objects PyTorch pickled in serialization.py's "pickle_bytes", rebuilt with the same values. */
    static Map<String, Tensor> pickleStateDict() {
        Torch.manualSeed(0);
        Tensor a = Torch.randn(2, 3);
        Map<String, Tensor> sd = new LinkedHashMap<>();
        sd.put("a", a);
        sd.put("a_t", a.t());
        sd.put("b", Torch.arange(4));
        sd.put("c", Torch.tensor(true));
        return sd;
    }

    static Map<String, Object> pickleNested() {
        Torch.manualSeed(0);
        Tensor a = Torch.randn(2, 3);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", 3);
        m.put("lr", 0.1);
        m.put("names", List.of("x", "y"));
        m.put("none", null);
        m.put("flag", false);
        m.put("big", 1L << 40);
        m.put("neg", -70000);
        m.put("sd", new LinkedHashMap<>(Map.of("w", a)));
        return m;
    }

    @Test
    void dataPklIsByteForBytePyTorchs() throws IOException {
        Path p = dir.resolve("archive.pt");
        Torch.save(pickleStateDict(), p);
        assertEquals(EXPECTED.getAsJsonObject("pickle_bytes").get("state_dict").getAsString(),
                HexFormat.of().formatHex(record(p, "archive/data.pkl")));
        Torch.save(pickleNested(), p);
        assertEquals(EXPECTED.getAsJsonObject("pickle_bytes").get("nested").getAsString(),
                HexFormat.of().formatHex(record(p, "archive/data.pkl")));
    }

    @Test
    void archiveHasPyTorchsLayout() throws IOException {
        Path p = dir.resolve("views.pt");
        Map<String, Tensor> views = viewsOfOneStorage();
        Torch.save(views, p);
        try (ZipFile z = new ZipFile(p.toFile()); RandomAccessFile raf = new RandomAccessFile(p.toFile(), "r")) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
                assertEquals(ZipEntry.STORED, e.getMethod(), e.getName());
                byte[] data = z.getInputStream(e).readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                assertEquals(e.getCrc(), crc.getValue(), e.getName() + " crc");
                assertEquals(0, dataOffset(raf, z, e.getName()) % 64, e.getName() + " is not 64-byte aligned");
            }
            // one storage record for all seven views, as PyTorch writes (see views_storage_records)
            List<String> want = new ArrayList<>(List.of("views/data.pkl"));
            for (var r : EXPECTED.getAsJsonArray("views_storage_records")) {
                if (r.getAsString().startsWith("data/")) {
                    want.add("views/" + r.getAsString());
                }
            }
            want.addAll(List.of("views/byteorder", "views/version"));
            assertEquals(want, names);
            assertEquals("3\n", new String(z.getInputStream(z.getEntry("views/version")).readAllBytes(), StandardCharsets.US_ASCII));
            byte[] storage = z.getInputStream(z.getEntry("views/data/0")).readAllBytes();
            assertArrayEquals(bytesOf(views.get("base")), storage);
        }
    }

    /** Where a record's data starts, from its local header (java.util.zip does not expose it). */
    private static long dataOffset(RandomAccessFile raf, ZipFile z, String name) throws IOException {
        long pos = 0;
        byte[] h = new byte[30];
        while (true) {
            raf.seek(pos);
            raf.readFully(h);
            ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x04034b50, b.getInt(0));
            int n = b.getShort(26) & 0xFFFF;
            int x = b.getShort(28) & 0xFFFF;
            byte[] nm = new byte[n];
            raf.readFully(nm);
            long data = pos + 30 + n + x;
            if (new String(nm, StandardCharsets.UTF_8).equals(name)) {
                return data;
            }
            pos = data + (b.getInt(22) & 0xFFFFFFFFL);
        }
    }

    private static byte[] record(Path p, String name) throws IOException {
        try (ZipFile z = new ZipFile(p.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    static Map<String, Tensor> viewsOfOneStorage() {
        Tensor base = Torch.arange(24).toFloat().reshape(4, 6);
        Map<String, Tensor> v = new LinkedHashMap<>();
        v.put("base", base);
        v.put("t", base.t());
        v.put("row", base.get("1"));
        v.put("col", base.get(":, 2"));
        v.put("narrow", base.get("1:3, 2:5"));
        v.put("strided", base.get("::2, ::3"));
        v.put("flat_tail", base.view(-1).get("20:"));
        return v;
    }

    static Map<String, Tensor> everyDtype() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        double[] special = {0.0, -0.0, 1.5, -2.25, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 65504.0, 1e-3};
        m.put("f32", Torch.fromArray(special, 3, 3).to(DType.FLOAT32));
        m.put("f64", Torch.fromArray(special, 9));
        m.put("f16", Torch.fromArray(special, 9).to(DType.FLOAT16));
        m.put("bf16", Torch.fromArray(special, 9).to(DType.BFLOAT16));
        m.put("i8", Torch.fromArray(new long[] {-128, -1, 0, 1, 127}, 5).to(DType.INT8));
        m.put("i16", Torch.fromArray(new long[] {-32768, -1, 0, 300, 32767}, 5).to(DType.INT16));
        m.put("i32", Torch.fromArray(new int[] {Integer.MIN_VALUE, -1, 0, 70000, Integer.MAX_VALUE}, 5));
        m.put("i64", Torch.fromArray(new long[] {Long.MIN_VALUE, -1, 0, 1L << 40, Long.MAX_VALUE}, 5));
        m.put("u8", Torch.fromArray(new long[] {0, 1, 127, 128, 255}, 5).to(DType.UINT8));
        m.put("bool", Torch.fromArray(new boolean[] {true, false, false, true}, 2, 2));
        m.put("scalar", Torch.tensor(3.5));
        m.put("empty", Torch.zeros(0, 3));
        return m;
    }

    @Test
    void everyDtypeRoundTripsBitForBit() {
        for (String name : List.of("dtypes.pt", "dtypes.safetensors")) {
            Path p = dir.resolve(name);
            Map<String, Tensor> src = everyDtype();
            Torch.save(src, p);
            Map<String, Tensor> back = Torch.load(p);
            assertEquals(src.keySet(), back.keySet());
            for (String k : src.keySet()) {
                assertEquals(src.get(k).dtype(), back.get(k).dtype(), name + " " + k);
                assertArrayEquals(src.get(k).sizes(), back.get(k).sizes(), name + " " + k);
                assertArrayEquals(bytesOf(src.get(k)), bytesOf(back.get(k)), name + " " + k);
            }
        }
    }

    @Test
    void viewsComeBackSharingStorageWithTheirGeometry() {
        Path p = dir.resolve("v.pt");
        Map<String, Tensor> src = viewsOfOneStorage();
        Torch.save(src, p);
        Map<String, Tensor> back = Torch.load(p);
        Storage s = back.get("base").storage();
        for (String k : src.keySet()) {
            assertSame(s, back.get(k).storage(), k);
            assertArrayEquals(src.get(k).stride(), back.get(k).stride(), k);
            assertEquals(src.get(k).storageOffset(), back.get(k).storageOffset(), k);
            assertArrayEquals(bytesOf(src.get(k)), bytesOf(back.get(k)), k);
        }
        // a tensor saved twice is one object after loading
        Map<String, Object> twice = new LinkedHashMap<>();
        Tensor t = Torch.ones(2);
        twice.put("x", t);
        twice.put("again", List.of(t));
        Torch.save(twice, p);
        Map<String, Object> b2 = Torch.load(p);
        assertSame(b2.get("x"), ((List<?>) b2.get("again")).get(0));
    }

    @Test
    void nestedCheckpointRoundTrips() {
        Path p = dir.resolve("ck.pt");
        Map<String, Object> ck = new LinkedHashMap<>();
        ck.put("epoch", 12);
        ck.put("best", 0.91);
        ck.put("step", 5_000_000_000L);
        ck.put("tags", List.of("a", "ü", ""));
        ck.put("nested", List.of(List.of(1, List.of(2.5, true)), Map.of(3, "three")));
        ck.put("none", null);
        ck.put("ints", new int[] {1, 2});
        ck.put("param", new Parameter(Torch.ones(2)));
        Torch.save(ck, p);
        Map<String, Object> b = Torch.load(p);
        assertEquals(12, b.get("epoch"));
        assertEquals(0.91, b.get("best"));
        assertEquals(5_000_000_000L, b.get("step"));
        assertEquals(List.of("a", "ü", ""), b.get("tags"));
        assertEquals(List.of(List.of(1, List.of(2.5, true)), Map.of(3, "three")), b.get("nested"));
        assertTrue(b.containsKey("none") && b.get("none") == null);
        assertEquals(List.of(1, 2), b.get("ints"));
        assertTrue(b.get("param") instanceof Parameter q && q.requiresGrad());
    }

    @Test
    void unsupportedObjectsFailBeforeTouchingTheTarget() throws IOException {
        Path p = dir.resolve("keep.pt");
        Torch.save(Map.of("w", Torch.ones(3)), p);
        byte[] before = Files.readAllBytes(p);
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("w", Torch.zeros(1000));
        bad.put("thread", Thread.currentThread());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Torch.save(bad, p));
        assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(p), files.toList(), "no temporary file is left behind");
        }
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThrows(IllegalArgumentException.class, () -> Torch.save(loop, p));
        assertArrayEquals(before, Files.readAllBytes(p));
        assertThrows(IllegalArgumentException.class, () -> Torch.save(Map.of("m", Torch.empty(Torch.options().device("meta"), 2)), p));
        assertThrows(IllegalArgumentException.class, () -> Torch.save(List.of(Torch.ones(1)), dir.resolve("x.safetensors")));
    }

    @Test
    void safetensorsHeaderFollowsTheSpecification() throws IOException {
        Path p = dir.resolve("w.safetensors");
        Map<String, Tensor> sd = new LinkedHashMap<>();
        sd.put("w", Torch.arange(6).toFloat().reshape(2, 3).t()); // non-contiguous: written row-major
        sd.put("b", Torch.tensor(new double[] {1, 2}).to(DType.FLOAT16));
        Torch.save(sd, p);
        byte[] raw = Files.readAllBytes(p);
        long n = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertEquals(0, n % 8);
        JsonObject h = JsonParser.parseString(new String(raw, 8, (int) n, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("F32", h.getAsJsonObject("w").get("dtype").getAsString());
        assertEquals("[3,2]", h.getAsJsonObject("w").get("shape").toString());
        assertEquals("[0,24]", h.getAsJsonObject("w").get("data_offsets").toString());
        assertEquals("[24,28]", h.getAsJsonObject("b").get("data_offsets").toString());
        assertEquals(8 + n + 28, raw.length);
        assertArrayEquals(bytesOf(sd.get("w")), Arrays.copyOfRange(raw, (int) (8 + n), (int) (8 + n + 24)));
    }

    /**
     * The ZIP64 layout PyTorch switches to beyond 4 GB (sizes and offsets in ZIP64 extra fields, ZIP64 end
     * records), forced on a small archive: java.util.zip reads it, and so does jtorch.
     */
    @Test
    void zip64LayoutReadsBack() throws IOException {
        Path p = dir.resolve("z64.pt");
        Map<String, Tensor> src = viewsOfOneStorage();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            TorchFormat.writeZip(src, "z64", ch, true);
        }
        try (ZipFile z = new ZipFile(p.toFile())) {
            assertArrayEquals(bytesOf(src.get("base")), z.getInputStream(z.getEntry("z64/data/0")).readAllBytes());
        }
        Map<String, Tensor> back = Torch.load(p);
        for (String k : src.keySet()) {
            assertArrayEquals(bytesOf(src.get(k)), bytesOf(back.get(k)), k);
        }
        Path out = Files.createDirectories(Path.of(System.getProperty("jtorch.serialization.out", dir.toString())));
        Files.copy(p, out.resolve("jt_zip64.pt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** With -Djtorch.serialization.out=DIR: the files tools/golden/check_jtorch_files.py loads in PyTorch. */
    @Test
    void writeFilesForPyTorch() throws IOException {
        String out = System.getProperty("jtorch.serialization.out");
        Path d = out == null ? dir : Path.of(out);
        Files.createDirectories(d);
        JtorchFiles.writeAll(d);
        assertTrue(Files.size(d.resolve("jt_state_dict.pt")) > 0);
        assertFalse(Files.exists(d.resolve("jt_state_dict.pt.tmp")));
    }
}

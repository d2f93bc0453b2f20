package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jtorch.Torch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile files: every one fails with a {@link CheckpointException} that says what is wrong — never an
 * OutOfMemoryError, a StackOverflowError, another exception type, a hang, or code run on the loader's behalf.
 */
class SerializationHostileTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** A zip checkpoint whose data.pkl is {@code pkl} (CRCs valid), with the given storage records. */
    private Path archive(String name, byte[] pkl, Map<String, byte[]> records) throws IOException {
        Path p = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ZipWriter z = new ZipWriter(ch);
            z.writeRecord("archive/data.pkl", pkl);
            for (Map.Entry<String, byte[]> e : records.entrySet()) {
                z.writeRecord("archive/data/" + e.getKey(), e.getValue());
            }
            z.writeRecord("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            z.finish();
        }
        return p;
    }

    private static byte[] pickle(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80);
        out.write(2);
        for (String s : parts) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write('.');
        return out.toByteArray();
    }

    private CheckpointException refused(Path p, String messagePart) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Torch.load(p));
        assertTrue(e.getMessage().contains(messagePart), () -> "message: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"os\nsystem", "posix\nsystem", "builtins\neval", "subprocess\nPopen",
            "torch\nload", "torch._utils\n_rebuild_device_tensor_from_numpy", "collections\ndefaultdict",
            "java.lang\nRuntime", "__builtin__\nexec"})
    void globalsOutsideTheAllowlistAreRefusedByName(String global) throws IOException {
        String dotted = global.replace('\n', '.');
        byte[] pkl = pickle("c" + global + "\n", "X\u0004\u0000\u0000\u0000echo", "\u0085", "R");
        refused(archive("g.pt", pkl, Map.of()), "Unsupported global: GLOBAL " + dotted);
        // the legacy path runs its pickles through the same unpickler
        refused(write("g_legacy.pt", pkl), "Unsupported global: GLOBAL " + dotted);
    }

    @Test
    void objectBuildingOpcodesAreRefused() throws IOException {
        refused(archive("inst.pt", pickle("(", "ios\nsystem\n"), Map.of()), "INST");
        refused(archive("newobj.pt", pickle("ccollections\nOrderedDict\n", ")", "\u0081"), Map.of()), "NEWOBJ");
        refused(archive("set.pt", pickle("\u008f"), Map.of()), "sets");
    }

    @Test
    void truncatedArchivesFailCleanly() throws IOException {
        byte[] full = Files.readAllBytes(fixture("checkpoint.pt"));
        for (int n = 0; n < full.length; n += 11) {
            Path p = write("trunc.pt", Arrays.copyOf(full, n));
            assertThrows(CheckpointException.class, () -> Torch.load(p), "prefix of " + n + " bytes");
        }
        byte[] legacy = Files.readAllBytes(fixture("dtypes_legacy.pt"));
        for (int n = 1; n < legacy.length; n += 5) {
            Path p = write("trunc_legacy.pt", Arrays.copyOf(legacy, n));
            assertThrows(CheckpointException.class, () -> Torch.load(p), "legacy prefix of " + n + " bytes");
        }
    }

    @Test
    void wrongCrcsAreReported() throws IOException {
        Path src = fixture("views.pt");
        byte[] b = Files.readAllBytes(src);
        long at;
        try (ZipFile z = new ZipFile(src.toFile())) {
            ZipEntry e = z.getEntry("views/data/0");
            byte[] data = z.getInputStream(e).readAllBytes();
            at = indexOf(b, data);
        }
        b[(int) at + 5] ^= 0x40;
        refused(write("crc.pt", b), "PytorchStreamReader failed reading file views/data/0");
        byte[] c = Files.readAllBytes(src);
        int pkl = indexOf(c, "ccollections".getBytes(StandardCharsets.US_ASCII));
        c[pkl + 3] ^= 1;
        refused(write("crc2.pt", c), "CRC-32 mismatch");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static String int32(long v) {
        return new String(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array(),
                StandardCharsets.ISO_8859_1);
    }

    private static String tensorOver(String numel, String size) {
        return "ctorch._utils\n_rebuild_tensor_v2\n(" + "(X\u0007\u0000\u0000\u0000storagectorch\nFloatStorage\n"
                + "X\u0001\u0000\u0000\u00000X\u0003\u0000\u0000\u0000cpu" + numel + "tQK\u0000" + size
                + "\u0089ccollections\nOrderedDict\n)RtR";
    }

    @Test
    void absurdSizesAreCheckedAgainstTheFileBeforeAllocating() throws IOException {
        // a storage declaring 2^40 floats backed by a 16-byte record
        refused(archive("huge.pt", pickle(tensorOver("\u008a\u0006\u0000\u0000\u0000\u0000\u0000\u0001", "K\u0004\u0085K\u0001\u0085"),
                ""), Map.of("0", new byte[16])), "exceeds jtorch's limit");
        // 2^30 floats declared, 16 bytes stored
        refused(archive("big.pt", pickle(tensorOver("J" + int32(1 << 30), "K\u0004\u0085K\u0001\u0085")),
                Map.of("0", new byte[16])), "does not match its record");
        // a tensor whose size and stride reach past its 4-element storage
        refused(archive("oob.pt", pickle(tensorOver("K\u0004", "J" + int32(1_000_000) + "\u0085K\u0001\u0085")),
                Map.of("0", new byte[16])), "require a storage of at least");
        // strings, bytes and longs declaring more bytes than the pickle holds
        refused(archive("str.pt", pickle("X" + int32(0x7FFFFFF0L)), Map.of()), "declares 2147483632 bytes");
        refused(archive("long4.pt", pickle("\u008b" + int32(0x7FFFFFF0L)), Map.of()), "LONG4");
        refused(archive("bytes8.pt", pickle("\u008e\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u007f"), Map.of()), "BINBYTES8");
        // a legacy file whose storages declare more than the file holds
        refused(write("legacy_huge.pt", legacyHuge()), "bytes but the file has only");
        // safetensors: header length past the file, tensor bigger than the data
        ByteBuffer st = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 60).put("{}      ".getBytes());
        refused(write("h.safetensors", st.array()), "invalid safetensors header length");
        String json = "{\"w\":{\"dtype\":\"F32\",\"shape\":[65536,65536],\"data_offsets\":[0,16]}}";
        refused(write("s.safetensors", safetensors(json, 16)), "more than 2^31-1 elements");
        String json2 = "{\"w\":{\"dtype\":\"F32\",\"shape\":[4096,4096],\"data_offsets\":[0,16]}}";
        refused(write("s2.safetensors", safetensors(json2, 16)), "has data_offsets [0, 16]");
        String hole = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}";
        refused(write("hole.safetensors", safetensors(hole, 16)), "hole");
        String nested = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        refused(write("deep.safetensors", safetensors(nested, 0)), "nesting deeper");
    }

    /** dtypes_legacy.pt with its first storage declaring 0x7f000009 elements (gigabytes) instead of 9. */
    private static byte[] legacyHuge() throws IOException {
        byte[] legacy = Files.readAllBytes(fixture("dtypes_legacy.pt"));
        int k = indexOf(legacy, "cpuq".getBytes(StandardCharsets.US_ASCII)) + 5; // past 'cpu' and BINPUT n
        assertEquals('K', legacy[k]); // BININT1 9: the numel
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(legacy, 0, k);
        // BININT 0x7f000009: three bytes longer, which the legacy format (pickles, then data, read in sequence) allows
        out.writeBytes(new byte[] {'J', legacy[k + 1], 0, 0, 0x7f});
        out.write(legacy, k + 2, legacy.length - k - 2);
        return out.toByteArray();
    }

    /**
     * Declared sizes of gigabytes in files of bytes, loaded (plainly, with mmap, as meta, streamed into a module)
     * in a JVM of its own with a 32 MiB heap: each fails with a CheckpointException there. Had a size gone
     * unchecked, allocating it would throw OutOfMemoryError in that heap (this JVM's heap could hold several).
     */
    @Test
    void absurdSizesFailBeforeAllocatingInA32MiBHeap() throws Exception {
        List<Path> files = List.of(
                archive("big.pt", pickle(tensorOver("J" + int32(1 << 30), "K\u0004\u0085K\u0001\u0085")),
                        Map.of("0", new byte[16])),
                archive("str.pt", pickle("X" + int32(0x7FFFFFF0L)), Map.of()),
                archive("bytes8.pt", pickle("\u008e\u00f0\u00ff\u00ff\u007f\u0000\u0000\u0000\u0000"), Map.of()),
                write("legacy_huge.pt", legacyHuge()),
                write("st.safetensors", safetensors(
                        "{\"w\":{\"dtype\":\"F32\",\"shape\":[30000,30000],\"data_offsets\":[0,16]}}", 16)),
                write("header.safetensors", ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                        .putLong(0x7FFFFFF0L).put("{}      ".getBytes(StandardCharsets.US_ASCII)).array()));
        List<String> args = new ArrayList<>(List.of("hostile"));
        files.forEach(f -> args.add(f.toString()));
        String out = StreamingLoadTest.runChild("-Xmx32m", 0, args.toArray(String[]::new));
        assertTrue(out.contains("OK hostile"), out);
    }

    private static byte[] safetensors(String json, int dataBytes) {
        byte[] h = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length).put(h).array();
    }

    @Test
    void deepNestingAndSelfReferenceAreRefused() throws IOException {
        // 100000 lists, each appended to the one before: depth far beyond the limit
        int n = 100_000;
        String deep = "]".repeat(n) + "a".repeat(n - 1);
        refused(archive("deep.pt", pickle(deep), Map.of()), "levels deep");
        // MARK-based nesting of tuples
        refused(archive("deep_tuples.pt", pickle("(".repeat(5000) + "t".repeat(5000)), Map.of()), "levels deep");
        // a list that contains itself (Python pickles this; jtorch refuses to build cyclic structures)
        refused(archive("cycle.pt", pickle("]q\u0000h\u0000a"), Map.of()), "contains itself");
        // a dict placed in a list, then modified: the way to a cycle through two containers
        refused(archive("cycle2.pt", pickle("}q\u0000]q\u0001h\u0000ah\u0000X\u0001\u0000\u0000\u0000kh\u0001s0"), Map.of()),
                "modified after it was placed");
        // within the limit, nesting loads
        Object ok = Torch.load(archive("ok.pt", pickle("]".repeat(500) + "a".repeat(499)), Map.of()));
        assertTrue(ok instanceof List<?>);
    }

    @Test
    void garbageIsNotMistakenForACheckpoint() throws IOException {
        refused(write("empty.pt", new byte[0]), "is empty");
        refused(write("text.pt", "hello world, not a checkpoint".getBytes(StandardCharsets.US_ASCII)), "invalid load key");
        refused(write("pk.pt", "PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1)), "failed finding central directory");
        refused(write("legacy_magic.pt", pickle("K\u0007")), "Invalid magic number; corrupt file?");
        Path noPkl = dir.resolve("noentry.pt");
        try (FileChannel ch = FileChannel.open(noPkl, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ZipWriter z = new ZipWriter(ch);
            z.writeRecord("archive/other", new byte[3]);
            z.finish();
        }
        refused(noPkl, "failed locating file data.pkl");
        // a persistent id naming a storage record that is not there
        refused(archive("missing.pt", pickle(tensorOver("K\u0004", "K\u0004\u0085K\u0001\u0085")), Map.of()),
                "failed locating file data/0");
        // a CUDA storage without map_location: PyTorch's message
        byte[] cuda = pickle(tensorOver("K\u0004", "K\u0004\u0085K\u0001\u0085").replace("\u0003\u0000\u0000\u0000cpu",
                "\u0006\u0000\u0000\u0000cuda:0"));
        Path cp = archive("cuda.pt", cuda, Map.of("0", new byte[16]));
        refused(cp, "Attempting to deserialize object on a CUDA device");
        assertEquals(4, ((jtorch.Tensor) Torch.load(cp, "cpu")).numel());
    }

    /**
     * A few thousand mutated checkpoints (bytes flipped, inserted, deleted, truncated; half of them inside data.pkl
     * with valid CRCs so the unpickler itself is exercised): each loads or fails with a CheckpointException.
     */
    @Test
    void fuzzedCheckpointsLoadOrFailCleanly() throws IOException {
        Map<String, Object> ck = new LinkedHashMap<>();
        ck.put("epoch", 3);
        ck.put("w", Torch.arange(6).toFloat().reshape(2, 3));
        ck.put("views", List.of(((jtorch.Tensor) ck.get("w")).t(), Torch.tensor(true)));
        ck.put("nested", List.of(List.of(1.5, "x"), Map.of(1, 2L << 40)));
        Path src = dir.resolve("src.pt");
        Torch.save(ck, src);
        byte[] file = Files.readAllBytes(src);
        byte[] pkl;
        try (ZipFile z = new ZipFile(src.toFile())) {
            pkl = z.getInputStream(z.getEntry("src/data.pkl")).readAllBytes();
        }
        byte[] legacy = Files.readAllBytes(fixture("dtypes_legacy.pt"));
        Random rnd = new Random(20261207);
        Path p = dir.resolve("fuzz.pt");
        int loaded = 0;
        int refusedCount = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes;
            switch (i % 3) {
                case 0 -> bytes = mutate(file, rnd);
                case 1 -> {
                    byte[] m = mutate(pkl, rnd);
                    Path a = archive("fuzz.pt", m, Map.of("0", floats(6), "1", new byte[1]));
                    bytes = Files.readAllBytes(a);
                }
                default -> bytes = mutate(legacy, rnd);
            }
            Files.write(p, bytes);
            try {
                Torch.load(p);
                loaded++;
            } catch (CheckpointException e) {
                refusedCount++;
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            } catch (Throwable t) {
                fail("mutation " + i + " (kind " + i % 3 + ") failed with " + t, t);
            }
        }
        assertEquals(3000, loaded + refusedCount);
        assertTrue(refusedCount > 1000, "most mutations are detected: " + refusedCount);
    }

    /**
     * The streaming path ({@link Serialization#loadStateDict}: shapes first, then each record into its
     * parameter) under mutated LeNet state dicts in the zip, legacy and safetensors formats: each streams in,
     * fails with a CheckpointException, or fails as {@code loadStateDict} does (IllegalStateException "Error(s) in
     * loading state_dict", e.g. a CRC error met while filling a parameter, or a mutated shape).
     */
    @Test
    void fuzzedStateDictsStreamOrFailCleanly() throws IOException {
        Path st = dir.resolve("lenet.safetensors");
        Torch.save(Torch.load(fixture("lenet.pt")), st);
        List<byte[]> sources = List.of(Files.readAllBytes(fixture("lenet.pt")),
                Files.readAllBytes(fixture("lenet_legacy.pt")), Files.readAllBytes(st));
        SerializationFixtureTest.Net net = new SerializationFixtureTest.Net();
        Random rnd = new Random(20261208);
        int streamed = 0;
        int refusedCount = 0;
        for (int i = 0; i < 1500; i++) {
            Path p = write(i % 3 == 2 ? "fuzz.safetensors" : "fuzz.pt", mutate(sources.get(i % 3), rnd));
            try {
                Serialization.loadStateDict(net, p, Serialization.loadOptions().mmap(i % 2 == 0), false);
                streamed++;
            } catch (CheckpointException e) {
                refusedCount++;
            } catch (IllegalStateException e) {
                assertTrue(e.getMessage().startsWith("Error(s) in loading state_dict for Net:"), e::getMessage);
                refusedCount++;
            } catch (Throwable t) {
                fail("mutation " + i + " (source " + i % 3 + ") failed with " + t, t);
            }
        }
        assertEquals(1500, streamed + refusedCount);
        assertTrue(refusedCount > 500, "most mutations are detected: " + refusedCount);
    }

    private static byte[] floats(int n) {
        ByteBuffer b = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putFloat(i);
        }
        return b.array();
    }

    private static byte[] mutate(byte[] src, Random rnd) {
        byte[] b = src.clone();
        int kind = rnd.nextInt(5);
        int at = rnd.nextInt(b.length);
        switch (kind) {
            case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
            case 1 -> {
                for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 2 -> b = Arrays.copyOf(b, at);
            case 3 -> {
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, at);
                c[at] = (byte) rnd.nextInt(256);
                System.arraycopy(b, at, c, at + 1, b.length - at);
                b = c;
            }
            default -> {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                b = c;
            }
        }
        return b;
    }
}

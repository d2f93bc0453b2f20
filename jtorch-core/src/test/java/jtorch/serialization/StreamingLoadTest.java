package jtorch.serialization;

import static jtorch.serialization.SerializationTestSupport.bytesOf;
import static jtorch.serialization.SerializationTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.Sequential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Serialization#loadStateDict}: a checkpoint streams into a module's parameters with the same result as
 * {@code loadStateDict(Torch.load(f))}, and, in JVMs of their own with a small heap ({@link StreamingLoadChild}),
 * a checkpoint larger than the heap left after the model loads while the plain way runs out of memory.
 */
class StreamingLoadTest {
    @TempDir
    static Path dir;
    private static Path f32;
    private static Path f64;

    @BeforeAll
    static void writeLargeCheckpoints() {
        f32 = dir.resolve("big32.pt");
        Torch.save(StreamingLoadChild.stateDict(DType.FLOAT32), f32);
        f64 = dir.resolve("big64.pt");
        Torch.save(StreamingLoadChild.stateDict(DType.FLOAT64), f64);
    }

    @ParameterizedTest
    @CsvSource({"lenet.pt, false", "lenet.pt, true", "lenet_legacy.pt, false", "lenet_legacy.pt, true"})
    void pyTorchsFilesStreamIntoTheModelsOwnParameters(String file, boolean mmap) {
        SerializationFixtureTest.Net eager = new SerializationFixtureTest.Net();
        eager.loadStateDict(Torch.load(fixture(file)));
        SerializationFixtureTest.Net streamed = new SerializationFixtureTest.Net();
        List<Tensor> before = new ArrayList<>(streamed.stateDict().values());
        Module.IncompatibleKeys keys = Serialization.loadStateDict(streamed, fixture(file),
                Serialization.loadOptions().mmap(mmap), true);
        assertEquals("<All keys matched successfully>", keys.toString());
        assertSameValues(eager, streamed);
        List<Tensor> after = new ArrayList<>(streamed.stateDict().values());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i).storage(), after.get(i).storage(), "filled in place, not replaced");
        }
    }

    @Test
    void safetensorsStream() {
        Torch.manualSeed(1);
        Sequential src = JtorchFiles.tiny();
        Path f = dir.resolve("tiny.safetensors");
        Torch.save(src.stateDict(), f);
        Sequential dst = JtorchFiles.tiny();
        Serialization.loadStateDict(dst, f, true);
        assertSameValues(src, dst);
    }

    /** A view into the middle of a storage (read with the CRC of the whole record), a transposed float64 view. */
    @Test
    void viewsAndOtherDtypesConvertAsCopyDoes() {
        Tensor wide = Torch.arange(0, 30, 1).to(DType.FLOAT32);
        Tensor w64 = Torch.arange(0, 12, 1).to(DType.FLOAT64).view(4, 3);
        Map<String, Tensor> sd = new LinkedHashMap<>();
        sd.put("weight", w64.t());
        sd.put("bias", wide.narrow(0, 7, 3));
        Path f = dir.resolve("views.pt");
        Torch.save(sd, f);
        Linear eager = new Linear(4, 3);
        eager.loadStateDict(Torch.load(f));
        Linear streamed = new Linear(4, 3);
        Serialization.loadStateDict(streamed, f, Serialization.loadOptions().mmap(true), true);
        assertSameValues(eager, streamed);
        assertArrayEquals(new float[] {7, 8, 9}, (float[]) streamed.stateDict().get("bias").contiguous().storage().data());
        assertEquals(DType.FLOAT32, streamed.stateDict().get("weight").dtype());
    }

    @Test
    void keysAndShapeErrorsAreModuleLoadStateDicts() {
        Map<String, Tensor> sd = new LinkedHashMap<>(new Linear(4, 3).stateDict());
        sd.remove("bias");
        sd.put("extra", Torch.zeros(2));
        Path f = dir.resolve("keys.pt");
        Torch.save(sd, f);
        Module.IncompatibleKeys want = new Linear(4, 3).loadStateDict(Torch.load(f), false);
        assertEquals(want, Serialization.loadStateDict(new Linear(4, 3), f, false));
        assertEquals("_IncompatibleKeys(missing_keys=['bias'], unexpected_keys=['extra'])", want.toString());
        String strict = assertThrows(IllegalStateException.class,
                () -> new Linear(4, 3).loadStateDict(Torch.load(f))).getMessage();
        assertEquals(strict, assertThrows(IllegalStateException.class,
                () -> Serialization.loadStateDict(new Linear(4, 3), f, true)).getMessage());
        String shape = assertThrows(IllegalStateException.class,
                () -> new Linear(4, 2).loadStateDict(Torch.load(f), false)).getMessage();
        assertTrue(shape.contains("size mismatch for weight"), shape);
        assertEquals(shape, assertThrows(IllegalStateException.class,
                () -> Serialization.loadStateDict(new Linear(4, 2), f, false)).getMessage());
    }

    @Test
    void aCorruptRecordIsReportedWithItsName() throws IOException {
        Torch.manualSeed(0);
        Path f = dir.resolve("corrupt.pt");
        Torch.save(new Linear(4, 3).stateDict(), f);
        long at;
        try (FileChannel ch = FileChannel.open(f)) {
            at = new ZipReader(ch).entries().get("corrupt/data/0").dataOffset() + 5; // inside the weight's record
        }
        byte[] b = Files.readAllBytes(f);
        b[(int) at] ^= 0x10;
        Files.write(f, b);
        String msg = assertThrows(IllegalStateException.class,
                () -> Serialization.loadStateDict(new Linear(4, 3), f, true)).getMessage();
        assertTrue(msg.contains("\"weight\"") && msg.contains("CRC-32 mismatch"), msg);
    }

    @Test
    void onlyStateDictsAndRealDataStream() {
        assertThrows(CheckpointException.class,
                () -> Serialization.loadStateDict(new Linear(4, 3), fixture("checkpoint.pt"), false));
        assertThrows(IllegalArgumentException.class, () -> Serialization.loadStateDict(new Linear(4, 3),
                fixture("lenet.pt"), Serialization.loadOptions().mapLocation("meta"), false));
    }

    // ------------------------------------------------------------ forked JVMs with a small heap

    private static final String HEAP = "-Xmx80m";

    /** 48 MiB of float32 into a 48 MiB model under an 80 MiB heap: the file is larger than the heap left. */
    @Test
    void aCheckpointLargerThanTheFreeHeapStreamsIntoTheModel() throws Exception {
        for (String mode : List.of("stream", "stream-mmap")) {
            String out = runChild(HEAP, mode, f32, 0);
            long free = field(out, "freeAfterModel");
            assertTrue(Files.size(f32) > free, () -> "the file must not fit in the free heap: " + out);
        }
    }

    /** The control: the same load through {@code Torch.load} needs the checkpoint twice and runs out of heap. */
    @Test
    void loadingItWholeRunsOutOfHeap() throws Exception {
        runChild(HEAP, "eager", f32, StreamingLoadChild.OUT_OF_MEMORY);
    }

    /** 96 MiB of float64 (larger than the 80 MiB heap itself) converts into the float32 model, one record at a time. */
    @Test
    void aFloat64CheckpointLargerThanTheHeapLoadsIntoAFloat32Model() throws Exception {
        assertTrue(Files.size(f64) > 80L << 20);
        runChild(HEAP, "stream", f64, 0);
    }

    /** map_location meta reads shapes only: a 96 MiB file under a 32 MiB heap. */
    @Test
    void metaLoadingOfAFileLargerThanTheHeapGivesEveryShape() throws Exception {
        String out = runChild("-Xmx32m", "meta", f64, 0);
        assertTrue(out.contains("dtype=torch.float64"), out);
    }

    private static String runChild(String heap, String mode, Path file, int wantExit) throws Exception {
        return runChild(heap, wantExit, mode, file.toString());
    }

    /** Runs {@link StreamingLoadChild} with {@code args} under {@code heap}; its exit code must be {@code wantExit}. */
    static String runChild(String heap, int wantExit, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "--add-modules",
                "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                StreamingLoadChild.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        String mode = String.join(" ", args);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child timed out");
        assertEquals(wantExit, p.exitValue(), () -> heap + " " + mode + ": " + out);
        System.out.println("StreamingLoadTest child " + heap + " " + mode + ": " + out.strip());
        return out;
    }

    private static long field(String out, String name) {
        int i = out.indexOf(name + "=") + name.length() + 1;
        int j = i;
        while (j < out.length() && Character.isDigit(out.charAt(j))) {
            j++;
        }
        return Long.parseLong(out.substring(i, j));
    }

    private static void assertSameValues(Module want, Module got) {
        Map<String, Tensor> a = want.stateDict();
        Map<String, Tensor> b = got.stateDict();
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(bytesOf(a.get(k)), bytesOf(b.get(k)), k);
        }
    }
}

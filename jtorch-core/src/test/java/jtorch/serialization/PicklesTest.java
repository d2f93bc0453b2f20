package jtorch.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Pickles#load}: plain pickles with numpy arrays written by numpy itself (tools/golden/numpy_pickles.py),
 * with the values {@code pickle.load(f, encoding="latin1")} gives for them.
 */
class PicklesTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PicklesTest.class.getResource("/fixtures/numpy_pickles/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample_p2.pkl", "sample_p4.pkl"})
    void loadsNumpyArraysAsTensors(String file) throws Exception {
        Map<?, ?> d = (Map<?, ?>) Pickles.load(fixture(file));
        assertEquals(List.of("data", "labels", "batch_label", "f32", "i64", "f8", "empty", "flags"),
                List.copyOf(d.keySet()));
        Tensor data = (Tensor) d.get("data");
        assertEquals(DType.UINT8, data.dtype());
        assertEquals(List.of(3, 4), data.shape());
        assertArrayEquals(new long[] {0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220},
                data.flatten().toLongArray());
        assertEquals(List.of(3, 0, 9), d.get("labels"));
        assertEquals("testing batch 1 of 1", d.get("batch_label"));
        Tensor f32 = (Tensor) d.get("f32");
        assertEquals(DType.FLOAT32, f32.dtype());
        assertArrayEquals(new float[] {1.5f, -2.25f, Float.POSITIVE_INFINITY, 0f}, f32.flatten().toFloatArray());
        Tensor i64 = (Tensor) d.get("i64");
        assertEquals(DType.INT64, i64.dtype());
        assertArrayEquals(new long[] {-1, 1L << 40}, i64.toLongArray());
        Tensor f8 = (Tensor) d.get("f8");
        assertEquals(0, f8.dim());
        assertEquals(0.125, f8.item());
        Tensor empty = (Tensor) d.get("empty");
        assertEquals(DType.INT16, empty.dtype());
        assertEquals(List.of(0, 3), empty.shape());
        Tensor flags = (Tensor) d.get("flags");
        assertEquals(DType.BOOL, flags.dtype());
        assertArrayEquals(new long[] {1, 0}, flags.toLongArray());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad_fortran.pkl|jtorch does not load Fortran-ordered numpy arrays",
        "bad_bigendian.pkl|jtorch does not load big-endian numpy arrays",
        "bad_object.pkl|unsupported numpy dtype O",
        "bad_complex.pkl|unsupported numpy dtype c8"})
    void rejectsWhatItCannotRepresent(String file, String message) throws Exception {
        Path p = fixture(file);
        CheckpointException e = assertThrows(CheckpointException.class, () -> Pickles.load(p));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample_p2.pkl"})
    void checkpointsStayRestricted(String file) throws Exception {
        // Torch.load's unpickler does not build numpy arrays: the same pickle inside a checkpoint is refused
        byte[] bytes = java.nio.file.Files.readAllBytes(fixture(file));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> new Unpickler(PickleInput.of(java.nio.ByteBuffer.wrap(bytes)), (a, b, c, n, v) -> null).load());
        assertTrue(e.getMessage().startsWith("Unsupported global: GLOBAL numpy.core.multiarray._reconstruct"),
                e.getMessage());
    }
}

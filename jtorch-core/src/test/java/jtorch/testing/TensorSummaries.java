package jtorch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Compares tensors against fixture specs that are either full (golden.py's {dtype, shape, data}) or, for
 * large tensors, a summary written by tools/golden/nn_summary.py: SHA-256 of the little-endian element
 * bytes, sum, sum of |x|, and the first and last 16 values.
 */
public final class TensorSummaries {
    private TensorSummaries() {
    }

    /**
     * Asserts dtype, shape and values. For a summary, the first/last values, sum and sum of |x| must be
     * close; with {@code exact} the bytes must hash to the fixture's SHA-256 (bit-for-bit equality).
     */
    public static void assertTensor(String what, JsonObject expected, Tensor actual, double[] tol, boolean exact) {
        if (!expected.has("summary")) {
            OpFixtures.assertTensor(what, expected, actual, tol);
            return;
        }
        DType dtype = DType.fromName(expected.get("dtype").getAsString());
        assertEquals(dtype, actual.dtype(), what + ": dtype");
        JsonArray shape = expected.getAsJsonArray("shape");
        int[] dims = new int[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i).getAsInt();
        }
        assertArrayEquals(dims, actual.sizes(), what + ": shape");
        JsonObject s = expected.getAsJsonObject("summary");
        double[] values = actual.contiguous().toDoubleArray();
        double rtol = tol != null ? tol[0] : dtype == DType.FLOAT64 ? 1e-10 : 1e-5;
        double atol = tol != null ? tol[1] : dtype == DType.FLOAT64 ? 1e-12 : 1e-5;
        JsonArray head = s.getAsJsonArray("head");
        for (int i = 0; i < head.size(); i++) {
            close(what + ": element " + i, head.get(i).getAsDouble(), values[i], rtol, atol);
        }
        JsonArray tail = s.getAsJsonArray("tail");
        for (int i = 0; i < tail.size(); i++) {
            int k = values.length - tail.size() + i;
            close(what + ": element " + k, tail.get(i).getAsDouble(), values[k], rtol, atol);
        }
        double sum = 0;
        double absSum = 0;
        for (double v : values) {
            sum += v;
            absSum += Math.abs(v);
        }
        // the sums cancel, so compare them at the scale of the magnitudes
        double scale = Math.max(1, s.get("abs_sum").getAsDouble());
        close(what + ": sum", s.get("sum").getAsDouble(), sum, 0, scale * Math.max(rtol, 1e-6));
        close(what + ": sum of |x|", s.get("abs_sum").getAsDouble(), absSum, Math.max(rtol, 1e-6), 0);
        if (exact) {
            assertEquals(s.get("sha256").getAsString(), sha256(actual), what + ": element bytes differ from PyTorch's");
        }
    }

    private static void close(String what, double e, double a, double rtol, double atol) {
        if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
            fail(what + ": expected " + e + " but was " + a);
        }
    }

    /** SHA-256 of the tensor's elements in row-major order as little-endian bytes of its dtype. */
    public static String sha256(Tensor t) {
        Tensor c = t.contiguous();
        ByteBuffer buf = ByteBuffer.allocate(c.numel() * t.dtype().itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (t.dtype()) {
            case FLOAT32 -> {
                for (float v : c.toFloatArray()) {
                    buf.putFloat(v);
                }
            }
            case FLOAT64 -> {
                for (double v : c.toDoubleArray()) {
                    buf.putDouble(v);
                }
            }
            case INT64 -> {
                for (long v : c.toLongArray()) {
                    buf.putLong(v);
                }
            }
            default -> throw new IllegalArgumentException("no byte digest for " + t.dtype());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

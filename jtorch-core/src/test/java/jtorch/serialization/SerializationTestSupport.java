package jtorch.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;

/** Shared helpers: fixture paths, expected.json, and a tensor's bytes computed element by element. */
final class SerializationTestSupport {
    private SerializationTestSupport() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(SerializationTestSupport.class.getResource("/fixtures/serialization/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject expected() {
        try (InputStream in = SerializationTestSupport.class.getResourceAsStream("/fixtures/serialization/expected.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tensor's elements in row-major order as little-endian bytes, read one element at a time through its
     * strides (independent of the serialization code's bulk conversions).
     */
    static byte[] bytesOf(Tensor t) {
        int n = t.numel();
        int item = t.dtype().itemSize();
        ByteBuffer b = ByteBuffer.allocate(n * item).order(ByteOrder.LITTLE_ENDIAN);
        int[] shape = t.sizes();
        int[] stride = t.stride();
        int[] idx = new int[shape.length];
        Object data = t.storage().data();
        for (int k = 0; k < n; k++) {
            int off = t.storageOffset();
            for (int d = 0; d < shape.length; d++) {
                off += idx[d] * stride[d];
            }
            switch (data) {
                case float[] a -> b.putFloat(a[off]);
                case double[] a -> b.putDouble(a[off]);
                case long[] a -> b.putLong(a[off]);
                case int[] a -> b.putInt(a[off]);
                case short[] a -> b.putShort(a[off]);
                case byte[] a -> b.put(a[off]);
                default -> throw new IllegalStateException();
            }
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return b.array();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] ints(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsInt();
        }
        return out;
    }

    /** The object at a "/"-separated key path of a loaded structure. */
    static Object at(Object root, String path) {
        Object o = root;
        for (String k : path.split("/")) {
            if (o instanceof Map<?, ?> m) {
                Object v = m.get(k);
                if (v == null && !m.containsKey(k)) {
                    v = m.get(Integer.parseInt(k));
                }
                o = v;
            } else {
                o = ((List<?>) o).get(Integer.parseInt(k));
            }
        }
        return o;
    }

    /** Checks dtype, geometry, requires_grad and the exact bytes (or their digest) against PyTorch's description. */
    static void assertTensor(JsonObject want, Object got, String where) {
        if (!(got instanceof Tensor t)) {
            throw new AssertionError(where + ": expected a tensor, got " + got);
        }
        assertEquals(want.get("dtype").getAsString(), t.dtype().toString().replace("torch.", ""), where + " dtype");
        assertArrayEquals(ints(want.get("shape")), t.sizes(), where + " shape");
        assertArrayEquals(ints(want.get("stride")), t.stride(), where + " stride");
        assertEquals(want.get("offset").getAsInt(), t.storageOffset(), where + " offset");
        assertEquals(want.get("requires_grad").getAsBoolean(), t.requiresGrad(), where + " requires_grad");
        byte[] b = bytesOf(t);
        if (want.has("hex")) {
            assertEquals(want.get("hex").getAsString(), HexFormat.of().formatHex(b), where + " bytes");
        } else {
            assertEquals(want.get("sha256").getAsString(), sha256(b), where + " sha256");
        }
    }
}

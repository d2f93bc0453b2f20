package jtorch.serialization;

import java.nio.ByteBuffer;

/** Copies elements between a storage's Java array and bytes (in the buffer's byte order), a block at a time. */
final class StorageBytes {
    private StorageBytes() {
    }

    /** Reads {@code count} elements from {@code src} (advancing it) into {@code array} at {@code off}. */
    static void get(ByteBuffer src, Object array, int off, int count) {
        int pos = src.position();
        switch (array) {
            case float[] a -> src.asFloatBuffer().get(a, off, count);
            case double[] a -> src.asDoubleBuffer().get(a, off, count);
            case long[] a -> src.asLongBuffer().get(a, off, count);
            case int[] a -> src.asIntBuffer().get(a, off, count);
            case short[] a -> src.asShortBuffer().get(a, off, count);
            case byte[] a -> src.get(pos, a, off, count);
            default -> throw new IllegalStateException("unexpected storage array " + array.getClass());
        }
        src.position(pos + count * itemSize(array));
    }

    /** Writes {@code count} elements of {@code array} from {@code off} into {@code dst} (advancing it). */
    static void put(Object array, int off, int count, ByteBuffer dst) {
        int pos = dst.position();
        switch (array) {
            case float[] a -> dst.asFloatBuffer().put(a, off, count);
            case double[] a -> dst.asDoubleBuffer().put(a, off, count);
            case long[] a -> dst.asLongBuffer().put(a, off, count);
            case int[] a -> dst.asIntBuffer().put(a, off, count);
            case short[] a -> dst.asShortBuffer().put(a, off, count);
            case byte[] a -> dst.put(pos, a, off, count);
            default -> throw new IllegalStateException("unexpected storage array " + array.getClass());
        }
        dst.position(pos + count * itemSize(array));
    }

    static int itemSize(Object array) {
        return switch (array) {
            case float[] a -> 4;
            case double[] a -> 8;
            case long[] a -> 8;
            case int[] a -> 4;
            case short[] a -> 2;
            case byte[] a -> 1;
            default -> throw new IllegalStateException("unexpected storage array " + array.getClass());
        };
    }
}

package jtorch;

import java.util.Arrays;

/**
 * A flat, typed block of elements that tensors view through (shape, strides, offset).
 *
 * <p>PyTorch: {@code torch.UntypedStorage} plus the dtype. Elements live in a Java array whose
 * type depends on the dtype: float32 {@code float[]}, float64 {@code double[]}, int64
 * {@code long[]}, int32 {@code int[]}, int16/float16/bfloat16 {@code short[]} (16-bit patterns),
 * int8/uint8/bool {@code byte[]}. A meta storage has a size but no array.
 *
 * <p>The version counter lives here because PyTorch shares it between a tensor and all its
 * views: an in-place write through any view invalidates tensors saved for backward.
 */
public final class Storage {
    // every storage's place in allocation order: the autograd engine tells a gradient buffer a backward
    // formula has just allocated (nobody else can hold it) from one that existed before
    private static final java.util.concurrent.atomic.AtomicLong ALLOCATIONS = new java.util.concurrent.atomic.AtomicLong();

    private final long serial = ALLOCATIONS.incrementAndGet();
    private final DType dtype;
    private final Object data;
    private final int size;
    private int version;

    private Storage(DType dtype, Object data, int size) {
        this.dtype = dtype;
        this.data = data;
        this.size = size;
    }

    /** Allocates zero-filled storage of {@code size} elements. */
    public static Storage allocate(DType dtype, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Storage size must be non-negative, got " + size);
        }
        return new Storage(dtype, newArray(dtype, size), size);
    }

    /** Storage on the meta device: it knows its size and dtype but holds no data. */
    public static Storage meta(DType dtype, int size) {
        return new Storage(dtype, null, size);
    }

    /** Wraps an existing array (not copied); its Java type must match the dtype's. */
    public static Storage wrap(DType dtype, Object array) {
        Object probe = newArray(dtype, 0);
        if (array.getClass() != probe.getClass()) {
            throw new IllegalArgumentException("array of type " + array.getClass().getSimpleName()
                    + " cannot back a " + dtype + " storage");
        }
        return new Storage(dtype, array, java.lang.reflect.Array.getLength(array));
    }

    private static Object newArray(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case INT64 -> new long[n];
            case INT32 -> new int[n];
            case INT16, FLOAT16, BFLOAT16 -> new short[n];
            case INT8, UINT8, BOOL -> new byte[n];
        };
    }

    public DType dtype() {
        return dtype;
    }

    public int size() {
        return size;
    }

    public boolean isMeta() {
        return data == null;
    }

    /** The backing Java array (see the class comment for its type); null on the meta device. */
    public Object data() {
        if (data == null) {
            throw new IllegalStateException("Cannot access data of a tensor on the meta device");
        }
        return data;
    }

    /** How many storages were made before; a storage made after this call has a larger {@link #serial()}. */
    public static long allocationCount() {
        return ALLOCATIONS.get();
    }

    /** This storage's place in allocation order (see {@link #allocationCount()}). */
    public long serial() {
        return serial;
    }

    public int version() {
        return version;
    }

    /** Marks an in-place write (PyTorch's {@code _version} bump). */
    public void bumpVersion() {
        version++;
    }

    /** Reads element {@code i} widened to double (the generic path for non-specialised dtypes). */
    public double getDouble(int i) {
        return switch (dtype) {
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            case INT64 -> ((long[]) data)[i];
            case INT32 -> ((int[]) data)[i];
            case INT16 -> ((short[]) data)[i];
            case INT8, BOOL -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case FLOAT16 -> Float.float16ToFloat(((short[]) data)[i]);
            case BFLOAT16 -> Float.intBitsToFloat(((short[]) data)[i] << 16);
        };
    }

    /** Reads element {@code i} as a long (floats convert as {@link #setDouble} does for int64). */
    public long getLong(int i) {
        return switch (dtype) {
            case INT64 -> ((long[]) data)[i];
            case INT32 -> ((int[]) data)[i];
            case INT16 -> ((short[]) data)[i];
            case INT8, BOOL -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            default -> floatToInt64(getDouble(i));
        };
    }

    /**
     * Writes a double, converting like PyTorch's CPU casts: floats round to nearest even, integers
     * truncate toward zero ({@link #floatToInt64}, {@link #floatToInt32}), bool is {@code v != 0}
     * (NaN is true).
     */
    public void setDouble(int i, double v) {
        switch (dtype) {
            case FLOAT32 -> ((float[]) data)[i] = (float) v;
            case FLOAT64 -> ((double[]) data)[i] = v;
            case FLOAT16 -> ((short[]) data)[i] = Float.floatToFloat16((float) v);
            case BFLOAT16 -> ((short[]) data)[i] = toBFloat16((float) v);
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case INT64 -> ((long[]) data)[i] = floatToInt64(v);
            default -> setLong(i, floatToInt32(v));
        }
    }

    /** Writes a long, wrapping to the storage's width like a C++ cast. */
    public void setLong(int i, long v) {
        switch (dtype) {
            case INT64 -> ((long[]) data)[i] = v;
            case INT32 -> ((int[]) data)[i] = (int) v;
            case INT16 -> ((short[]) data)[i] = (short) v;
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) v;
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            default -> setDouble(i, v);
        }
    }

    /** Fills elements [from, to) with a value. */
    public void fill(int from, int to, double v) {
        switch (dtype) {
            case FLOAT32 -> Arrays.fill((float[]) data, from, to, (float) v);
            case FLOAT64 -> Arrays.fill((double[]) data, from, to, v);
            default -> {
                for (int i = from; i < to; i++) {
                    setDouble(i, v);
                }
            }
        }
    }

    /**
     * double -> int64 as PyTorch's x86-64 build converts (cvttsd2si): truncation toward zero; NaN,
     * infinities and values out of range give Long.MIN_VALUE, where Java's cast would saturate.
     */
    static long floatToInt64(double v) {
        return v >= -0x1p63 && v < 0x1p63 ? (long) v : Long.MIN_VALUE;
    }

    /**
     * double -> the 32-bit integer that int32, int16, int8 and uint8 casts go through in PyTorch's
     * x86-64 build (cvttss2si): truncation, with NaN and out-of-range values giving Integer.MIN_VALUE,
     * whose low bits (0) the narrower types keep. So -1.5 becomes uint8 255 and 70000 int16 4464.
     */
    static int floatToInt32(double v) {
        return v > -0x1p31 - 1 && v < 0x1p31 ? (int) v : Integer.MIN_VALUE;
    }

    /** float -> bfloat16 with round-to-nearest-even, NaN kept quiet (as c10::BFloat16 does). */
    static short toBFloat16(float f) {
        if (Float.isNaN(f)) {
            return (short) 0x7FC0;
        }
        int bits = Float.floatToRawIntBits(f);
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }
}

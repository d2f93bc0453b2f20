package jtorch;

import java.util.Arrays;

/** {@link Storage} in the Java heap: one primitive array whose type follows the dtype (see Storage). */
final class CpuStorage extends Storage {
    private Object data;                // replaced by resize_ (tensors read it through data() on every op)
    private final boolean resizable;    // false for a caller's wrapped array, which must stay the backing array

    CpuStorage(DType dtype, int size) {
        super(dtype, size);
        this.data = newArray(dtype, size);
        this.resizable = true;
    }

    CpuStorage(DType dtype, Object array) {
        super(dtype, java.lang.reflect.Array.getLength(array));
        if (array.getClass() != newArray(dtype, 0).getClass()) {
            throw new IllegalArgumentException("array of type " + array.getClass().getSimpleName()
                    + " cannot back a " + dtype + " storage");
        }
        this.data = array;
        this.resizable = false;
    }

    @Override
    void reallocate(int size) {
        if (!resizable) {
            throw new IllegalStateException("Trying to resize storage that is not resizable");
        }
        Object grown = newArray(dtype(), size);
        System.arraycopy(data, 0, grown, 0, Math.min(size, size()));
        data = grown;
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

    @Override
    public Device device() {
        return Device.CPU;
    }

    @Override
    public Object data() {
        return data;
    }

    /** Reads element {@code i} widened to double (the generic path for non-specialised dtypes). */
    @Override
    public double getDouble(int i) {
        return switch (dtype()) {
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
    @Override
    public long getLong(int i) {
        return switch (dtype()) {
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
    @Override
    public void setDouble(int i, double v) {
        switch (dtype()) {
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
    @Override
    public void setLong(int i, long v) {
        switch (dtype()) {
            case INT64 -> ((long[]) data)[i] = v;
            case INT32 -> ((int[]) data)[i] = (int) v;
            case INT16 -> ((short[]) data)[i] = (short) v;
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) v;
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            default -> setDouble(i, v);
        }
    }

    /** Fills elements [from, to) with a value. */
    @Override
    public void fill(int from, int to, double v) {
        switch (dtype()) {
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

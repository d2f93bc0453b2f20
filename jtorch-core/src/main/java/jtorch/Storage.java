package jtorch;

/**
 * A flat, typed block of elements that tensors view through (shape, strides, offset).
 *
 * <p>PyTorch: {@code torch.UntypedStorage} plus the dtype. Elements live in a Java array whose
 * type depends on the dtype: float32 {@code float[]}, float64 {@code double[]}, int64
 * {@code long[]}, int32 {@code int[]}, int16/float16/bfloat16 {@code short[]} (16-bit patterns),
 * int8/uint8/bool {@code byte[]}. Storage is per device (sealed): {@code CpuStorage} holds the
 * array, {@code MetaStorage} only a size and dtype — the meta device computes shapes, never values.
 *
 * <p>The version counter lives here because PyTorch shares it between a tensor and all its
 * views: an in-place write through any view invalidates tensors saved for backward.
 */
public abstract sealed class Storage permits CpuStorage, MetaStorage {
    // every storage's place in allocation order: the autograd engine tells a gradient buffer a backward
    // formula has just allocated (nobody else can hold it) from one that existed before
    private static final java.util.concurrent.atomic.AtomicLong ALLOCATIONS = new java.util.concurrent.atomic.AtomicLong();

    private final long serial = ALLOCATIONS.incrementAndGet();
    private final DType dtype;
    private int size;                   // grows with resize_ (PyTorch's storages grow in place)
    private int version;

    Storage(DType dtype, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Storage size must be non-negative, got " + size);
        }
        this.dtype = dtype;
        this.size = size;
    }

    /** Allocates zero-filled CPU storage of {@code size} elements. */
    public static Storage allocate(DType dtype, int size) {
        return new CpuStorage(dtype, size);
    }

    /** Storage on the meta device: it knows its size and dtype but holds no data. */
    public static Storage meta(DType dtype, int size) {
        return new MetaStorage(dtype, size);
    }

    /** Wraps an existing array as CPU storage (not copied); its Java type must match the dtype's. */
    public static Storage wrap(DType dtype, Object array) {
        return new CpuStorage(dtype, array);
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** The number of elements (PyTorch: {@code storage.size()}). */
    public int size() {
        return size;
    }

    /**
     * Grows or shrinks the storage to {@code size} elements in place, keeping the first elements (new ones are
     * zero); every tensor viewing it sees the new size. PyTorch: {@code UntypedStorage.resize_(size)}; as there,
     * a storage wrapping a caller's array ({@link #wrap}, like {@code torch.from_numpy}'s) cannot be resized.
     */
    public void resize_(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Storage size must be non-negative, got " + size);
        }
        if (size != this.size) {
            reallocate(size);
            this.size = size;
        }
    }

    /** Replaces the elements by {@code size} elements, the first ones copied (called only with a new size). */
    abstract void reallocate(int size);

    /** The device whose memory holds the elements (the meta device holds none). */
    public abstract Device device();

    /** The backing Java array (see the class comment for its type); fails on the meta device. */
    public abstract Object data();

    /** How many storages were made before; a storage made after this call has a larger {@link #serial()}. */
    public static long allocationCount() {
        return ALLOCATIONS.get();
    }

    /** This storage's place in allocation order (see {@link #allocationCount()}). */
    public long serial() {
        return serial;
    }

    /** In-place modification counter (PyTorch: {@code Tensor._version}). */
    public int version() {
        return version;
    }

    /** Marks an in-place write (PyTorch's {@code _version} bump). */
    public void bumpVersion() {
        version++;
    }

    /** Reads element {@code i} widened to double (the generic path for non-specialised dtypes). */
    public abstract double getDouble(int i);

    /** Reads element {@code i} as a long (floats convert as {@link #setDouble} does for int64). */
    public abstract long getLong(int i);

    /**
     * Writes a double, converting like PyTorch's CPU casts: floats round to nearest even, integers
     * truncate toward zero, bool is {@code v != 0} (NaN is true).
     */
    public abstract void setDouble(int i, double v);

    /** Writes a long, wrapping to the storage's width like a C++ cast. */
    public abstract void setLong(int i, long v);

    /** Fills elements [from, to) with a value. */
    public abstract void fill(int from, int to, double v);
}

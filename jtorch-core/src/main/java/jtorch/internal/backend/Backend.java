package jtorch.internal.backend;

import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.UnaryOp;

/**
 * What a device does with storage: allocate it and fill results from operands. The op families call it
 * after their checks, promotion and shape logic, with operands already in the computation dtype and
 * broadcast to the result's shape (stride 0), so a backend never decides semantics, only computes.
 * Every method must accept empty operands.
 */
public sealed interface Backend permits CpuBackend, MetaBackend {
    /** The backend computing on {@code device}'s storage. */
    static Backend of(Device device) {
        if (device.equals(Device.CPU)) {
            return CpuBackend.INSTANCE;
        }
        if (device.equals(Device.META)) {
            return MetaBackend.INSTANCE;
        }
        throw new UnsupportedOperationException("Torch not compiled with CUDA enabled");
    }

    /** The device this backend computes on. */
    Device device();

    /** Zero-filled storage of {@code size} elements on this device. */
    Storage allocate(DType dtype, int size);

    /** {@code dst = src}, converted like a C++ static_cast; src has dst's shape (broadcast strides). */
    void copy(Strided src, Strided dst);

    /**
     * Writes {@code value} into every element of {@code dst}: a Double or Float converts as a double, any other
     * Number as a long (so int64 keeps all 64 bits).
     */
    void fill(Strided dst, Number value);

    /** Values made on the host (random draws, ranges, Java data), written into a contiguous host buffer. */
    @FunctionalInterface
    interface HostValues {
        /** Writes elements {@code [offset, offset + n)} of {@code host}, row-major. */
        void into(Storage host, int offset, int n);
    }

    /**
     * Fills {@code dst} with values made on the host in {@code hostType} (converted to dst's dtype if they
     * differ). A device without data (meta) never calls {@code values}: a random fill draws nothing there,
     * as on PyTorch's meta device.
     */
    void generate(Strided dst, DType hostType, HostValues values);

    /** {@code out = op(x)}; x and out in the same floating or integral dtype. */
    void unary(UnaryOp op, Strided x, Strided out);

    /**
     * {@code out = op(a, b)}; a and b in one computation dtype (any dtype for the logical ops), out in that
     * dtype or bool for comparisons and logical ops.
     */
    void binary(BinaryOp op, Strided a, Strided b, Strided out);

    /** {@code out = cond ? a : b}; cond bool, a, b and out in one dtype. */
    void where(Strided cond, Strided a, Strided b, Strided out);

    /** isnan / isinf / isfinite into a bool {@code out}. */
    void test(GenericKernels.FloatTest t, Strided x, Strided out);

    /**
     * Reduces the trailing dims of {@code x} from {@code kept} on with {@code op} into {@code out}, whose shape
     * is x's first {@code kept} sizes; x is float32/float64 (the result in out's dtype) or integral (int64 out).
     */
    void reduce(ReduceOp op, Strided x, int kept, Strided out);

    /**
     * The first maximum (or minimum) of each slice along {@code dim}, NaN counting as the extreme: its value
     * into {@code values} and its index into the int64 {@code indices}; both have x's shape with size 1 at dim.
     */
    void argReduce(Strided x, int dim, boolean max, Strided values, Strided indices);

    /** {@code out[i] = a[i] · b[i]} for [batch, m, k] and [batch, k, n] operands into [batch, m, n]; one dtype. */
    void bmm(Strided a, Strided b, Strided out);

    /**
     * A sparse matrix applied along {@code dim} of the contiguous {@code x} into the contiguous {@code out}
     * (same shape but for dim): output row r is the sum over j in [rowStart[r], rowStart[r + 1]) of
     * {@code weight[j] * x[index[j]]} (resizing, adaptive pooling).
     */
    void axisMap(Strided x, int dim, int[] rowStart, int[] index, double[] weight, Strided out);

    /** Softmax or log-softmax of float32/float64 slices along {@code dim} into {@code out} (x's shape). */
    void softmax(Strided x, int dim, boolean log, Strided out);
}

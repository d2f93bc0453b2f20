package jtorch.internal.backend;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.ConvGeometry;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.Lapack;
import jtorch.internal.kernels.OptimizerSteps;
import jtorch.internal.kernels.ScatterReduction;
import jtorch.internal.kernels.PoolGeometry;
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
     * {@code out[i] += alpha · a[i] · b[i]} in out's reduced dtype (bfloat16) as PyTorch 1.13's own CPU GEMM loop runs
     * it on that type: every product, scaled factor and partial sum rounded to the dtype, summing over k in order.
     * Operands as for {@link #bmm}; out holds the initial values.
     */
    void bmmRoundingEachStep(Strided a, Strided b, double alpha, Strided out);

    /**
     * A dense matrix routine ({@link Lapack}: LU, Cholesky, QR, eigh, SVD, least squares) on each matrix of a
     * batch: every input and output is a [batch, rows, cols] float32/float64 stack (vectors and scalars as one
     * row), computed in double and rounded once into the outputs.
     */
    void matrices(Lapack.Routine routine, Strided[] inputs, Strided[] outputs);

    /**
     * A sparse matrix applied along {@code dim} of the contiguous {@code x} into the contiguous {@code out}
     * (same shape but for dim): output row r is the sum over j in [rowStart[r], rowStart[r + 1]) of
     * {@code weight[j] * x[index[j]]} (resizing, adaptive pooling).
     */
    void axisMap(Strided x, int dim, int[] rowStart, int[] index, double[] weight, Strided out);

    /**
     * The discrete Fourier transform along dim 1, in double: x is a float32/float64 [outer, n, inner, c] stack of
     * real (c = 1) or complex (c = 2: real, imag) values, out a [outer, bins, inner, 2] stack of x's dtype with
     * bins ≤ n (any strides, not overlapping x), and {@code out[o, k, i] = scale · Σ_j x[o, j, i] · exp(∓2πi·jk/n)}
     * for k &lt; bins (plus when {@code inverse}).
     */
    void fft(Strided x, boolean inverse, double scale, Strided out);

    /** Softmax or log-softmax of float32/float64 slices along {@code dim} into {@code out} (x's shape). */
    void softmax(Strided x, int dim, boolean log, Strided out);

    /**
     * Training-mode batch norm, forward statistics: per channel (dim 1) of the contiguous float32 [N, C, ...] x,
     * the mean and the biased variance, summed in double, into the float64 [C] mean and var.
     */
    void batchNormStats(Strided x, Strided mean, Strided var);

    /**
     * {@code out = x·alpha[c] + beta[c]} with {@code alpha = invstd·weight}, {@code beta = bias − mean·alpha}
     * and {@code invstd = 1/sqrt(var + eps)} (PyTorch's float-rounded per-channel terms); weight and bias may be
     * null. x and out contiguous float32 of one shape; mean and var from {@link #batchNormStats}.
     */
    void batchNormApply(Strided x, Strided mean, Strided var, double eps, Strided weight, Strided bias, Strided out);

    /** Per channel of x and its output gradient dy (both contiguous): Σ dy and Σ (x − mean)·dy in double. */
    void batchNormGradStats(Strided x, Strided dy, Strided mean, Strided sumDy, Strided dotp);

    /**
     * The input gradient of training-mode batch norm, {@code (dy − (x − mean)·k − sumDy/M)·invstd·weight} with
     * {@code k = dotp·invstd²/M} and M the values per channel; weight may be null.
     */
    void batchNormInputGrad(Strided x, Strided dy, Strided mean, Strided var, double eps, Strided weight,
                            Strided sumDy, Strided dotp, Strided gx);

    /**
     * Sorts each slice along {@code dim} (NaN largest; ties as PyTorch 1.13's CPU sort, or stable) into values and
     * their int64 indices (x's shape).
     */
    void sort(Strided x, int dim, boolean descending, boolean stable, Strided values, Strided indices);

    /**
     * The k largest (or smallest) elements of each slice along {@code dim} and their indices (size k along dim),
     * in PyTorch 1.13's CPU order.
     */
    void topk(Strided x, int dim, int k, boolean largest, boolean sorted, Strided values, Strided indices);

    /** The k-th smallest element (k from 1) of each slice along {@code dim} and its index (size 1 along dim). */
    void kthvalue(Strided x, int dim, int k, Strided values, Strided indices);

    /** Running sum (or product) along {@code dim} into {@code out} (x's shape and dtype). */
    void scan(Strided x, int dim, boolean product, Strided out);

    /**
     * Running max (or min) along {@code dim} and the index it came from, by PyTorch's cummax/cummin rule (an equal
     * element takes over, a NaN takes over and stays), into values and int64 indices (x's shape).
     */
    void cumExtreme(Strided x, int dim, boolean max, Strided values, Strided indices);

    /** Running log(sum(exp(x))) of a floating x along {@code dim} into {@code out} (x's shape and dtype). */
    void logcumsumexp(Strided x, int dim, Strided out);

    /**
     * The most frequent value of each slice along {@code dim} (the smallest of equally frequent ones) and the index
     * PyTorch 1.13's CPU kernel reports: the last of its run after std::sort (size 1 along dim).
     */
    void mode(Strided x, int dim, Strided values, Strided indices);

    /**
     * For each row r of {@code values} ([rows, k]) the insertion indices of its values into row r of {@code sorted}
     * ([rows, m], read through {@code sorter} when non-null), PyTorch's searchsorted binary search; {@code right}
     * puts equal values after their matches. Written into the integer {@code out} ([rows, k]).
     */
    void searchsorted(Strided sorted, Strided sorter, Strided values, boolean right, Strided out);

    /** cumprod's input gradient when x has zeros, by PyTorch's O(n) pass (g the output gradient, y = cumprod(x)). */
    void cumprodGradWithZeros(Strided x, Strided g, Strided y, int dim, Strided out);

    /**
     * Max pooling of {@code planes} contiguous planes of x (float32/float64) into out and the int64 flat plane
     * indices of each maximum.
     */
    void maxPool(Strided x, int planes, PoolGeometry g, Strided out, Strided indices);

    /**
     * Adaptive max pooling: the maximum of each window (rows from hStart/hIndex, columns from wStart/wIndex) of
     * {@code planes} contiguous [h, w] planes.
     */
    void windowMax(Strided x, int planes, int h, int w, int[] hStart, int[] hIndex, int[] wStart, int[] wIndex,
            Strided out, Strided indices);

    /**
     * Max pooling's input gradient: each output gradient added into the zero-filled contiguous gradIn at its
     * maximum's index.
     */
    void maxPoolBackward(Strided grad, int planes, int outPlane, Strided indices, Strided gradIn, int inPlane);

    /** Average pooling of {@code planes} contiguous planes (PyTorch's window and divisor rules). */
    void avgPool(Strided x, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride, Strided out);

    /** Average pooling's input gradient: each output's share spread over its window into the zero-filled gradIn. */
    void avgPoolBackward(Strided grad, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride,
            Strided gradIn);

    /**
     * Convolution of contiguous [N, C, H, W] x with contiguous weight w ([O, C/groups, KH, KW]) into the fresh
     * contiguous out (no bias).
     */
    void conv(Strided x, Strided w, ConvGeometry g, int groups, Strided out);

    /**
     * Transposed convolution of contiguous x with weight w ([C, O/groups, KH, KW]) into the fresh contiguous out
     * (no bias).
     */
    void convTransposed(Strided x, Strided w, ConvGeometry g, int groups, Strided out);

    /**
     * The weight gradient of a convolution: from contiguous input x and output gradient go into the contiguous gw
     * (the weight's shape).
     */
    void convWeightGrad(Strided x, Strided go, ConvGeometry g, int groups, Strided gw);

    /**
     * The storage offsets, by {@code strides}, of the true elements of the bool {@code mask} in row-major order:
     * an array of their count plus one spare slot (the last).
     */
    int[] maskOffsets(Strided mask, int[] strides);

    /**
     * {@code dst[p] = base[p + table[p]]} over dst's shape (base has the same shape, table walks with {@code
     * tableStrides}).
     */
    void gather(Strided base, int[] table, int[] tableStrides, Strided dst);

    /**
     * {@code base[p + table[p]] = src[p]} (or {@code +=}) over base's shape; src (base's shape, broadcast strides)
     * has base's dtype and does not overlap it.
     */
    void scatter(Strided src, int[] table, int[] tableStrides, Strided base, boolean accumulate);

    /**
     * {@code base[p + table[p]] = r(base[p + table[p]], src[p])} over base's shape, in order (scatter_reduce's and
     * index_reduce's prod/amax/amin); src as for {@link #scatter}.
     */
    void scatterReduce(Strided src, int[] table, int[] tableStrides, Strided base, ScatterReduction r);

    /**
     * The integer {@code index}'s values in row-major order, for host-side address tables and bound checks. A
     * device without data gives zeros: its checks pass and the gathers they address compute nothing, as on
     * PyTorch's meta device, where data-dependent checks are skipped.
     */
    long[] indexValues(Strided index);

    /**
     * One fused optimizer update ({@link OptimizerSteps}) of the contiguous float32 parameter {@code p} with its
     * gradient and its state tensors in the order of the step's kernel (null where the step keeps none), all
     * contiguous float32 of p's size.
     */
    void optimizerStep(OptimizerSteps.Step step, Strided p, Strided grad, Strided... state);

    /**
     * {@code out = f(x)} element by element in double, rounded once to out's dtype: the ops computed by a Java
     * function rather than a kernel (PyTorch's double-precision special functions). x has out's shape.
     */
    void mapDouble(Strided x, DoubleUnaryOperator f, Strided out);

    /** {@code out = f(a, b)} element by element in double, rounded once to out's dtype; a and b broadcast to out. */
    void zipDouble(Strided a, Strided b, DoubleBinaryOperator f, Strided out);

    /**
     * {@code out = f(x)} element by element on integer values read as long (bool as 0/1), wrapped to out's width
     * like a C++ cast: the integer ops whose int64 values a double would round (bitwise ops, shifts, gcd).
     */
    void mapLong(Strided x, LongUnaryOperator f, Strided out);

    /** {@code out = f(a, b)} on integer values read as long, wrapped to out's width; a and b broadcast to out. */
    void zipLong(Strided a, Strided b, LongBinaryOperator f, Strided out);
}

package jtorch.internal.kernels;

import jtorch.DType;

/**
 * The inner loops every op ends in, over Java arrays with offsets and element strides. Shapes,
 * broadcasting and dtype promotion are already solved by the caller ({@link StridedIterator});
 * a kernel is only a loop. Two implementations exist, chosen once at start-up by {@link Kernels}:
 * {@link ScalarKernels} (plain Java, the readable reference) and
 * {@code jtorch.internal.kernels.vector.VectorKernels} (Vector API, when {@code jdk.incubator.vector} is present).
 */
public interface KernelProvider {
    /** Short name for the start-up log line and tests. */
    String name();

    void unary(UnaryOp op, float[] x, int xo, int xs, float[] out, int oo, int os, int n);

    void unary(UnaryOp op, double[] x, int xo, int xs, double[] out, int oo, int os, int n);

    /** Arithmetic binary ops (not comparisons): out = op(a, b). */
    void binary(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] out, int oo, int os, int n);

    void binary(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, double[] out, int oo, int os, int n);

    /** Comparisons (EQ, NE, LT, LE, GT, GE) of a and b into bool elements (bytes 0/1). */
    void compare(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, byte[] out, int oo, int os, int n);

    void compare(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, byte[] out, int oo, int os, int n);

    /** out = cond != 0 ? a : b, with cond a bool (byte) operand. PyTorch: {@code torch.where}. */
    void where(byte[] cond, int co, int cs, float[] a, int ao, int as, float[] b, int bo, int bs, float[] out, int oo,
               int os, int n);

    void where(byte[] cond, int co, int cs, double[] a, int ao, int as, double[] b, int bo, int bs, double[] out,
               int oo, int os, int n);

    /** Reduces n elements starting at off with the given stride; SUM/PROD accumulate in double. */
    double reduce(ReduceOp op, float[] x, int off, int stride, int n);

    double reduce(ReduceOp op, double[] x, int off, int stride, int n);

    /**
     * Index of the first maximum (or minimum) of n elements from off with the given stride; a NaN counts
     * as the extreme and the first NaN wins (PyTorch's {@code max(dim)} / {@code argmax}). n >= 1.
     */
    int argExtreme(float[] x, int off, int stride, int n, boolean max);

    int argExtreme(double[] x, int off, int stride, int n, boolean max);

    /**
     * Softmax (or log-softmax) of n elements from xo with stride xs, written from oo with stride os, in the
     * element type (max, exp(x - max), multiplication by 1 / sum), as PyTorch's CPU kernel does.
     */
    void softmax(float[] x, int xo, int xs, float[] out, int oo, int os, int n, boolean log);

    void softmax(double[] x, int xo, int xs, double[] out, int oo, int os, int n, boolean log);

    /**
     * Matrix product {@code C = A·B} (or {@code C += A·B} when {@code accumulate}) of an m×k matrix A and a
     * k×n matrix B, each read through an offset and element strides for its rows and columns (so
     * transposed, sliced and stride-0 views need no copy), written into C row by row from {@code co} with
     * row stride {@code ldc} and contiguous columns. float32 accumulates in float32, as BLAS does. Callers
     * go through {@link Gemm}.
     */
    void gemm(int m, int n, int k, float[] a, int ao, int ars, int acs, float[] b, int bo, int brs, int bcs,
              float[] c, int co, int ldc, boolean accumulate);

    void gemm(int m, int n, int k, double[] a, int ao, int ars, int acs, double[] b, int bo, int brs, int bcs,
              double[] c, int co, int ldc, boolean accumulate);

    /**
     * Columns per panel of this provider's packed B layout (float32 or float64): a k×n matrix B is stored
     * as panels of nr columns, panel q holding the k rows of columns [q·nr, q·nr + nr) one after another,
     * nr contiguous values each, the last panel zero-padded: element (p, j) sits at
     * (j / nr)·nr·k + p·nr + j % nr, k·⌈n / nr⌉·nr values in all. It is what the micro-kernel streams, so a
     * caller that can write B this way directly (the convolution's columns) saves the GEMM its copy.
     */
    int gemmPanelWidth(DType dtype);

    /** {@link #gemm} with B already in the packed layout ({@link #gemmPanelWidth}) from {@code bp[bpo]}. */
    void gemmPacked(int m, int n, int k, float[] a, int ao, int ars, int acs, float[] bp, int bpo, float[] c, int co,
                    int ldc, boolean accumulate);

    void gemmPacked(int m, int n, int k, double[] a, int ao, int ars, int acs, double[] bp, int bpo, double[] c,
                    int co, int ldc, boolean accumulate);

    /** Packs the k×n matrix B (row and column strides brs, bcs) into the packed layout from {@code bp[bpo]}. */
    void gemmPackB(int k, int n, float[] b, int bo, int brs, int bcs, float[] bp, int bpo);

    void gemmPackB(int k, int n, double[] b, int bo, int brs, int bcs, double[] bp, int bpo);

    /**
     * Copies {@code runs} short runs of {@code len} values, zero outside [lo, hi): dst[dOff + r·ds + j] =
     * src[so + r·ss + j] for lo <= j < hi and 0 for the other j < len. Source values outside [lo, hi) may be
     * read where they lie inside the array (a vector load), never used. The packed im2col writes a kernel
     * tap's values over a few output pixels with it.
     */
    void copyRuns(float[] src, int so, int ss, float[] dst, int dOff, int ds, int runs, int len, int lo, int hi);

    void copyRuns(double[] src, int so, int ss, double[] dst, int dOff, int ds, int runs, int len, int lo, int hi);

    /**
     * One output row of a 2×2 stride-2 max pooling: output j (written at {@code out[oo + j]}, j < ow) is
     * the maximum of x at {@code xo + 2j + {0, 1, w, w + 1}} (a row pair of a plane w wide), chosen as PyTorch
     * does (a later tap wins when strictly greater or NaN), and {@code indices[oo + j]} is {@code at + 2j}
     * plus the winning tap's offset. Callers go through {@link PoolKernels}, which checks the bounds.
     */
    void maxPool2x2(float[] x, int xo, int w, int ow, float[] out, int oo, long[] indices, int at);

    void maxPool2x2(double[] x, int xo, int w, int ow, double[] out, int oo, long[] indices, int at);

    /**
     * Outputs [j0, j1) of one output row of a max pooling with unit dilation whose windows lie inside the
     * input: output j is the maximum of x at {@code xo + r·w + j·sw + c} (r < rows, c < kw), taken as PyTorch
     * does (taps in that order, a later one winning when strictly greater or NaN), written at
     * {@code out[oo + j]} with its index {@code at + r·w + j·sw + c} at {@code indices[oo + j]}. Callers go
     * through {@link PoolKernels}, which checks the bounds.
     */
    void maxPoolRow(float[] x, int xo, int w, int rows, int kw, int sw, int j0, int j1, float[] out, int oo,
                    long[] indices, int at);

    void maxPoolRow(double[] x, int xo, int w, int rows, int kw, int sw, int j0, int j1, double[] out, int oo,
                    long[] indices, int at);
}

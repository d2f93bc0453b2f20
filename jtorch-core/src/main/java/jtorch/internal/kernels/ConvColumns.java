package jtorch.internal.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * The column matrices a convolution is lowered to GEMM with (PyTorch's {@code im2col}/{@code col2im}):
 * one row per (channel, kernel row, kernel column) tap, one column per output pixel. An image is a
 * contiguous [channels, h, w] block; the pixels [p0, p1) of the oh×ow output grid can be taken alone,
 * so a caller can keep a block of columns in cache. float32, float64 and int64 (the dtype integer
 * convolutions are computed in).
 */
public final class ConvColumns {
    private ConvColumns() {
    }

    /** col[r, p - p0] (row stride ldc) = the value of image x tap r meets at output pixel p, 0 in the padding. */
    public static void im2col(ConvGeometry g, int channels, int h, int w, int oh, int ow, Storage x, int xo, int p0,
                              int p1, Storage col, int co, int ldc) {
        check(g, channels, h, w, oh, ow, x, xo, p0, p1, col, co, ldc);
        switch (x.dtype()) {
            case FLOAT32 -> FloatConvColumns.im2col(g, channels, h, w, oh, ow, (float[]) x.data(), xo, p0, p1,
                    (float[]) col.data(), co, ldc);
            case FLOAT64 -> DoubleConvColumns.im2col(g, channels, h, w, oh, ow, (double[]) x.data(), xo, p0, p1,
                    (double[]) col.data(), co, ldc);
            default -> LongConvColumns.im2col(g, channels, h, w, oh, ow, (long[]) x.data(), xo, p0, p1,
                    (long[]) col.data(), co, ldc);
        }
    }

    /**
     * {@link #im2col} written as a packed GEMM B (a rows×(p1 - p0) matrix in the layout of {@link Gemm#gemmPacked}):
     * the forward multiplies it without copying the columns again.
     */
    public static void im2colPanels(ConvGeometry g, int channels, int h, int w, int oh, int ow, Storage x, int xo,
                                    int p0, int p1, Storage col, int co) {
        int rows = channels * g.kernelArea();
        checkPanels(g, channels, h, w, oh, ow, x, xo, p0, p1, col, co, Gemm.packedSize(rows, p1 - p0, col.dtype()));
        int nr = Gemm.panelWidth(x.dtype());
        switch (x.dtype()) {
            case FLOAT32 -> FloatConvColumns.im2colPanels(g, channels, h, w, oh, ow, (float[]) x.data(), xo, p0, p1,
                    (float[]) col.data(), co, nr);
            case FLOAT64 -> DoubleConvColumns.im2colPanels(g, channels, h, w, oh, ow, (double[]) x.data(), xo, p0, p1,
                    (double[]) col.data(), co, nr);
            default -> LongConvColumns.im2colPanels(g, channels, h, w, oh, ow, (long[]) x.data(), xo, p0, p1,
                    (long[]) col.data(), co, nr);
        }
    }

    /**
     * The adjoint of {@link #im2col}: each column value is added to image x where its tap meets it. col is
     * the caller's scratch: on the unit-stride path the values of padding taps are zeroed in it.
     */
    public static void col2im(ConvGeometry g, int channels, int h, int w, int oh, int ow, Storage col, int co, int ldc,
                              int p0, int p1, Storage x, int xo) {
        check(g, channels, h, w, oh, ow, x, xo, p0, p1, col, co, ldc);
        switch (x.dtype()) {
            case FLOAT32 -> FloatConvColumns.col2im(g, channels, h, w, oh, ow, (float[]) col.data(), co, ldc, p0, p1,
                    (float[]) x.data(), xo);
            case FLOAT64 -> DoubleConvColumns.col2im(g, channels, h, w, oh, ow, (double[]) col.data(), co, ldc, p0,
                    p1, (double[]) x.data(), xo);
            default -> LongConvColumns.col2im(g, channels, h, w, oh, ow, (long[]) col.data(), co, ldc, p0, p1,
                    (long[]) x.data(), xo);
        }
    }

    /** dst[dOff + i] += src[so + i] for i < n (the per-thread partial sums of a weight gradient). */
    public static void addTo(Storage src, int so, Storage dst, int dOff, int n) {
        checkDtypes(src, dst);
        if (n < 0 || so < 0 || dOff < 0 || so + n > src.size() || dOff + n > dst.size()) {
            throw new IllegalArgumentException("addTo: " + n + " elements from " + so + " and " + dOff
                    + " exceed storages of " + src.size() + " and " + dst.size());
        }
        switch (src.dtype()) {
            case FLOAT32 -> FloatConvColumns.addRow((float[]) src.data(), so, (float[]) dst.data(), dOff, n);
            case FLOAT64 -> DoubleConvColumns.addRow((double[]) src.data(), so, (double[]) dst.data(), dOff, n);
            default -> LongConvColumns.addRow((long[]) src.data(), so, (long[]) dst.data(), dOff, n);
        }
    }

    private static void check(ConvGeometry g, int channels, int h, int w, int oh, int ow, Storage x, int xo, int p0,
                              int p1, Storage col, int co, int ldc) {
        checkDtypes(x, col);
        if (channels < 0 || h < 1 || w < 1 || oh < 1 || ow < 1) {
            throw new IllegalArgumentException("conv columns: bad sizes channels=" + channels + " image " + h + "x" + w
                    + " output " + oh + "x" + ow);
        }
        if (p0 < 0 || p1 < p0 || p1 > oh * ow || ldc < p1 - p0) {
            throw new IllegalArgumentException("conv columns: pixels [" + p0 + ", " + p1 + ") of " + oh * ow
                    + " with row stride " + ldc);
        }
        long rows = (long) channels * g.kernelArea();
        if (xo < 0 || xo + (long) channels * h * w > x.size()) {
            throw new IllegalArgumentException("conv columns: image at " + xo + " exceeds its storage of " + x.size());
        }
        if (co < 0 || rows > 0 && co + (rows - 1) * ldc + (p1 - p0) > col.size()) {
            throw new IllegalArgumentException("conv columns: " + rows + " rows at " + co + " exceed the column storage of "
                    + col.size());
        }
    }

    private static void checkPanels(ConvGeometry g, int channels, int h, int w, int oh, int ow, Storage x, int xo,
                                    int p0, int p1, Storage col, int co, long size) {
        check(g, channels, h, w, oh, ow, x, xo, p0, p1, col, 0, p1 - p0);
        if (co < 0 || co + size > col.size()) {
            throw new IllegalArgumentException("conv columns: " + size + " packed values at " + co
                    + " exceed the column storage of " + col.size());
        }
    }

    private static void checkDtypes(Storage a, Storage b) {
        DType d = a.dtype();
        if (b.dtype() != d || d != DType.FLOAT32 && d != DType.FLOAT64 && d != DType.INT64) {
            throw new IllegalArgumentException("conv columns: float32, float64 or int64 storages of one dtype expected, got "
                    + d + " and " + b.dtype());
        }
    }
}

package jtorch.internal.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * Max and average pooling, forward and backward, in the element type (float32 or float64) over
 * contiguous [planes, h, w] inputs and [planes, oh, ow] outputs, the pool's threads taking whole planes.
 * The loops ({@code FloatPoolKernels}, {@code DoublePoolKernels}) are generated from one template and
 * follow PyTorch's CPU kernels: windows, -inf start, "strictly greater or NaN" selection, the sum's
 * order and its one division by the window's divisor.
 */
public final class PoolKernels {
    /** Window elements below which a pooling runs on the calling thread alone. */
    private static final int PARALLEL_MIN = 1 << 16;

    private PoolKernels() {
    }

    /**
     * Max over a window that is the product of a row window (input rows {@code hIndex[hStart[oh] ..
     * hStart[oh+1])}) and a column window, for each of {@code planes} contiguous [h, w] planes of x from
     * {@code xo}: adaptive max pooling, whose windows are irregular. Writes the maximum (to {@code out},
     * contiguous) and its flat index {@code row * w + col} in the plane (to {@code indices}); an empty
     * window gives -inf and index -1.
     */
    public static void windowMax(Storage x, int xo, int planes, int h, int w, int[] hStart, int[] hIndex,
                                 int[] wStart, int[] wIndex, Storage out, Storage indices) {
        DType d = floatType("windowMax", x, out);
        int oh = hStart.length - 1;
        int ow = wStart.length - 1;
        checkIndices("windowMax", indices, (long) planes * oh * ow, 0);
        checkRange("windowMax", x, xo, (long) planes * h * w);
        checkRange("windowMax", out, 0, (long) planes * oh * ow);
        checkWindows(hStart, hIndex, h);
        checkWindows(wStart, wIndex, w);
        long work = (long) planes * Math.max(hIndex.length, 1) * Math.max(wIndex.length, 1);
        overPlanes(planes, work, (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.windowMax((float[]) x.data(), xo, p0, p1, h, w, hStart, hIndex, wStart, wIndex,
                        (float[]) out.data(), (long[]) indices.data());
            } else {
                DoublePoolKernels.windowMax((double[]) x.data(), xo, p0, p1, h, w, hStart, hIndex, wStart, wIndex,
                        (double[]) out.data(), (long[]) indices.data());
            }
        });
    }

    /**
     * Max pooling of {@code planes} planes of x (from {@code xo}) over the windows of {@code g}: the
     * maximum into {@code out} and its flat index {@code row * w + col} in the plane into {@code indices}
     * (from 0). A NaN wins; among equal maxima the first in row-major order does.
     */
    public static void maxPool(Storage x, int xo, int planes, PoolGeometry g, Storage out, Storage indices) {
        DType d = floatType("maxPool", x, out);
        checkRange("maxPool", x, xo, (long) planes * g.inPlane());
        checkRange("maxPool", out, 0, (long) planes * g.outPlane());
        checkIndices("maxPool", indices, (long) planes * g.outPlane(), 0);
        overPlanes(planes, (long) planes * g.outPlane() * g.kh() * g.kw(), (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.maxPool((float[]) x.data(), xo, p0, p1, g, (float[]) out.data(),
                        (long[]) indices.data());
            } else {
                DoublePoolKernels.maxPool((double[]) x.data(), xo, p0, p1, g, (double[]) out.data(),
                        (long[]) indices.data());
            }
        });
    }

    /**
     * The gradient of a max pooling: adds each of the {@code outPlane} gradients of a plane (grad from
     * {@code go}) at its saved flat index (indices from {@code io}) in that plane of {@code gradIn}, which
     * holds zeros ({@code planes × inPlane} from 0). An index outside the plane is an error.
     */
    public static void maxPoolBackward(Storage grad, int go, int planes, int outPlane, Storage indices, int io,
                                       Storage gradIn, int inPlane) {
        DType d = floatType("maxPoolBackward", grad, gradIn);
        checkRange("maxPoolBackward", grad, go, (long) planes * outPlane);
        checkIndices("maxPoolBackward", indices, (long) planes * outPlane, io);
        checkRange("maxPoolBackward", gradIn, 0, (long) planes * inPlane);
        overPlanes(planes, (long) planes * outPlane, (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.maxPoolBackward((float[]) grad.data(), go, p0, p1, outPlane, (long[]) indices.data(),
                        io, (float[]) gradIn.data(), inPlane);
            } else {
                DoublePoolKernels.maxPoolBackward((double[]) grad.data(), go, p0, p1, outPlane,
                        (long[]) indices.data(), io, (double[]) gradIn.data(), inPlane);
            }
        });
    }

    /**
     * Average pooling of {@code planes} planes of x (from {@code xo}) over the windows of {@code g} (no
     * dilation) into {@code out} (from 0): the window's sum divided by {@code divisorOverride} when it is
     * not 0, else by the window's size in the padded input ({@code countIncludePad}) or in the input. A
     * window wholly in the padding (ceil mode) gives 0.
     */
    public static void avgPool(Storage x, int xo, int planes, PoolGeometry g, boolean countIncludePad,
                               int divisorOverride, Storage out) {
        DType d = floatType("avgPool", x, out);
        checkAvg(g);
        checkRange("avgPool", x, xo, (long) planes * g.inPlane());
        checkRange("avgPool", out, 0, (long) planes * g.outPlane());
        overPlanes(planes, (long) planes * g.outPlane() * g.kh() * g.kw(), (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.avgPool((float[]) x.data(), xo, p0, p1, g, countIncludePad, divisorOverride,
                        (float[]) out.data());
            } else {
                DoublePoolKernels.avgPool((double[]) x.data(), xo, p0, p1, g, countIncludePad, divisorOverride,
                        (double[]) out.data());
            }
        });
    }

    /**
     * The gradient of {@link #avgPool}: each output's gradient (from {@code go}) divided by its window's
     * divisor, added to every input of the window in {@code gradIn}, which holds zeros (from 0).
     */
    public static void avgPoolBackward(Storage grad, int go, int planes, PoolGeometry g, boolean countIncludePad,
                                       int divisorOverride, Storage gradIn) {
        DType d = floatType("avgPoolBackward", grad, gradIn);
        checkAvg(g);
        checkRange("avgPoolBackward", grad, go, (long) planes * g.outPlane());
        checkRange("avgPoolBackward", gradIn, 0, (long) planes * g.inPlane());
        overPlanes(planes, (long) planes * g.outPlane() * g.kh() * g.kw(), (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.avgPoolBackward((float[]) grad.data(), go, p0, p1, g, countIncludePad,
                        divisorOverride, (float[]) gradIn.data());
            } else {
                DoublePoolKernels.avgPoolBackward((double[]) grad.data(), go, p0, p1, g, countIncludePad,
                        divisorOverride, (double[]) gradIn.data());
            }
        });
    }

    // whole planes per thread; a small pooling stays on the caller
    private static void overPlanes(int planes, long work, Parallel.RangeBody body) {
        long perPlane = Math.max(1, work / Math.max(planes, 1));
        Parallel.forRange(planes, 1, (int) Math.max(1, PARALLEL_MIN / perPlane), body);
    }

    private static DType floatType(String kernel, Storage in, Storage out) {
        DType d = in.dtype();
        if (out.dtype() != d || d != DType.FLOAT32 && d != DType.FLOAT64) {
            throw new IllegalArgumentException(kernel + ": float32 or float64 input and output expected, got " + d
                    + " and " + out.dtype());
        }
        return d;
    }

    private static void checkIndices(String kernel, Storage indices, long n, int offset) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException(kernel + ": int64 indices expected, got " + indices.dtype());
        }
        checkRange(kernel, indices, offset, n);
    }

    private static void checkRange(String kernel, Storage s, int offset, long n) {
        if (offset < 0 || offset + n > s.size()) {
            throw new IllegalArgumentException(kernel + ": " + n + " elements from " + offset
                    + " exceed a storage of " + s.size());
        }
    }

    private static void checkAvg(PoolGeometry g) {
        if (g.dh() != 1 || g.dw() != 1) {
            throw new IllegalArgumentException("avgPool: average pooling has no dilation, got " + g);
        }
    }

    private static void checkWindows(int[] start, int[] index, int size) {
        for (int i = 0; i + 1 < start.length; i++) {
            if (start[i] < 0 || start[i] > start[i + 1] || start[i + 1] > index.length) {
                throw new IllegalArgumentException("windowMax: window rows are not increasing within the index");
            }
        }
        for (int v : index) {
            if (v < 0 || v >= size) {
                throw new IllegalArgumentException("windowMax: window index " + v + " outside [0, " + size + ")");
            }
        }
    }
}

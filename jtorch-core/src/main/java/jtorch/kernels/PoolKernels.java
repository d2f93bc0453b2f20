package jtorch.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * Max pooling in the element type (float32 or float64), the pool's threads taking whole planes: no
 * copy of the input through double[] and back.
 */
public final class PoolKernels {
    /** Window elements below which a pooling runs on the calling thread alone. */
    private static final int PARALLEL_MIN = 1 << 16;

    private PoolKernels() {
    }

    /**
     * Max over a window that is the product of a row window (input rows {@code hIndex[hStart[oh] ..
     * hStart[oh+1])}) and a column window, for each of {@code planes} contiguous [h, w] planes of x from
     * {@code xo}. Writes the maximum (to {@code out}, contiguous) and its flat index {@code row * w + col}
     * in the plane (to {@code indices}). As PyTorch's kernels: rows outer, columns inner, a later element
     * wins only when strictly greater or NaN; the index starts at the window's first element and the value
     * at -inf.
     */
    public static void windowMax(Storage x, int xo, int planes, int h, int w, int[] hStart, int[] hIndex,
                                 int[] wStart, int[] wIndex, Storage out, Storage indices) {
        DType d = x.dtype();
        if (out.dtype() != d || d != DType.FLOAT32 && d != DType.FLOAT64 || indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("windowMax: float32 or float64 input and output and int64 indices "
                    + "expected, got " + d + ", " + out.dtype() + " and " + indices.dtype());
        }
        int oh = hStart.length - 1;
        int ow = wStart.length - 1;
        long outs = (long) planes * oh * ow;
        if (xo < 0 || xo + (long) planes * h * w > x.size() || outs > out.size() || outs > indices.size()) {
            throw new IllegalArgumentException("windowMax: " + planes + " planes of " + h + "x" + w + " -> " + oh + "x"
                    + ow + " exceed the storages");
        }
        checkWindows(hStart, hIndex, h);
        checkWindows(wStart, wIndex, w);
        long work = (long) planes * Math.max(hIndex.length, 1) * Math.max(wIndex.length, 1);
        int perPlane = (int) Math.max(1, work / Math.max(planes, 1));
        Parallel.forRange(planes, 1, Math.max(1, PARALLEL_MIN / perPlane), (p0, p1) -> {
            if (d == DType.FLOAT32) {
                FloatPoolKernels.windowMax((float[]) x.data(), xo, p0, p1, h, w, hStart, hIndex, wStart, wIndex,
                        (float[]) out.data(), (long[]) indices.data());
            } else {
                DoublePoolKernels.windowMax((double[]) x.data(), xo, p0, p1, h, w, hStart, hIndex, wStart, wIndex,
                        (double[]) out.data(), (long[]) indices.data());
            }
        });
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

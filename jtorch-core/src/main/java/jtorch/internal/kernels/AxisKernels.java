package jtorch.internal.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * Loops that apply a sparse matrix along one axis of a contiguous [outer, in, inner] block:
 * {@code out[a, o, i] = Σ_j weight[j] · x[a, index[j], i]} for j in {@code [rowStart[o], rowStart[o + 1])}
 * (the sum in j order, starting from the first term). Padding, resizing and average pooling are such
 * maps, applied one axis at a time.
 *
 * <p>A null weight array means every weight is 1: then a one-entry row is a plain copy, which moves
 * any dtype exactly, and sums of integers stay integral. float32 computes in float (as PyTorch's CPU
 * kernels do for these ops), every other dtype in double (exact for float64), integers without
 * weights in long.
 */
public final class AxisKernels {
    private AxisKernels() {
    }

    public static void apply(Storage x, int xOff, Storage out, int outer, int inSize, int inner, int[] rowStart,
                             int[] index, double[] weight) {
        int outSize = rowStart.length - 1;
        boolean integral = weight == null && !x.dtype().isFloatingPoint();
        for (int a = 0; a < outer; a++) {
            int xBase = xOff + a * inSize * inner;
            int oBase = a * outSize * inner;
            for (int o = 0; o < outSize; o++) {
                int from = rowStart[o];
                int to = rowStart[o + 1];
                int dst = oBase + o * inner;
                if (weight == null && to - from == 1 && inner > 1) {
                    System.arraycopy(x.data(), xBase + index[from] * inner, out.data(), dst, inner);
                } else if (x.dtype() == DType.FLOAT32) {
                    rowFloat((float[]) x.data(), xBase, (float[]) out.data(), dst, inner, from, to, index, weight);
                } else if (integral) {
                    rowLong(x, xBase, out, dst, inner, from, to, index);
                } else {
                    rowDouble(x, xBase, out, dst, inner, from, to, index, weight);
                }
            }
        }
    }

    // rows are summed term by term over the whole inner run (for locality); an empty row is 0
    private static void rowFloat(float[] x, int xBase, float[] out, int dst, int inner, int from, int to, int[] index,
                                 double[] weight) {
        if (from == to) {
            java.util.Arrays.fill(out, dst, dst + inner, 0f);
        }
        for (int j = from; j < to; j++) {
            int src = xBase + index[j] * inner;
            float wj = weight == null ? 1f : (float) weight[j];
            boolean first = j == from;
            for (int i = 0; i < inner; i++) {
                float v = weight == null ? x[src + i] : x[src + i] * wj;
                out[dst + i] = first ? v : out[dst + i] + v;
            }
        }
    }

    private static void rowDouble(Storage x, int xBase, Storage out, int dst, int inner, int from, int to, int[] index,
                                  double[] weight) {
        double[] acc = new double[inner];
        for (int j = from; j < to; j++) {
            int src = xBase + index[j] * inner;
            for (int i = 0; i < inner; i++) {
                double v = weight == null ? x.getDouble(src + i) : x.getDouble(src + i) * weight[j];
                acc[i] = j == from ? v : acc[i] + v;
            }
        }
        for (int i = 0; i < inner; i++) {
            out.setDouble(dst + i, acc[i]);
        }
    }

    private static void rowLong(Storage x, int xBase, Storage out, int dst, int inner, int from, int to, int[] index) {
        long[] acc = new long[inner];
        for (int j = from; j < to; j++) {
            int src = xBase + index[j] * inner;
            for (int i = 0; i < inner; i++) {
                acc[i] += x.getLong(src + i);
            }
        }
        for (int i = 0; i < inner; i++) {
            out.setLong(dst + i, acc[i]);
        }
    }
}

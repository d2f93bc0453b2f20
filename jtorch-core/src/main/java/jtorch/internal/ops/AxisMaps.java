package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Linear maps that act on a tensor one axis at a time: padding (reflect, replicate), resizing
 * (nearest, linear) and average pooling are each a sparse matrix along H applied after one along W.
 * The backward of such a map is the same kind of map with the transposed matrices in reverse order
 * (its own backward is the map again), so every op built here has an exact adjoint and double
 * backward without a formula of its own.
 */
final class AxisMaps {
    private AxisMaps() {
    }

    /**
     * A sparse [out × in] matrix stored by rows: {@code out[o] = Σ weight[j] · in[index[j]]} over
     * {@code j ∈ [rowStart[o], rowStart[o + 1])}; a null weight array means all ones.
     */
    record Axis(int inSize, int[] rowStart, int[] index, double[] weight) {
        int outSize() {
            return rowStart.length - 1;
        }

        /** out[o] = in[source[o]]. */
        static Axis gather(int inSize, int[] source) {
            int[] rows = new int[source.length + 1];
            for (int o = 0; o <= source.length; o++) {
                rows[o] = o;
            }
            return new Axis(inSize, rows, source.clone(), null);
        }

        /** out[o] = Σ in[i] for i in [start[o], end[o]). */
        static Axis windows(int inSize, int[] start, int[] end) {
            int[] rows = new int[start.length + 1];
            for (int o = 0; o < start.length; o++) {
                rows[o + 1] = rows[o] + Math.max(end[o] - start[o], 0);
            }
            int[] index = new int[rows[start.length]];
            for (int o = 0; o < start.length; o++) {
                for (int i = start[o]; i < end[o]; i++) {
                    index[rows[o] + i - start[o]] = i;
                }
            }
            return new Axis(inSize, rows, index, null);
        }

        /** The transposed matrix [in × out], each of its rows in increasing order of the original rows. */
        Axis transpose() {
            int[] rows = new int[inSize + 1];
            for (int i : index) {
                rows[i + 1]++;
            }
            for (int i = 0; i < inSize; i++) {
                rows[i + 1] += rows[i];
            }
            int[] fill = Arrays.copyOf(rows, inSize);
            int[] idx = new int[index.length];
            double[] w = weight == null ? null : new double[index.length];
            for (int o = 0; o < outSize(); o++) {
                for (int j = rowStart[o]; j < rowStart[o + 1]; j++) {
                    int at = fill[index[j]]++;
                    idx[at] = o;
                    if (w != null) {
                        w[at] = weight[j];
                    }
                }
            }
            return new Axis(outSize(), rows, idx, w);
        }
    }

    /**
     * The differentiable op {@code op}: applies {@code axes[k]} along {@code dims[k]} in order, then
     * divides by {@code divisor} (broadcast over the result; null for none), or divides first when
     * {@code divideFirst}. Its gradient is the op {@code adjoint}: the transposed axes in reverse order
     * with the division on the other side.
     */
    static Tensor map(OpDef op, OpDef adjoint, Tensor x, int[] dims, Axis[] axes, Divisor divisor, boolean divideFirst) {
        return Dispatch.apply(op, new Tensor[] {x}, () -> {
            Tensor t = divisor != null && divideFirst ? divide(x, divisor) : x;
            for (int k = 0; k < dims.length; k++) {
                t = applyRaw(t, dims[k], axes[k]);
            }
            return divisor != null && !divideFirst ? divide(t, divisor) : t;
        }, (ctx, g) -> {
            int n = dims.length;
            int[] rdims = new int[n];
            Axis[] raxes = new Axis[n];
            for (int k = 0; k < n; k++) {
                rdims[k] = dims[n - 1 - k];
                raxes[k] = axes[n - 1 - k].transpose();
            }
            return new Tensor[] {map(adjoint, op, g[0], rdims, raxes, divisor, !divideFirst)};
        });
    }

    private static Tensor divide(Tensor t, Divisor divisor) {
        if (t.dtype().isFloatingPoint()) {
            return t.div(Torch.fromArray(divisor.values(), divisor.rows(), divisor.cols()).to(t.dtype()).to(t.device()));
        }
        return t.div(Torch.fromArray(divisor.values(), divisor.rows(), divisor.cols()).to(DType.INT64).to(t.device()),
                "trunc");
    }

    /**
     * Per-output-element divisors of a [rows, cols] plane (average pooling's window sizes), kept as values so
     * that a backward formula holds no tensor.
     */
    record Divisor(double[] values, int rows, int cols) {
    }

    /** Applies one axis matrix along {@code dim} (no autograd); the result is contiguous. */
    static Tensor applyRaw(Tensor x, int dim, Axis axis) {
        int[] shape = x.sizes();
        shape[dim] = axis.outSize();
        Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), shape);
        Operands.backend(out).axisMap(Operands.of(x.contiguous()), dim, axis.rowStart(), axis.index(), axis.weight(),
                Operands.of(out));
        return out;
    }
}

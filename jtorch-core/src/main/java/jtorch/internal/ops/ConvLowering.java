package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.ConvGeometry;

/**
 * The raw computations (no autograd, arguments already checked) under {@link ConvOps}: output shapes,
 * the computation dtype (bfloat16 computes in float32 and rounds once; integer dtypes compute in int64 and
 * wrap once), 1-d convolutions as 2-d ones of height 1, and the bias; the convolution itself is the
 * backend's (on the CPU: lowered to GEMM, {@code CpuConv}).
 */
final class ConvLowering {
    private ConvLowering() {
    }

    /** Spatial geometry in 2-d form (a 1-d convolution has height 1 and a 1×K kernel). */
    private static ConvGeometry geometry(int[] wShape, int[] s, int[] p, int[] d) {
        if (wShape.length == 3) {
            return new ConvGeometry(1, wShape[2], 1, s[0], 0, p[0], 1, d[0]);
        }
        return new ConvGeometry(wShape[2], wShape[3], s[0], s[1], p[0], p[1], d[0], d[1]);
    }

    // bfloat16 computes in float32 and rounds once, as PyTorch's CPU kernels accumulate it in float; integer
    // types compute in int64, whose wrapped result narrows to the same bits as arithmetic in the type itself
    private static DType computeType(DType t) {
        return switch (t) {
            case BFLOAT16 -> DType.FLOAT32;
            case FLOAT32, FLOAT64 -> t;
            default -> DType.INT64;
        };
    }

    // a raw 4-d view ([N, C, 1, L] for a 3-d tensor)
    private static Tensor as4d(Tensor t) {
        if (t.dim() == 4) {
            return t;
        }
        int[] sh = t.sizes();
        int[] st = t.stride();
        return Tensor.viewOf(t, new int[] {sh[0], sh[1], 1, sh[2]}, new int[] {st[0], st[1], sh[2] * st[2], st[2]},
                t.storageOffset());
    }

    static Tensor forward(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed, int[] op,
                                  int groups) {
        ConvGeometry g = geometry(w.sizes(), s, p, d);
        int spatial = x.dim() - 2;
        int n = x.size(0);
        int[] outShape = new int[x.dim()];
        outShape[0] = n;
        if (!transposed) {
            outShape[1] = w.size(0);
            if (spatial == 1) {
                outShape[2] = g.outW(x.size(2));
            } else {
                outShape[2] = g.outH(x.size(2));
                outShape[3] = g.outW(x.size(3));
            }
        } else {
            outShape[1] = w.size(1) * groups;
            for (int i = 0; i < spatial; i++) {
                outShape[2 + i] = (x.size(2 + i) - 1) * s[i] - 2 * p[i] + d[i] * (w.size(2 + i) - 1) + 1 + op[i];
            }
        }
        Elementwise.checkSameDevice(x, w);
        DType dtype = computeType(x.dtype());
        Tensor x4 = as4d(cast(x, dtype).contiguous());
        Tensor w4 = as4d(cast(w, dtype).contiguous());
        Tensor out4 = Operands.empty(Torch.options().dtype(dtype).device(x.device()), as4dShape(outShape));
        if (transposed) {
            Operands.backend(out4).convTransposed(Operands.of(x4), Operands.of(w4), g, groups, Operands.of(out4));
        } else {
            Operands.backend(out4).conv(Operands.of(x4), Operands.of(w4), g, groups, Operands.of(out4));
        }
        if (b != null) {
            Tensor bias = cast(b, dtype);
            Tensor bv = Tensor.viewOf(bias, new int[] {1, bias.size(0), 1, 1}, new int[] {0, bias.stride(0), 0, 0},
                    bias.storageOffset());
            Elementwise.binaryInto(BinaryOp.ADD, out4, bv, out4, dtype);
        }
        Tensor out = Tensor.viewOf(out4, outShape, Shapes.contiguousStrides(outShape), 0);
        return cast(out, x.dtype());
    }

    private static int[] as4dShape(int[] shape) {
        return shape.length == 4 ? shape : new int[] {shape[0], shape[1], 1, shape[2]};
    }

    private static Tensor cast(Tensor t, DType dtype) {
        if (t.dtype() == dtype) {
            return t;
        }
        Tensor out = Operands.empty(Torch.options().dtype(dtype).device(t.device()), t.sizes());
        CopyOps.copyInto(out, t);
        return out;
    }

    static Tensor weightGradForward(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d,
                                            int groups) {
        Elementwise.checkSameDevice(input, grad);
        DType dtype = computeType(input.dtype());
        ConvGeometry g = geometry(wShape, s, p, d);
        Tensor x = as4d(cast(input, dtype).contiguous());
        Tensor go = as4d(cast(grad, dtype).contiguous());
        Tensor gw = Operands.empty(Torch.options().dtype(dtype).device(input.device()), wShape);
        Operands.backend(gw).convWeightGrad(Operands.of(x), Operands.of(go), g, groups, Operands.of(gw));
        return cast(gw, input.dtype());
    }
}

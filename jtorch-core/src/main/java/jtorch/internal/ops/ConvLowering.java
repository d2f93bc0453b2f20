package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.ConvGeometry;

/**
 * The raw computations (no autograd, arguments already checked) under {@link ConvOps}: output shapes,
 * the computation dtype (bfloat16 computes in float32 and rounds once; integer dtypes compute in int64 and
 * wrap once), 1-d convolutions as 2-d ones of height 1, 3-d convolutions as sums of 2-d ones over the kernel's
 * depth taps, and the bias; the convolution itself is the backend's (on the CPU: lowered to GEMM, {@code CpuConv}).
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
        if (w.dim() == 5) {
            return forward3d(x, w, b, s, p, d, transposed, op, groups);
        }
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
        if (wShape.length == 5) {
            return weightGrad3d(input, grad, wShape, s, p, d, groups);
        }
        Elementwise.checkSameDevice(input, grad);
        DType dtype = computeType(input.dtype());
        ConvGeometry g = geometry(wShape, s, p, d);
        Tensor x = as4d(cast(input, dtype).contiguous());
        Tensor go = as4d(cast(grad, dtype).contiguous());
        Tensor gw = Operands.empty(Torch.options().dtype(dtype).device(input.device()), wShape);
        Operands.backend(gw).convWeightGrad(Operands.of(x), Operands.of(go), g, groups, Operands.of(gw));
        return cast(gw, input.dtype());
    }

    // ---------------------------------------------------------------- 3-d as 2-d

    /*
     * A 3-d convolution is a sum over the kernel's depth taps k of 2-d convolutions: output depth o reads input
     * depth o*s - p + k*d through the weight slice w[:, :, k]. Each tap's valid output depths are batched with
     * the images ([N * depths, C, H, W]) into one 2-d convolution whose result is added into the output. The
     * transposed convolution adds each tap's 2-d transposed convolution of every input depth i at output depth
     * i*s + k*d of an uncropped output, then crops the padding; the weight gradient is per tap the 2-d one.
     * Everything runs in the compute type, so bfloat16 and integers round or wrap once at the end.
     */
    private static Tensor forward3d(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed,
                                    int[] op, int groups) {
        Elementwise.checkSameDevice(x, w);
        DType dtype = computeType(x.dtype());
        Tensor xc = cast(x, dtype);
        Tensor wc = cast(w, dtype);
        int n = x.size(0);
        int depth = x.size(2);
        int taps = w.size(2);
        int[] s2 = {s[1], s[2]};
        int[] p2 = {p[1], p[2]};
        int[] d2 = {d[1], d[2]};
        int[] op2 = {op[1], op[2]};
        int outC = transposed ? w.size(1) * groups : w.size(0);
        int[] plane = new int[2];
        for (int i = 0; i < 2; i++) {
            int in = x.size(3 + i);
            int extent = d[i + 1] * (w.size(3 + i) - 1) + 1;
            plane[i] = transposed ? (in - 1) * s[i + 1] - 2 * p[i + 1] + extent + op[i + 1]
                    : (in + 2 * p[i + 1] - extent) / s[i + 1] + 1;
        }
        int outD;
        Tensor acc; // [N, depth, O, OH, OW]: each tap's 2-d results land on whole [O, OH, OW] blocks
        if (!transposed) {
            outD = (depth + 2 * p[0] - d[0] * (taps - 1) - 1) / s[0] + 1;
            acc = Operands.zeros(Torch.options().dtype(dtype).device(x.device()), n, outD, outC, plane[0], plane[1]);
            for (int k = 0; k < taps; k++) {
                int[] r = validDepths(outD, depth, s[0], k * d[0] - p[0]);
                if (r[1] > 0) {
                    Tensor y = forward(depthSlices(xc, r[0] * s[0] + k * d[0] - p[0], s[0], r[1]), tap(wc, k), null,
                            s2, p2, d2, false, op2, groups);
                    addAt(acc, r[0], 1, r[1], y);
                }
            }
        } else {
            int full = (depth - 1) * s[0] + d[0] * (taps - 1) + 1 + op[0];
            outD = full - 2 * p[0];
            acc = Operands.zeros(Torch.options().dtype(dtype).device(x.device()), n, full, outC, plane[0], plane[1]);
            Tensor images = depthSlices(xc, 0, 1, depth);
            for (int k = 0; k < taps; k++) {
                addAt(acc, k * d[0], s[0], depth, forward(images, tap(wc, k), null, s2, p2, d2, true, op2, groups));
            }
        }
        int[] outShape = {n, outC, outD, plane[0], plane[1]};
        int[] st = acc.stride();
        Tensor out = Operands.empty(Torch.options().dtype(dtype).device(x.device()), outShape);
        CopyOps.copyInto(out, Tensor.viewOf(acc, outShape, new int[] {st[0], st[2], st[1], st[3], st[4]},
                (transposed ? p[0] : 0) * st[1]));
        if (b != null) {
            Tensor bias = cast(b, dtype);
            Tensor bv = Tensor.viewOf(bias, new int[] {1, outC, 1, 1, 1}, new int[] {0, bias.stride(0), 0, 0, 0},
                    bias.storageOffset());
            Elementwise.binaryInto(BinaryOp.ADD, out, bv, out, dtype);
        }
        return cast(out, x.dtype());
    }

    private static Tensor weightGrad3d(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d,
                                       int groups) {
        Elementwise.checkSameDevice(input, grad);
        DType dtype = computeType(input.dtype());
        Tensor x = cast(input, dtype);
        Tensor go = cast(grad, dtype);
        int[] w2 = {wShape[0], wShape[1], wShape[3], wShape[4]};
        Tensor gw = Operands.zeros(Torch.options().dtype(dtype).device(input.device()), wShape);
        for (int k = 0; k < wShape[2]; k++) {
            int[] r = validDepths(go.size(2), x.size(2), s[0], k * d[0] - p[0]);
            if (r[1] > 0) {
                Tensor gk = weightGradForward(depthSlices(x, r[0] * s[0] + k * d[0] - p[0], s[0], r[1]),
                        depthSlices(go, r[0], 1, r[1]), w2, new int[] {s[1], s[2]}, new int[] {p[1], p[2]},
                        new int[] {d[1], d[2]}, groups);
                CopyOps.copyInto(tap(gw, k), gk);
            }
        }
        return cast(gw, input.dtype());
    }

    // [first, count] of the output depths o < outD whose input depth o*s + shift lies in [0, depth)
    private static int[] validDepths(int outD, int depth, int s, int shift) {
        int first = Math.max(0, Math.floorDiv(-shift + s - 1, s));
        int last = Math.min(outD - 1, Math.floorDiv(depth - 1 - shift, s));
        return new int[] {first, Math.max(0, last - first + 1)};
    }

    // x[:, :, first + i*step] for i < count, copied into a contiguous [N * count, C, H, W] batch of images
    private static Tensor depthSlices(Tensor x, int first, int step, int count) {
        int[] sh = x.sizes();
        int[] st = x.stride();
        int[] shape = {sh[0], count, sh[1], sh[3], sh[4]};
        Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), shape);
        CopyOps.copyInto(out, Tensor.viewOf(x, shape, new int[] {st[0], st[2] * step, st[1], st[3], st[4]},
                x.storageOffset() + first * st[2]));
        int[] images = {sh[0] * count, sh[1], sh[3], sh[4]};
        return Tensor.viewOf(out, images, Shapes.contiguousStrides(images), 0);
    }

    // the weight's depth tap k as a 4-d [O, C, KH, KW] view
    private static Tensor tap(Tensor w, int k) {
        int[] sh = w.sizes();
        int[] st = w.stride();
        return Tensor.viewOf(w, new int[] {sh[0], sh[1], sh[3], sh[4]}, new int[] {st[0], st[1], st[3], st[4]},
                w.storageOffset() + k * st[2]);
    }

    // acc[:, first + i*step] += y[n * count + i] for the contiguous [N * count, O, OH, OW] images y
    private static void addAt(Tensor acc, int first, int step, int count, Tensor y) {
        int[] sh = acc.sizes();
        int[] st = acc.stride();
        int[] shape = {sh[0], count, sh[2], sh[3], sh[4]};
        Tensor target = Tensor.viewOf(acc, shape, new int[] {st[0], st[1] * step, st[2], st[3], st[4]},
                acc.storageOffset() + first * st[1]);
        Tensor ys = Tensor.viewOf(y, shape, Shapes.contiguousStrides(shape), y.storageOffset());
        Elementwise.binaryInto(BinaryOp.ADD, target, ys, target, acc.dtype());
    }
}

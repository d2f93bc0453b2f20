package jtorch.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.kernels.BinaryOp;
import jtorch.kernels.Gemm;

/**
 * Convolutions. conv1d, conv2d, conv_transpose1d and conv_transpose2d are one primitive, PyTorch's
 * {@code convolution} (node {@code ConvolutionBackward0}), lowered to GEMM: the forward copies the
 * input's receptive fields into columns (im2col, one strided copy) and multiplies them by the weight
 * matrix; the transposed forward multiplies by the transposed weight and adds the columns back
 * (col2im). All heavy arithmetic runs in {@link Gemm}.
 *
 * <p>The backward is written with convolutions, as PyTorch's derivative formulas are: the input
 * gradient of a convolution is a transposed convolution of the output gradient (and vice versa), the
 * weight gradient is the product of the output gradient with the input's columns (a second primitive
 * whose own gradients are convolutions again), the bias gradient is a sum. So double backward works.
 * A 1-d convolution is computed as a 2-d one over a height-1 view.
 */
public final class ConvOps {
    static final OpDef CONVOLUTION = OpDef.withNode("convolution", "ConvolutionBackward0");
    static final OpDef CONVOLUTION_BACKWARD_WEIGHT = OpDef.withNode("convolution_backward_weight",
            "ConvolutionBackwardBackward0");

    private ConvOps() {
    }

    // ---------------------------------------------------------------- public forms

    /** 1-d convolution of [N, C, L] (or unbatched [C, L]). PyTorch: {@code F.conv1d}. */
    public static Tensor conv1d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation, int groups) {
        return batched(x, 1, "conv1d", in -> convolution(in, w, b, stride, padding, dilation, false, new int[] {0},
                groups));
    }

    /** 1-d convolution with {@code padding="same"} or {@code "valid"}. PyTorch: {@code F.conv1d(..., padding=str)}. */
    public static Tensor conv1d(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                int groups) {
        return batched(x, 1, "conv1d", in -> convolutionMode(in, w, b, stride, padding, dilation, groups));
    }

    /** 2-d convolution of [N, C, H, W] (or unbatched [C, H, W]). PyTorch: {@code F.conv2d}. */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation, int groups) {
        return batched(x, 2, "conv2d", in -> convolution(in, w, b, pair(stride), pair(padding), pair(dilation), false,
                new int[] {0, 0}, groups));
    }

    /** 2-d convolution with {@code padding="same"} or {@code "valid"}. PyTorch: {@code F.conv2d(..., padding=str)}. */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                int groups) {
        return batched(x, 2, "conv2d", in -> convolutionMode(in, w, b, pair(stride), padding, pair(dilation), groups));
    }

    /** Transposed 1-d convolution; weight is [C_in, C_out / groups, K]. PyTorch: {@code F.conv_transpose1d}. */
    public static Tensor convTranspose1d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return batched(x, 1, "conv_transpose1d", in -> convolution(in, w, b, stride, padding, dilation, true,
                outputPadding, groups));
    }

    /** Transposed 2-d convolution; weight is [C_in, C_out / groups, KH, KW]. PyTorch: {@code F.conv_transpose2d}. */
    public static Tensor convTranspose2d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return batched(x, 2, "conv_transpose2d", in -> convolution(in, w, b, pair(stride), pair(padding),
                pair(dilation), true, pair(outputPadding), groups));
    }

    // conv2d's schema takes int[2] arguments: a single value is repeated (and then must match a 2-d weight)
    private static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v;
    }

    // PyTorch's conv wrappers accept an unbatched input by adding and removing a batch dim of 1
    private static Tensor batched(Tensor x, int spatial, String name, java.util.function.UnaryOperator<Tensor> conv) {
        if (x.dim() != spatial + 1 && x.dim() != spatial + 2) {
            throw new IllegalArgumentException("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2)
                    + "D (batched) input to " + name + ", but got input of size: " + Shapes.format(x.shape()));
        }
        return x.dim() == spatial + 1 ? conv.apply(x.unsqueeze(0)).squeeze(0) : conv.apply(x);
    }

    // PyTorch's _convolution_mode: "valid" is no padding; "same" pads by dilation*(k-1) in total, the odd
    // remainder on the far side through an explicit constant pad of the input
    private static Tensor convolutionMode(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                          int groups) {
        int dims = Math.max(w.dim() - 2, 1);
        int[] zeros = new int[dims];
        if (padding.equals("valid")) {
            return convolution(x, w, b, stride, zeros, dilation, false, new int[] {0}, groups);
        }
        if (!padding.equals("same")) {
            throw new IllegalArgumentException("Invalid padding string: '" + padding + "'");
        }
        int[] s = expand(stride, "stride", dims);
        int[] d = expand(dilation, "dilation", dims);
        for (int v : s) {
            if (v != 1) {
                throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
            }
        }
        int[] pad = new int[dims];
        int[] extra = new int[2 * dims];
        boolean asymmetric = false;
        for (int i = 0; i < dims && w.dim() == dims + 2; i++) {
            int total = d[i] * (w.size(i + 2) - 1);
            pad[i] = total / 2;
            if (total % 2 == 1) {
                extra[2 * (dims - 1 - i) + 1] = 1; // F.pad order: last dim first, (before, after) pairs
                asymmetric = true;
            }
        }
        Tensor in = asymmetric ? PadOps.pad(x, extra, "constant", 0) : x;
        return convolution(in, w, b, s, pad, d, false, new int[] {0}, groups);
    }

    // ---------------------------------------------------------------- the primitive

    /**
     * The general convolution of a [N, C, L] or [N, C, H, W] input, transposed or not, with PyTorch's
     * argument checks and messages. PyTorch: {@code torch.convolution}.
     */
    public static Tensor convolution(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation,
                                     boolean transposed, int[] outputPadding, int groups) {
        int dims = w.dim() - 2;
        if (dims <= 0) {
            throw new IllegalArgumentException("weight should have at least three dimensions");
        }
        if (groups <= 0) {
            throw new IllegalArgumentException("non-positive groups is not supported");
        }
        int[] s = expand(stride, "stride", dims);
        int[] p = expand(padding, "padding", dims);
        int[] d = expand(dilation, "dilation", dims);
        int[] op = expand(outputPadding, "output_padding", dims);
        checkShape(x, w, b, s, p, d, transposed, op, groups);
        checkTypes(x, w, b, transposed);
        if (dims > 2) {
            throw new IllegalArgumentException("jtorch supports 1-d and 2-d convolutions, got a " + dims
                    + "-d weight of size " + Shapes.format(w.shape()));
        }
        return convolutionUnchecked(x, w, b, s, p, d, transposed, op, groups);
    }

    // PyTorch's expand_param_if_needed
    private static int[] expand(int[] param, String name, int dims) {
        if (param.length == 1) {
            int[] out = new int[dims];
            Arrays.fill(out, param[0]);
            return out;
        }
        if (param.length != dims) {
            throw new IllegalArgumentException("expected " + name + " to be a single integer value or a list of " + dims
                    + " values to match the convolution dimensions, but got " + name + "=" + Shapes.format(param));
        }
        return param.clone();
    }

    // PyTorch's check_shape_forward, in its order
    private static void checkShape(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed,
                                   int[] op, int groups) {
        for (int v : p) {
            if (v < 0) {
                throw new IllegalArgumentException("negative padding is not supported");
            }
        }
        for (int v : op) {
            if (v < 0) {
                throw new IllegalArgumentException("negative output_padding is not supported");
            }
        }
        for (int v : s) {
            if (v <= 0) {
                throw new IllegalArgumentException("non-positive stride is not supported");
            }
        }
        for (int v : d) {
            if (v <= 0) {
                throw new IllegalArgumentException("dilation should be greater than zero, but got " + Shapes.format(d));
            }
        }
        int[] ws = w.shape();
        int k = x.dim();
        if (w.dim() != k) {
            throw new IllegalArgumentException("Expected " + w.dim() + "-dimensional input for " + w.dim()
                    + "-dimensional weight " + Shapes.format(ws) + ", but got " + k + "-dimensional input of size "
                    + Shapes.format(x.shape()) + " instead");
        }
        if (ws[0] < groups) {
            throw new IllegalArgumentException("Given groups=" + groups + ", expected weight to be at least " + groups
                    + " at dimension 0, but got weight of size [" + Shapes.format(ws) + "] instead");
        }
        if (ws[0] % groups != 0) {
            throw new IllegalArgumentException("Given groups=" + groups + ", expected weight to be divisible by "
                    + groups + " at dimension 0, but got weight of size [" + Shapes.format(ws) + "] instead");
        }
        if (!transposed) {
            if (x.size(1) != ws[1] * groups) {
                throw new IllegalArgumentException("Given groups=" + groups + ", weight of size " + Shapes.format(ws)
                        + ", expected input" + Shapes.format(x.shape()) + " to have " + ws[1] * groups
                        + " channels, but got " + x.size(1) + " channels instead");
            }
            if (b != null && (b.dim() != 1 || b.size(0) != ws[0])) {
                throw new IllegalArgumentException("Given weight of size " + Shapes.format(ws)
                        + ", expected bias to be 1-dimensional with " + ws[0] + " elements, but got bias of size "
                        + Shapes.format(b.shape()) + " instead");
            }
            StringBuilder in = new StringBuilder();
            StringBuilder ker = new StringBuilder();
            boolean fits = true;
            for (int i = 2; i < k; i++) {
                int padded = x.size(i) + 2 * p[i - 2];
                int extent = d[i - 2] * (ws[i] - 1) + 1;
                fits &= padded >= extent;
                in.append(i > 2 ? " x " : "").append(padded);
                ker.append(i > 2 ? " x " : "").append(extent);
            }
            if (!fits) {
                throw new IllegalArgumentException("Calculated padded input size per channel: (" + in + "). Kernel size: ("
                        + ker + "). Kernel size can't be greater than actual input size");
            }
        } else {
            if (x.size(1) != ws[0]) {
                throw new IllegalArgumentException("Given transposed=1, weight of size " + Shapes.format(ws)
                        + ", expected input" + Shapes.format(x.shape()) + " to have " + ws[0]
                        + " channels, but got " + x.size(1) + " channels instead");
            }
            if (b != null && (b.dim() != 1 || b.size(0) != ws[1] * groups)) {
                throw new IllegalArgumentException("Given transposed=1, weight of size " + Shapes.format(ws)
                        + ", expected bias to be 1-dimensional with " + ws[1] * groups
                        + " elements, but got bias of size " + Shapes.format(b.shape()) + " instead");
            }
            boolean big = false;
            for (int i = 0; i < op.length; i++) {
                big |= op[i] >= s[i] && op[i] >= d[i];
            }
            if (big) {
                StringBuilder sb = new StringBuilder("output padding must be smaller than either stride or dilation, but got");
                String[] axes = op.length == 2 ? new String[] {"height", "width"} : new String[] {"width"};
                for (int i = 0; i < op.length; i++) {
                    sb.append(" output_padding_").append(axes[i]).append(": ").append(op[i]);
                }
                for (int i = 0; i < op.length; i++) {
                    sb.append(" stride_").append(axes[i]).append(": ").append(s[i]);
                }
                for (int i = 0; i < op.length; i++) {
                    sb.append(" dilation_").append(axes[i]).append(": ").append(d[i]);
                }
                throw new IllegalArgumentException(sb.toString());
            }
        }
    }

    // dtype checks of PyTorch's CPU backends (float32 takes the mkldnn path, other dtypes slow_conv2d)
    private static void checkTypes(Tensor x, Tensor w, Tensor b, boolean transposed) {
        if (x.dtype() != w.dtype()) {
            if (x.dtype() == DType.FLOAT32) {
                throw new IllegalArgumentException("Input type (" + x.dtype().tensorTypeName() + ") and weight type ("
                        + w.dtype().tensorTypeName() + ") should be the same or input should be a MKLDNN tensor and "
                        + "weight is a dense tensor");
            }
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(x.dtype())
                    + " but found " + TypePromotion.scalarTypeName(w.dtype()));
        }
        if (b != null && b.dtype() != x.dtype()) {
            throw new IllegalArgumentException("Input type (" + cTypeName(x.dtype()) + ") and bias type ("
                    + cTypeName(b.dtype()) + ") should be the same");
        }
        if (x.dtype() == DType.FLOAT16 || x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"" + (transposed ? "slow_conv_transpose2d_out_cpu" : "slow_conv2d_cpu")
                    + "\" not implemented for '" + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
    }

    private static String cTypeName(DType d) {
        return switch (d) {
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
            case INT64 -> "long int";
            case INT32 -> "int";
            default -> TypePromotion.scalarTypeName(d);
        };
    }

    // The op itself, for arguments already checked (the backward formulas call it directly).
    static Tensor convolutionUnchecked(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed,
                                       int[] op, int groups) {
        Tensor[] inputs = b == null ? new Tensor[] {x, w} : new Tensor[] {x, w, b};
        int[] xShape = x.shape();
        return Dispatch.apply(CONVOLUTION, inputs, () -> forward(x, w, b, s, p, d, transposed, op, groups),
                (ctx, g) -> {
                    Tensor go = g[0];
                    Tensor in = ctx.input(0);
                    Tensor wt = ctx.input(1);
                    Tensor gx = null;
                    Tensor gw = null;
                    if (ctx.needsInputGrad(0)) {
                        gx = transposed
                                ? cropTo(convolutionUnchecked(go, wt, null, s, p, d, false, new int[s.length], groups),
                                        xShape)
                                : convolutionUnchecked(go, wt, null, s, p, d, true,
                                        outputPaddingFor(xShape, go.shape(), wt.shape(), s, p, d), groups);
                    }
                    if (ctx.needsInputGrad(1)) {
                        gw = transposed ? weightGrad(go, in, wt.shape(), s, p, d, groups)
                                : weightGrad(in, go, wt.shape(), s, p, d, groups);
                    }
                    if (b == null) {
                        return new Tensor[] {gx, gw};
                    }
                    Tensor gb = ctx.needsInputGrad(2) ? go.sum(withoutChannelDim(go.dim()), false) : null;
                    return new Tensor[] {gx, gw, gb};
                });
    }

    // the output_padding that makes a transposed convolution of `out` give back exactly `in`'s spatial size
    private static int[] outputPaddingFor(int[] in, int[] out, int[] w, int[] s, int[] p, int[] d) {
        int[] op = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            op[i] = in[i + 2] - ((out[i + 2] - 1) * s[i] - 2 * p[i] + d[i] * (w[i + 2] - 1) + 1);
        }
        return op;
    }

    // A convolution of a transposed convolution's output can be larger than its input (output_padding
    // >= stride adds positions no input reaches); those trailing positions are dropped.
    private static Tensor cropTo(Tensor t, int[] shape) {
        Tensor out = t;
        for (int i = 2; i < shape.length; i++) {
            if (out.size(i) != shape[i]) {
                out = out.narrow(i, 0, shape[i]);
            }
        }
        return out;
    }

    private static int[] withoutChannelDim(int rank) {
        int[] dims = new int[rank - 1];
        dims[0] = 0;
        for (int i = 2; i < rank; i++) {
            dims[i - 1] = i;
        }
        return dims;
    }

    /**
     * The weight gradient of the convolution {@code conv(input, w)} for the output gradient {@code grad}:
     * gw[g] = grad[g] · columns(input)[g]ᵀ summed over the batch, one GEMM per group. A transposed
     * convolution's weight gradient is this with the roles of input and output gradient swapped.
     */
    private static Tensor weightGrad(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d, int groups) {
        return Dispatch.apply(CONVOLUTION_BACKWARD_WEIGHT, new Tensor[] {input, grad},
                () -> weightGradForward(input, grad, wShape, s, p, d, groups),
                (ctx, g) -> {
                    // gw is bilinear in (input, grad): each partial derivative is a convolution with g as the weight
                    Tensor in = ctx.input(0);
                    Tensor go = ctx.input(1);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? convolutionUnchecked(go, g[0], null, s, p, d, true,
                                outputPaddingFor(in.shape(), go.shape(), wShape, s, p, d), groups) : null,
                        ctx.needsInputGrad(1) ? cropTo(convolutionUnchecked(in, g[0], null, s, p, d, false,
                                new int[s.length], groups), go.shape()) : null};
                });
    }

    // ---------------------------------------------------------------- kernels (raw, no autograd)

    /** Spatial geometry in 2-d form (a 1-d convolution has height 1 and a 1×K kernel). */
    private record Geometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        static Geometry of(int[] wShape, int[] s, int[] p, int[] d) {
            if (wShape.length == 3) {
                return new Geometry(1, wShape[2], 1, s[0], 0, p[0], 1, d[0]);
            }
            return new Geometry(wShape[2], wShape[3], s[0], s[1], p[0], p[1], d[0], d[1]);
        }

        int outH(int h) {
            return (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1;
        }

        int outW(int w) {
            return (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
        }

        int kernelArea() {
            return kh * kw;
        }
    }

    // a raw 4-d view ([N, C, 1, L] for a 3-d tensor)
    private static Tensor as4d(Tensor t) {
        if (t.dim() == 4) {
            return t;
        }
        int[] sh = t.shape();
        int[] st = t.stride();
        return Tensor.viewOf(t, new int[] {sh[0], sh[1], 1, sh[2]}, new int[] {st[0], st[1], sh[2] * st[2], st[2]},
                t.storageOffset());
    }

    private static Tensor forward(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed, int[] op,
                                  int groups) {
        Geometry g = Geometry.of(w.shape(), s, p, d);
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
        if (x.isMeta() || w.isMeta()) {
            return Torch.empty(Torch.options().dtype(x.dtype()).device(Device.META), outShape);
        }
        // bfloat16 computes in float32 and rounds once, as PyTorch's CPU kernels accumulate it in float
        DType dtype = x.dtype() == DType.BFLOAT16 ? DType.FLOAT32 : x.dtype();
        Tensor x4 = as4d(cast(x, dtype));
        Tensor w4 = as4d(cast(w, dtype).contiguous());
        Tensor out4 = transposed ? transposedForward(x4, w4, g, as4dShape(outShape), groups)
                : convForward(x4, w4, g, as4dShape(outShape), groups);
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
        Tensor out = Torch.empty(Torch.options().dtype(dtype), t.shape());
        CopyOps.copyInto(out, t);
        return out;
    }

    // x zero-padded by (ph, pw) on both sides, or x itself when there is no padding
    private static Tensor padded(Tensor x, int ph, int pw) {
        if (ph == 0 && pw == 0) {
            return x;
        }
        int[] sh = x.shape();
        Tensor out = Torch.zeros(Torch.options().dtype(x.dtype()), sh[0], sh[1], sh[2] + 2 * ph, sh[3] + 2 * pw);
        int[] st = out.stride();
        Tensor interior = Tensor.viewOf(out, sh, st, ph * st[2] + pw * st[3]);
        CopyOps.copyInto(interior, x);
        return out;
    }

    /**
     * The receptive fields of the (padded) input as a raw view of shape [C, KH, KW, N, OH, OW]: the
     * input value each kernel tap meets at each output position of each image.
     */
    private static Tensor fields(Tensor xp, Geometry g, int oh, int ow) {
        int[] st = xp.stride();
        return Tensor.viewOf(xp, new int[] {xp.size(1), g.kh(), g.kw(), xp.size(0), oh, ow},
                new int[] {st[1], g.dh() * st[2], g.dw() * st[3], st[0], g.sh() * st[2], g.sw() * st[3]},
                xp.storageOffset());
    }

    // out[n, grp] = w[grp] · im2col(x[n])[grp], one GEMM per image and group
    private static Tensor convForward(Tensor x, Tensor w, Geometry g, int[] outShape, int groups) {
        int n = outShape[0];
        int o = outShape[1];
        int oh = outShape[2];
        int ow = outShape[3];
        int c = x.size(1);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        Tensor out = Torch.empty(Torch.options().dtype(x.dtype()), outShape);
        Tensor xp = padded(x, g.ph(), g.pw());
        Tensor col = Torch.empty(Torch.options().dtype(x.dtype()), c, g.kh(), g.kw(), 1, oh, ow);
        for (int i = 0; i < n; i++) {
            Tensor image = Tensor.viewOf(xp, new int[] {1, c, xp.size(2), xp.size(3)}, xp.stride(),
                    xp.storageOffset() + i * xp.stride(0));
            CopyOps.copyInto(col, fields(image, g, oh, ow));
            for (int grp = 0; grp < groups; grp++) {
                Gemm.gemm(og, pixels, ck, w.storage(), w.storageOffset() + grp * og * ck, ck, 1,
                        col.storage(), grp * ck * pixels, pixels, 1,
                        out.storage(), (i * o + grp * og) * pixels, pixels);
            }
        }
        return out;
    }

    // cols[n, grp] = w[grp]ᵀ · x[n, grp], then each column is added back at its output position (col2im)
    private static Tensor transposedForward(Tensor x, Tensor w, Geometry g, int[] outShape, int groups) {
        int n = x.size(0);
        int cin = x.size(1);
        int h = x.size(2);
        int wd = x.size(3);
        int cg = cin / groups;
        int og = w.size(1);
        int o = og * groups;
        int ok = og * g.kernelArea();
        int pixels = h * wd;
        Tensor xc = x.contiguous();
        Tensor cols = Torch.empty(Torch.options().dtype(x.dtype()), n, o, g.kh(), g.kw(), h, wd);
        for (int i = 0; i < n; i++) {
            for (int grp = 0; grp < groups; grp++) {
                Gemm.gemm(ok, pixels, cg, w.storage(), w.storageOffset() + grp * cg * ok, 1, ok,
                        xc.storage(), xc.storageOffset() + (i * cin + grp * cg) * pixels, pixels, 1,
                        cols.storage(), (i * o + grp * og) * g.kernelArea() * pixels, pixels);
            }
        }
        Tensor full = Torch.zeros(Torch.options().dtype(x.dtype()), n, o, outShape[2] + 2 * g.ph(),
                outShape[3] + 2 * g.pw());
        addFields(full, cols, g, h, wd);
        int[] st = full.stride();
        Tensor inner = Tensor.viewOf(full, outShape, st, g.ph() * st[2] + g.pw() * st[3]);
        return inner.contiguous();
    }

    // col2im: target[n, c, kh*dh + y*sh, kw*dw + x*sw] += cols[n, c, kh, kw, y, x]; within one tap the
    // positions are distinct, so each tap is one strided add
    private static void addFields(Tensor target, Tensor cols, Geometry g, int h, int wd) {
        int[] ts = target.stride();
        int[] cs = cols.stride();
        int[] shape = {target.size(0), target.size(1), h, wd};
        for (int kh = 0; kh < g.kh(); kh++) {
            for (int kw = 0; kw < g.kw(); kw++) {
                Tensor dst = Tensor.viewOf(target, shape, new int[] {ts[0], ts[1], g.sh() * ts[2], g.sw() * ts[3]},
                        kh * g.dh() * ts[2] + kw * g.dw() * ts[3]);
                Tensor src = Tensor.viewOf(cols, shape, new int[] {cs[0], cs[1], cs[4], cs[5]},
                        kh * cs[2] + kw * cs[3]);
                Elementwise.binaryInto(BinaryOp.ADD, dst, src, dst, target.dtype());
            }
        }
    }

    private static Tensor weightGradForward(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d,
                                            int groups) {
        if (input.isMeta() || grad.isMeta()) {
            return Torch.empty(Torch.options().dtype(input.dtype()).device(Device.META), wShape);
        }
        DType dtype = input.dtype() == DType.BFLOAT16 ? DType.FLOAT32 : input.dtype();
        Geometry g = Geometry.of(wShape, s, p, d);
        Tensor x = as4d(cast(input, dtype));
        Tensor go = as4d(cast(grad, dtype));
        int n = x.size(0);
        int c = x.size(1);
        int o = go.size(1);
        int oh = go.size(2);
        int ow = go.size(3);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int np = n * oh * ow;
        // columns [C, KH, KW, N, OH, OW] and the gradient as [O, N, OH, OW]: the batch joins the GEMM's k
        Tensor col = Torch.empty(Torch.options().dtype(dtype), c, g.kh(), g.kw(), n, oh, ow);
        CopyOps.copyInto(col, fields(padded(x, g.ph(), g.pw()), g, oh, ow));
        Tensor gT = Torch.empty(Torch.options().dtype(dtype), o, n, oh, ow);
        CopyOps.copyInto(gT, Tensor.viewOf(go, new int[] {o, n, oh, ow},
                new int[] {go.stride(1), go.stride(0), go.stride(2), go.stride(3)}, go.storageOffset()));
        Tensor gw = Torch.empty(Torch.options().dtype(dtype), wShape);
        for (int grp = 0; grp < groups; grp++) {
            Gemm.gemm(og, ck, np, gT.storage(), grp * og * np, np, 1, col.storage(), grp * ck * np, 1, np,
                    gw.storage(), grp * og * ck, ck);
        }
        return cast(gw, input.dtype());
    }
}

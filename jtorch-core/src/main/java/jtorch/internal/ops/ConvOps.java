package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Convolutions. conv1d/2d/3d and conv_transpose1d/2d/3d are one primitive, PyTorch's
 * {@code convolution} (node {@code ConvolutionBackward0}), with PyTorch's argument checks and
 * messages; its computation is lowered to GEMM in {@link ConvLowering}.
 *
 * <p>The backward is written with convolutions, as PyTorch's derivative formulas are: the input
 * gradient of a convolution is a transposed convolution of the output gradient (and vice versa), the
 * weight gradient is the product of the output gradient with the input's columns (a second primitive
 * whose own gradients are convolutions again), the bias gradient is a sum. So double backward works.
 * A 1-d convolution is computed as a 2-d one over a height-1 view, a 3-d one as 2-d ones per kernel depth tap.
 */
public final class ConvOps {
    static final OpDef CONVOLUTION = OpDef.withNode("convolution", "ConvolutionBackward0", Saves.inputs(0, 1));
    static final OpDef CONVOLUTION_BACKWARD_WEIGHT = OpDef.withNode("convolution_backward_weight",
            "ConvolutionBackwardBackward0", Saves.inputs(0, 1));

    private ConvOps() {
    }

    // ---------------------------------------------------------------- public forms

    /** 1-d convolution of [N, C, L] (or unbatched [C, L]). PyTorch: {@code F.conv1d}. */
    public static Tensor conv1d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation, int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv1d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 1, "conv1d", in -> convolution(in, w, b, stride, padding, dilation, false, new int[] {0},
                groups));
    }

    /** 1-d convolution with {@code padding="same"} or {@code "valid"}. PyTorch: {@code F.conv1d(..., padding=str)}. */
    public static Tensor conv1d(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv1d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 1, "conv1d", in -> convolutionMode(in, w, b, stride, padding, dilation, groups));
    }

    /** 2-d convolution of [N, C, H, W] (or unbatched [C, H, W]). PyTorch: {@code F.conv2d}. */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation, int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv2d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 2, "conv2d", in -> convolution(in, w, b, pair(stride), pair(padding), pair(dilation), false,
                new int[] {0, 0}, groups));
    }

    /** 2-d convolution with {@code padding="same"} or {@code "valid"}. PyTorch: {@code F.conv2d(..., padding=str)}. */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv2d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 2, "conv2d", in -> convolutionMode(in, w, b, pair(stride), padding, pair(dilation), groups));
    }

    /** Transposed 1-d convolution; weight is [C_in, C_out / groups, K]. PyTorch: {@code F.conv_transpose1d}. */
    public static Tensor convTranspose1d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, w, b},
                    t -> convTranspose1d(t[0], t[1], t[2], stride, padding, outputPadding, groups, dilation));
        }
        return batched(x, 1, "conv_transpose1d", in -> convolution(in, w, b, stride, padding, dilation, true,
                outputPadding, groups));
    }

    /** Transposed 2-d convolution; weight is [C_in, C_out / groups, KH, KW]. PyTorch: {@code F.conv_transpose2d}. */
    public static Tensor convTranspose2d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, w, b},
                    t -> convTranspose2d(t[0], t[1], t[2], stride, padding, outputPadding, groups, dilation));
        }
        return batched(x, 2, "conv_transpose2d", in -> convolution(in, w, b, pair(stride), pair(padding),
                pair(dilation), true, pair(outputPadding), groups));
    }

    // ---------------------------------------------------------------- 3-d (issue 21: conv3d, conv_transpose3d)

    /** 3-d convolution of [N, C, D, H, W] (or unbatched [C, D, H, W]). PyTorch: {@code F.conv3d}. */
    public static Tensor conv3d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding, int[] dilation, int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv3d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 3, "conv3d", in -> convolution(in, w, b, triple(stride), triple(padding), triple(dilation),
                false, new int[] {0, 0, 0}, groups));
    }

    /** 3-d convolution with {@code padding="same"} or {@code "valid"}. PyTorch: {@code F.conv3d(..., padding=str)}. */
    public static Tensor conv3d(Tensor x, Tensor w, Tensor b, int[] stride, String padding, int[] dilation,
                                int groups) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, w, b},
                    t -> conv3d(t[0], t[1], t[2], stride, padding, dilation, groups));
        }
        return batched(x, 3, "conv3d", in -> convolutionMode(in, w, b, triple(stride), padding, triple(dilation),
                groups));
    }

    /** Transposed 3-d convolution; weight is [C_in, C_out / groups, KD, KH, KW]. PyTorch: {@code F.conv_transpose3d}. */
    public static Tensor convTranspose3d(Tensor x, Tensor w, Tensor b, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, w, b},
                    t -> convTranspose3d(t[0], t[1], t[2], stride, padding, outputPadding, groups, dilation));
        }
        return batched(x, 3, "conv_transpose3d", in -> convolution(in, w, b, triple(stride), triple(padding),
                triple(dilation), true, triple(outputPadding), groups));
    }

    // conv3d's schema takes int[3] arguments: a single value is repeated
    private static int[] triple(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0], v[0]} : v;
    }

    // conv2d's schema takes int[2] arguments: a single value is repeated (and then must match a 2-d weight)
    private static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v;
    }

    // PyTorch's conv wrappers accept an unbatched input by adding and removing a batch dim of 1
    private static Tensor batched(Tensor x, int spatial, String name, java.util.function.UnaryOperator<Tensor> conv) {
        if (x.dim() != spatial + 1 && x.dim() != spatial + 2) {
            throw new IllegalArgumentException("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2)
                    + "D (batched) input to " + name + ", but got input of size: " + Shapes.format(x.sizes()));
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
     * The general convolution of a [N, C, L], [N, C, H, W] or [N, C, D, H, W] input, transposed or not, with PyTorch's
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
        checkTypes(x, w, b, transposed, dims);
        if (dims > 3) {
            throw new IllegalArgumentException("jtorch supports 1-d, 2-d and 3-d convolutions, got a " + dims
                    + "-d weight of size " + Shapes.format(w.sizes()));
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
        int[] ws = w.sizes();
        int k = x.dim();
        if (w.dim() != k) {
            throw new IllegalArgumentException("Expected " + w.dim() + "-dimensional input for " + w.dim()
                    + "-dimensional weight " + Shapes.format(ws) + ", but got " + k + "-dimensional input of size "
                    + Shapes.format(x.sizes()) + " instead");
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
                        + ", expected input" + Shapes.format(x.sizes()) + " to have " + ws[1] * groups
                        + " channels, but got " + x.size(1) + " channels instead");
            }
            if (b != null && (b.dim() != 1 || b.size(0) != ws[0])) {
                throw new IllegalArgumentException("Given weight of size " + Shapes.format(ws)
                        + ", expected bias to be 1-dimensional with " + ws[0] + " elements, but got bias of size "
                        + Shapes.format(b.sizes()) + " instead");
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
                        + ", expected input" + Shapes.format(x.sizes()) + " to have " + ws[0]
                        + " channels, but got " + x.size(1) + " channels instead");
            }
            if (b != null && (b.dim() != 1 || b.size(0) != ws[1] * groups)) {
                throw new IllegalArgumentException("Given transposed=1, weight of size " + Shapes.format(ws)
                        + ", expected bias to be 1-dimensional with " + ws[1] * groups
                        + " elements, but got bias of size " + Shapes.format(b.sizes()) + " instead");
            }
            boolean big = false;
            for (int i = 0; i < op.length; i++) {
                big |= op[i] >= s[i] && op[i] >= d[i];
            }
            if (big) {
                StringBuilder sb = new StringBuilder("output padding must be smaller than either stride or dilation, but got");
                String[] axes = Arrays.copyOfRange(new String[] {"depth", "height", "width"}, 3 - op.length, 3);
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
            // slow_conv_transpose's shape check: every spatial output size must be positive (a 1-d one is a
            // 2-d one of height 1 there)
            StringBuilder in = new StringBuilder(k == 3 ? "1" : "");
            StringBuilder out = new StringBuilder(k == 3 ? "1" : "");
            boolean positive = true;
            for (int i = 2; i < k; i++) {
                int size = (x.size(i) - 1) * s[i - 2] - 2 * p[i - 2] + d[i - 2] * (ws[i] - 1) + 1 + op[i - 2];
                positive &= size >= 1;
                in.append(in.isEmpty() ? "" : " x ").append(x.size(i));
                out.append(out.isEmpty() ? "" : " x ").append(size);
            }
            if (!positive) {
                throw new IllegalArgumentException("Given input size per channel: (" + in
                        + "). Calculated output size per channel: (" + out + "). Output size is too small");
            }
        }
    }

    // dtype checks of PyTorch's CPU backends (float32 takes the mkldnn path, other dtypes slow_conv2d)
    private static void checkTypes(Tensor x, Tensor w, Tensor b, boolean transposed, int dims) {
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
            String kernel = dims == 3 ? (transposed ? "slow_conv_transpose3d_out_cpu" : "compute_columns3d")
                    : transposed ? "slow_conv_transpose2d_out_cpu" : "slow_conv2d_cpu";
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
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
        int[] xShape = x.sizes();
        boolean hasBias = b != null;
        return Dispatch.apply(CONVOLUTION, inputs, () -> ConvLowering.forward(x, w, b, s, p, d, transposed, op, groups),
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
                                        outputPaddingFor(xShape, go.sizes(), wt.sizes(), s, p, d), groups);
                    }
                    if (ctx.needsInputGrad(1)) {
                        gw = transposed ? weightGrad(go, in, wt.sizes(), s, p, d, groups)
                                : weightGrad(in, go, wt.sizes(), s, p, d, groups);
                    }
                    if (!hasBias) {
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
                () -> ConvLowering.weightGradForward(input, grad, wShape, s, p, d, groups),
                (ctx, g) -> {
                    // gw is bilinear in (input, grad): each partial derivative is a convolution with g as the weight
                    Tensor in = ctx.input(0);
                    Tensor go = ctx.input(1);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? convolutionUnchecked(go, g[0], null, s, p, d, true,
                                outputPaddingFor(in.sizes(), go.sizes(), wShape, s, p, d), groups) : null,
                        ctx.needsInputGrad(1) ? cropTo(convolutionUnchecked(in, g[0], null, s, p, d, false,
                                new int[s.length], groups), go.sizes()) : null};
                });
    }
}

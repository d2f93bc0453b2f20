package jtorch.internal.ops;

import java.util.Arrays;
import java.util.function.BiConsumer;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;
import jtorch.internal.kernels.PoolGeometry;
import jtorch.internal.ops.AxisMaps.Axis;

/**
 * Pooling over the last two dims of [N, C, H, W] or [C, H, W] inputs, with PyTorch's output-size and
 * window formulas: max_pool2d (with indices, dilation, ceil_mode), avg_pool2d (count_include_pad,
 * divisor_override), adaptive average and max pooling, max_unpool2d, and the 1-d forms PyTorch
 * builds from them over a height-1 view. Max and average pooling, forward and backward, run in the
 * backend in the element type (bfloat16 through float32), planes in parallel; max pooling
 * records the flat index of each maximum in its [H, W] plane, and its backward adds the gradient back at
 * those indices. Each backward is itself differentiable (average pooling's is its adjoint, max pooling's
 * gathers from the indices), so second derivatives need no formula of their own.
 */
public final class PoolOps {
    static final OpDef MAX_POOL2D_WITH_INDICES = OpDef.withNode("max_pool2d_with_indices",
            "MaxPool2DWithIndicesBackward0", Saves.OUTPUT);
    static final OpDef ADAPTIVE_MAX_POOL2D = OpDef.withNode("adaptive_max_pool2d", "AdaptiveMaxPool2DBackward0", Saves.OUTPUT);
    static final OpDef MAX_POOL2D_BACKWARD = OpDef.withNode("max_pool2d_with_indices_backward",
            "MaxPool2DWithIndicesBackwardBackward0", Saves.inputs(1));
    static final OpDef MAX_UNPOOL2D = OpDef.withNode("max_unpool2d", "MaxUnpool2DBackward0", Saves.inputs(1));
    static final OpDef MAX_UNPOOL3D = OpDef.withNode("max_unpool3d", "MaxUnpool3DBackward0", Saves.inputs(1));
    static final OpDef AVG_POOL2D = OpDef.withNode("avg_pool2d", "AvgPool2DBackward0", Saves.NOTHING);
    static final OpDef AVG_POOL2D_BACKWARD = OpDef.withNode("avg_pool2d_backward", "AvgPool2DBackwardBackward0", Saves.NOTHING);
    static final OpDef ADAPTIVE_AVG_POOL2D = OpDef.withNode("_adaptive_avg_pool2d", "AdaptiveAvgPool2DBackward0", Saves.NOTHING);
    static final OpDef ADAPTIVE_AVG_POOL2D_BACKWARD = OpDef.withNode("_adaptive_avg_pool2d_backward",
            "AdaptiveAvgPool2DBackwardBackward0", Saves.NOTHING);
    static final OpDef MAX_POOL3D_WITH_INDICES = OpDef.withNode("max_pool3d_with_indices",
            "MaxPool3DWithIndicesBackward0", Saves.OUTPUT);
    static final OpDef MAX_POOL3D_BACKWARD = OpDef.withNode("max_pool3d_with_indices_backward",
            "MaxPool3DWithIndicesBackwardBackward0", Saves.inputs(1));
    static final OpDef ADAPTIVE_MAX_POOL3D = OpDef.withNode("adaptive_max_pool3d", "AdaptiveMaxPool3DBackward0",
            Saves.OUTPUT);
    static final OpDef AVG_POOL3D = OpDef.withNode("avg_pool3d", "AvgPool3DBackward0", Saves.NOTHING);
    static final OpDef AVG_POOL3D_BACKWARD = OpDef.withNode("avg_pool3d_backward", "AvgPool3DBackwardBackward0",
            Saves.NOTHING);
    static final OpDef ADAPTIVE_AVG_POOL3D = OpDef.withNode("_adaptive_avg_pool3d", "AdaptiveAvgPool3DBackward0",
            Saves.NOTHING);
    static final OpDef ADAPTIVE_AVG_POOL3D_BACKWARD = OpDef.withNode("_adaptive_avg_pool3d_backward",
            "AdaptiveAvgPool3DBackwardBackward0", Saves.NOTHING);

    private PoolOps() {
    }

    // ---------------------------------------------------------------- max pooling

    /** Max pooling with the flat [H, W] index of each maximum. PyTorch: {@code F.max_pool2d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool2dWithIndices(Tensor x, int[] kernel, int[] stride,
                                                                      int[] padding, int[] dilation, boolean ceilMode) {
        if (kernel.length != 1 && kernel.length != 2) {
            throw new IllegalArgumentException("max_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        }
        if (stride.length > 2) {
            throw new IllegalArgumentException("max_pool2d: stride must either be omitted, a single int, or a tuple of "
                    + "two ints");
        }
        if (padding.length != 1 && padding.length != 2) {
            throw new IllegalArgumentException("max_pool2d: padding must be either be a single int, or a tuple of two ints");
        }
        if (dilation.length != 1 && dilation.length != 2) {
            throw new IllegalArgumentException("max_pool2d: dilation must be either a single int, or a tuple of two ints");
        }
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        int[] k = pair(kernel);
        int[] s = stride.length == 0 ? k : pair(stride);
        int[] p = pair(padding);
        int[] d = pair(dilation);
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = outputSize(h, k[0], p[0], s[0], d[0], ceilMode);
        int ow = outputSize(w, k[1], p[1], s[1], d[1], ceilMode);
        checkPoolShape(x, d, oh, ow);
        checkDtype(x, "max_pool2d");
        PoolGeometry g = new PoolGeometry(h, w, oh, ow, k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1]);
        return withIndices(MAX_POOL2D_WITH_INDICES, MAX_POOL2D_BACKWARD, x, planeShape(x.sizes(), oh, ow), 2,
                (in, planes, max, idx) -> Operands.backend(max)
                .maxPool(Operands.of(in), planes, g, Operands.of(max), Operands.of(idx)));
    }

    /** Max pooling of the last two dims. PyTorch: {@code F.max_pool2d}. */
    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return maxPool2dWithIndices(x, kernel, stride, padding, dilation, ceilMode).output();
    }

    /** 1-d max pooling with indices, over a height-1 view. PyTorch: {@code F.max_pool1d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool1dWithIndices(Tensor x, int kernel, Integer stride, int padding,
                                                                      int dilation, boolean ceilMode) {
        if (x.dim() < 2 || x.dim() > 3) {
            throw new IllegalArgumentException("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim "
                    + "batch size for input, but got:" + Shapes.format(x.sizes()));
        }
        int s = stride == null ? kernel : stride;
        ReturnTypes.MaxPoolWithIndices r = maxPool2dWithIndices(x.unsqueeze(-2), new int[] {1, kernel},
                new int[] {1, s}, new int[] {0, padding}, new int[] {1, dilation}, ceilMode);
        return new ReturnTypes.MaxPoolWithIndices(r.output().squeeze(-2), r.indices().squeeze(-2));
    }

    /**
     * 1-d max pooling. As in PyTorch, an input that records gradients takes the with-indices path (and
     * its checks); otherwise max_pool1d's own checks apply. PyTorch: {@code F.max_pool1d}.
     */
    public static Tensor maxPool1d(Tensor x, int kernel, Integer stride, int padding, int dilation, boolean ceilMode) {
        if (x.requiresGrad() && GradMode.isEnabled()) {
            return maxPool1dWithIndices(x, kernel, stride, padding, dilation, ceilMode).output();
        }
        if (x.dim() < 2 || x.dim() > 3) {
            throw new IllegalArgumentException("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim "
                    + "batch size for input, but got:" + Shapes.format(x.sizes()));
        }
        int s = stride == null ? kernel : stride;
        check1d(kernel > 0, "kernel_size must be greater than zero, but got " + kernel);
        check1d(s > 0, "stride must be greater than zero, but got " + s);
        check1d(padding >= 0, "padding must be non-negative, but got " + padding);
        check1d(padding <= kernel / 2, "padding should be at most half of kernel size, but got padding=" + padding
                + " and kernel_size=" + kernel);
        check1d(dilation > 0, "dilation must be greater than zero, but got " + dilation);
        int ow = outputSize(x.size(-1), kernel, padding, s, dilation, ceilMode);
        check1d(ow >= 0, "Invalid computed output size: " + ow);
        if (ow == 0) {
            int[] shape = x.sizes();
            shape[shape.length - 1] = 0;
            return Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), shape);
        }
        return maxPool1dWithIndices(x, kernel, stride, padding, dilation, ceilMode).output();
    }

    private static void check1d(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("max_pool1d() " + message);
        }
    }

    /** Adaptive max pooling to {@code outputSize} with indices. PyTorch: {@code F.adaptive_max_pool2d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool2d(Tensor x, int[] outputSize) {
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: "
                    + Shapes.format(x.sizes()));
        }
        for (int i = 1; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException("adaptive_max_pool2d(): Expected input to have non-zero size for "
                        + "non-batch dimensions, but input has sizes " + Shapes.format(x.sizes()) + " with dimension " + i
                        + " being empty");
            }
        }
        if (outputSize.length != 2 && outputSize.length != 1) {
            throw new IllegalArgumentException("adaptive_max_pool2d(): internal error: output_size.size() must be 2");
        }
        int[] o = pair(outputSize);
        checkDtype(x, "adaptive_max_pool2d");
        int h = x.size(-2);
        int w = x.size(-1);
        Axis rows = adaptiveWindows(h, o[0]);
        Axis cols = adaptiveWindows(w, o[1]);
        return withIndices(ADAPTIVE_MAX_POOL2D, MAX_POOL2D_BACKWARD, x, planeShape(x.sizes(), o[0], o[1]), 2,
                (in, planes, max, idx) -> Operands.backend(max)
                .windowMax(Operands.of(in), planes, h, w, rows.rowStart(), rows.index(), cols.rowStart(), cols.index(),
                        Operands.of(max), Operands.of(idx)));
    }

    /** A max-pooling kernel over {@code planes} contiguous planes of {@code in} (the compute type). */
    private interface MaxKernel {
        void run(Tensor in, int planes, Tensor max, Tensor indices);
    }

    // values and int64 indices of each window's maximum over the last `spatial` dims; the backward (op
    // `backward`) adds the gradient at the indices
    private static ReturnTypes.MaxPoolWithIndices withIndices(OpDef op, OpDef backward, Tensor x, int[] outShape,
                                                              int spatial, MaxKernel kernel) {
        int[] inShape = x.sizes();
        Tensor[] r = Dispatch.applyMulti(op, new Tensor[] {x}, () -> {
            Tensor values = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape);
            Tensor idx = Operands.empty(Torch.options().dtype(DType.INT64).device(x.device()), outShape);
            if (values.numel() > 0) {
                // bfloat16 is compared in float32, which holds every bfloat16 value exactly
                Tensor in = inComputeType(x);
                Tensor max = in.dtype() == x.dtype() ? values
                        : Operands.empty(Torch.options().dtype(in.dtype()).device(x.device()), outShape);
                kernel.run(in, planes(inShape, spatial), max, idx);
                if (max != values) {
                    CopyOps.copyInto(values, max);
                }
            }
            return new Tensor[] {values, idx};
        }, (ctx, g) -> new Tensor[] {maxPoolBackward(backward, g[0], ctx.output(1), inShape, spatial)}, 1);
        return new ReturnTypes.MaxPoolWithIndices(r[0], r[1]);
    }

    // zeros of the input's shape with each output gradient added at its maximum's flat index in the last
    // `spatial` dims; its own gradient gathers from those indices
    static Tensor maxPoolBackward(OpDef op, Tensor grad, Tensor indices, int[] inShape, int spatial) {
        int planes = planes(inShape, spatial);
        int outPlane = grad.numel() / Math.max(planes, 1);
        int inPlane = Shapes.numel(inShape) / Math.max(planes, 1);
        int[] gradShape = grad.sizes();
        return Dispatch.apply(op, new Tensor[] {grad, indices}, () -> inPlanes(grad, inShape,
                (g, out) -> {
                    Operands.backend(out).maxPoolBackward(Operands.of(g), planes, outPlane,
                            Operands.of(indices.contiguous()), Operands.of(out), inPlane);
                }), (ctx, gg) -> new Tensor[] {gg[0].reshape(planes, inPlane)
                        .gather(1, ctx.input(1).reshape(planes, outPlane)).reshape(gradShape), null});
    }

    /** Puts each value at its index in a zero [.., H, W] output. PyTorch: {@code F.max_unpool2d}. */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] kernel, int[] stride, int[] padding,
                                     int[] outputSize) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, indices},
                    t -> maxUnpool2d(t[0], t[1], kernel, stride, padding, outputSize));
        }
        int[] k = pair(kernel);
        int[] s = stride == null || stride.length == 0 ? k : pair(stride);
        return maxUnpool2d(x, indices, unpoolOutputSize(x, k, s, pair(padding), outputSize));
    }

    // PyTorch's max_unpool2d after F's output size: the checks of max_unpooling2d_forward_out_cpu
    private static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] size) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("elements in indices should be type int64 but got: "
                    + TypePromotion.scalarTypeName(indices.dtype()));
        }
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor "
                    + "with " + x.dim() + " dimensions.");
        }
        checkUnpoolInput(x, indices, "max_unpooling2d_forward_out_cpu()");
        return unpool(MAX_UNPOOL2D, x, indices, size);
    }

    /**
     * Puts each value at its index in a zero [.., D, H, W] output; {@code stride} and {@code outputSize} may be
     * null. PyTorch: {@code F.max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None)}.
     */
    public static Tensor maxUnpool3d(Tensor x, Tensor indices, int[] kernel, int[] stride, int[] padding,
                                     int[] outputSize) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, indices},
                    t -> maxUnpool3d(t[0], t[1], kernel, stride, padding, outputSize));
        }
        int[] k = triple(kernel);
        int[] s = stride == null || stride.length == 0 ? k : triple(stride);
        int[] size = unpoolOutputSize(x, k, s, triple(padding), outputSize);
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("elements in indices should be type int64");
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("Input to max_unpooling3d should be a 4d or 5d Tensor, but got a tensor "
                    + "with " + x.dim() + " dimensions.");
        }
        checkUnpoolInput(x, indices, "max_unpooling3d_forward_out_cpu()");
        if (s[0] <= 0 || s[1] <= 0 || s[2] <= 0) {
            throw new IllegalArgumentException("strides should be greater than zero, but got stride: "
                    + Shapes.format(s));
        }
        checkFloat(x, "max_unpool3d");
        return unpool(MAX_UNPOOL3D, x, indices, size);
    }

    /**
     * 1-d max unpooling: PyTorch's max_unpool2d of a width-1 view ([.., L, 1]), so the indices are flat in L.
     * PyTorch: {@code F.max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None)}.
     */
    public static Tensor maxUnpool1d(Tensor x, Tensor indices, int kernel, Integer stride, int padding,
                                     int[] outputSize) {
        int[] size = unpoolOutputSize(x, new int[] {kernel}, new int[] {stride == null ? kernel : stride},
                new int[] {padding}, outputSize);
        return maxUnpool2d(x.unsqueeze(-1), indices.unsqueeze(-1), new int[] {size[0], 1}).squeeze(-1);
    }

    // PyTorch's F._unpool_output_size: (in - 1) * stride + kernel - 2 * padding per dim, or the requested size
    // (optionally with N and C in front) when it lies strictly within a stride of that
    private static int[] unpoolOutputSize(Tensor x, int[] k, int[] s, int[] p, int[] outputSize) {
        int n = k.length;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = (x.size(x.dim() - n + i) - 1) * s[i] + k[i] - 2 * p[i];
        }
        if (outputSize == null) {
            return size;
        }
        int[] o = outputSize.length == n + 2 ? Arrays.copyOfRange(outputSize, 2, n + 2) : outputSize;
        if (o.length != n) {
            throw new IllegalArgumentException("output_size should be a sequence containing " + n + " or " + (n + 2)
                    + " elements, but it has a length of '" + o.length + "'");
        }
        for (int i = 0; i < n; i++) {
            if (!(size[i] - s[i] < o[i] && o[i] < size[i] + s[i])) {
                throw new IllegalArgumentException("invalid output_size \"" + Shapes.format(o) + "\" (dim " + i
                        + " must be between " + (size[i] - s[i]) + " and " + (size[i] + s[i]) + ")");
            }
        }
        return o.clone();
    }

    private static void checkUnpoolInput(Tensor x, Tensor indices, String op) {
        if (!Arrays.equals(x.sizes(), indices.sizes())) {
            throw new IllegalArgumentException("Expected shape of indices to be same as that of the input tensor ("
                    + Shapes.format(x.sizes()) + ") but got indices tensor with shape: " + Shapes.format(indices.sizes()));
        }
        for (int i = 1; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException(op + ": Expected input to have non-zero size for non-batch "
                        + "dimensions, but got " + Shapes.format(x.sizes()) + " with dimension " + i + " being empty.");
            }
        }
    }

    // zeros of the output size with x's values scattered at their flat indices in the last size.length dims; the
    // gradient gathers from the same indices
    private static Tensor unpool(OpDef op, Tensor x, Tensor indices, int[] size) {
        int spatial = size.length;
        int volume = Shapes.numel(size);
        int[] outShape = x.sizes();
        System.arraycopy(size, 0, outShape, outShape.length - spatial, spatial);
        int[] inShape = x.sizes();
        int planes = planes(inShape, spatial);
        int[] planeShape = {planes, Shapes.numel(inShape) / Math.max(planes, 1)};
        return Dispatch.apply(op, new Tensor[] {x, indices}, () -> {
            // PyTorch's kernel reports the last invalid index it met
            Long invalid = null;
            for (long v : Operands.indexValues(indices)) {
                if (v < 0 || v >= volume) {
                    invalid = v;
                }
            }
            if (invalid != null) {
                StringBuilder dims = new StringBuilder();
                for (int d : size) {
                    dims.append(dims.isEmpty() ? "" : "x").append(d);
                }
                throw new IllegalArgumentException("Found an invalid max index: " + invalid
                        + " (output volumes are of size " + dims);
            }
            Tensor flat = Operands.zerosLike(x, planes, volume);
            return flat.scatter_(1, indices.reshape(planeShape), x.reshape(planeShape)).reshape(outShape);
        }, (ctx, g) -> new Tensor[] {g[0].reshape(planes, volume).gather(1, ctx.input(1).reshape(planeShape))
                .reshape(inShape), null});
    }

    /** Adaptive max pooling of [N, C, L] or [C, L] over a height-1 view. PyTorch: {@code torch.adaptive_max_pool1d}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool1d(Tensor x, int outputSize) {
        ReturnTypes.MaxPoolWithIndices r = adaptiveMaxPool2d(x.unsqueeze(-2), new int[] {1, outputSize});
        return new ReturnTypes.MaxPoolWithIndices(r.output().squeeze(-2), r.indices().squeeze(-2));
    }

    // ---------------------------------------------------------------- average pooling

    /**
     * Average over windows of the last two dims. {@code divisorOverride} (nullable) replaces the window
     * size as divisor. PyTorch: {@code F.avg_pool2d}.
     */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        if (kernel.length != 1 && kernel.length != 2) {
            throw new IllegalArgumentException("avg_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        }
        if (stride.length > 2) {
            throw new IllegalArgumentException("avg_pool2d: stride must either be omitted, a single int, or a tuple of "
                    + "two ints");
        }
        if (padding.length != 1 && padding.length != 2) {
            throw new IllegalArgumentException("avg_pool2d: padding must either be a single int, or a tuple of two ints");
        }
        if (divisorOverride != null && divisorOverride == 0) {
            throw new IllegalArgumentException("divisor must be not zero");
        }
        if (x.dim() < 3) {
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + -Math.max(x.dim(), 1)
                    + ", " + (Math.max(x.dim(), 1) - 1) + "], but got -3)");
        }
        int[] k = pair(kernel);
        int[] s = stride.length == 0 ? k : pair(stride);
        int[] p = pair(padding);
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = outputSize(h, k[0], p[0], s[0], 1, ceilMode);
        int ow = outputSize(w, k[1], p[1], s[1], 1, ceilMode);
        checkPoolShape(x, new int[] {1, 1}, oh, ow);
        if (x.dtype() != DType.INT64) {
            checkDtype(x, "avg_pool2d");
        }
        if (x.dtype() == DType.INT64) {
            return avgPoolInt64(x, oh, ow, k, s, p, countIncludePad, divisorOverride);
        }
        PoolGeometry g = new PoolGeometry(h, w, oh, ow, k[0], k[1], s[0], s[1], p[0], p[1], 1, 1);
        return avgPool(x, g, countIncludePad, divisorOverride == null ? 0 : divisorOverride);
    }

    private static Tensor avgPool(Tensor x, PoolGeometry g, boolean countIncludePad, int divisorOverride) {
        int[] inShape = x.sizes();
        int planes = planes(inShape);
        return Dispatch.apply(AVG_POOL2D, new Tensor[] {x}, () -> inPlanes(x, planeShape(inShape, g.oh(), g.ow()),
                (in, out) -> Operands.backend(out).avgPool(Operands.of(in), planes, g, countIncludePad,
                        divisorOverride, Operands.of(out))),
                (ctx, gr) -> new Tensor[] {avgPoolBackward(gr[0], g, countIncludePad, divisorOverride, inShape)});
    }

    // the adjoint of avgPool (each output's share spread over its window); its own gradient is avgPool again
    private static Tensor avgPoolBackward(Tensor grad, PoolGeometry g, boolean countIncludePad, int divisorOverride,
                                          int[] inShape) {
        int planes = planes(inShape);
        return Dispatch.apply(AVG_POOL2D_BACKWARD, new Tensor[] {grad}, () -> inPlanes(grad, inShape,
                (in, out) -> Operands.backend(out).avgPoolBackward(Operands.of(in), planes, g,
                        countIncludePad, divisorOverride, Operands.of(out))),
                (ctx, gg) -> new Tensor[] {avgPool(gg[0], g, countIncludePad, divisorOverride)});
    }

    // int64 (no gradient) sums exactly in long through the axis maps and divides with truncation, as PyTorch
    private static Tensor avgPoolInt64(Tensor x, int oh, int ow, int[] k, int[] s, int[] p, boolean countIncludePad,
                                       Integer divisorOverride) {
        int h = x.size(-2);
        int w = x.size(-1);
        int[][] rows = avgWindows(h, oh, k[0], s[0], p[0]);
        int[][] cols = avgWindows(w, ow, k[1], s[1], p[1]);
        double[] divisor = new double[oh * ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                int count = countIncludePad ? rows[2][i] * cols[2][j]
                        : (rows[1][i] - rows[0][i]) * (cols[1][j] - cols[0][j]);
                divisor[i * ow + j] = divisorOverride != null ? divisorOverride : Math.max(count, 1);
            }
        }
        AxisMaps.Divisor div = new AxisMaps.Divisor(divisor, oh, ow);
        return AxisMaps.map(AVG_POOL2D, AVG_POOL2D_BACKWARD, x, new int[] {x.dim() - 1, x.dim() - 2},
                new Axis[] {Axis.windows(w, cols[0], cols[1]), Axis.windows(h, rows[0], rows[1])}, div, false);
    }

    /** 1-d average pooling over a height-1 view. PyTorch: {@code F.avg_pool1d}. */
    public static Tensor avgPool1d(Tensor x, int kernel, Integer stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        if (x.dim() < 2 || x.dim() > 3) {
            throw new IllegalArgumentException("Expected 2 to 3 dimensions, but got " + x.dim() + "-dimensional tensor "
                    + "for argument #1 'self' (while checking arguments for avg_pool1d)");
        }
        int s = stride == null ? kernel : stride;
        return avgPool2d(x.unsqueeze(-2), new int[] {1, kernel}, new int[] {1, s}, new int[] {0, padding}, ceilMode,
                countIncludePad, null).squeeze(-2);
    }

    /**
     * Average pooling to a fixed output size, windows from PyTorch's start/end index formulas. A 1×1
     * output is a mean over H and W, as in PyTorch. PyTorch: {@code F.adaptive_avg_pool2d}.
     */
    public static Tensor adaptiveAvgPool2d(Tensor x, int[] outputSize) {
        if (outputSize.length != 2 && outputSize.length != 1) {
            throw new IllegalArgumentException("adaptive_avg_pool2d: output_size must be 2");
        }
        int[] o = pair(outputSize);
        if (o[0] < 0 || o[1] < 0) {
            throw new IllegalArgumentException("adaptive_avg_pool2d: elements of output_size must be greater than or "
                    + "equal to 0 but received {" + o[0] + ", " + o[1] + "}");
        }
        if (o[0] == 1 && o[1] == 1) {
            return x.mean(new int[] {-1, -2}, true);
        }
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got "
                    + Shapes.format(x.sizes()));
        }
        for (int i : new int[] {-2, -1}) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException("adaptive_avg_pool2d(): Expected input to have non-zero size for "
                        + "non-batch dimensions, but input has sizes " + Shapes.format(x.sizes()) + " with dimension "
                        + (i + x.dim()) + " being empty");
            }
        }
        checkDtype(x, "adaptive_avg_pool2d");
        Axis rows = adaptiveWindows(x.size(-2), o[0]);
        Axis cols = adaptiveWindows(x.size(-1), o[1]);
        double[] divisor = new double[o[0] * o[1]];
        for (int i = 0; i < o[0]; i++) {
            for (int j = 0; j < o[1]; j++) {
                divisor[i * o[1] + j] = (rows.rowStart()[i + 1] - rows.rowStart()[i])
                        * (cols.rowStart()[j + 1] - cols.rowStart()[j]);
            }
        }
        AxisMaps.Divisor div = new AxisMaps.Divisor(divisor, o[0], o[1]);
        return AxisMaps.map(ADAPTIVE_AVG_POOL2D, ADAPTIVE_AVG_POOL2D_BACKWARD, x, new int[] {x.dim() - 1, x.dim() - 2},
                new Axis[] {cols, rows}, div, false);
    }

    /** Adaptive average pooling of [N, C, L] or [C, L] over a height-1 view. PyTorch: {@code torch.adaptive_avg_pool1d}. */
    public static Tensor adaptiveAvgPool1d(Tensor x, int outputSize) {
        return adaptiveAvgPool2d(x.unsqueeze(-2), new int[] {1, outputSize}).squeeze(-2);
    }

    // ---------------------------------------------------------------- shapes and windows

    private static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v.clone();
    }

    // the shape with its last two dims replaced
    private static int[] planeShape(int[] shape, int h, int w) {
        int[] out = shape.clone();
        out[out.length - 2] = h;
        out[out.length - 1] = w;
        return out;
    }

    // the [H, W] planes of a shape
    private static int planes(int[] shape) {
        return planes(shape, 2);
    }

    // the product of the dims before the last `spatial` ones
    private static int planes(int[] shape, int spatial) {
        return Shapes.numel(Arrays.copyOf(shape, shape.length - spatial));
    }

    // x contiguous in the type the kernels compute in: bfloat16 widens to float32 (exactly), rounded once at the end
    private static Tensor inComputeType(Tensor x) {
        return (x.dtype() == DType.BFLOAT16 ? x.to(DType.FLOAT32) : x).contiguous();
    }

    /**
     * A new zero tensor of x's dtype and {@code outShape}, filled by {@code kernel} from x in the compute
     * type (through a float32 buffer for bfloat16); empty tensors skip the kernel.
     */
    private static Tensor inPlanes(Tensor x, int[] outShape, BiConsumer<Tensor, Tensor> kernel) {
        Tensor out = Operands.zerosLike(x, outShape);
        if (out.numel() == 0) {
            return out;
        }
        Tensor in = inComputeType(x);
        Tensor o = in.dtype() == x.dtype() ? out
                : Operands.zeros(Torch.options().dtype(in.dtype()).device(x.device()), outShape);
        kernel.accept(in, o);
        if (o != out) {
            CopyOps.copyInto(out, o);
        }
        return out;
    }

    /** PyTorch's pooling_output_shape (floor or ceil mode; a last window must start inside the input). */
    static int outputSize(int in, int k, int pad, int stride, int dilation, boolean ceilMode) {
        if (stride == 0) {
            throw new IllegalArgumentException("stride should not be zero");
        }
        if (pad < 0) {
            throw new IllegalArgumentException("pad must be non-negative, but got pad: " + pad);
        }
        if (pad > k / 2) {
            throw new IllegalArgumentException("pad should be at most half of kernel size, but got pad=" + pad
                    + " and kernel_size=" + k);
        }
        int out = Math.floorDiv(in + 2 * pad - dilation * (k - 1) - 1 + (ceilMode ? stride - 1 : 0), stride) + 1;
        if (ceilMode && (out - 1) * stride >= in + pad) {
            out--;
        }
        return out;
    }

    // PyTorch's pool2d_shape_check (the kernel and stride checks are already implied by outputSize)
    private static void checkPoolShape(Tensor x, int[] dilation, int oh, int ow) {
        if (dilation[0] <= 0 || dilation[1] <= 0) {
            throw new IllegalArgumentException("dilation should be greater than zero, but got dilationH: " + dilation[0]
                    + " dilationW: " + dilation[1]);
        }
        int n = x.dim();
        boolean validDims = x.size(n - 3) != 0 && x.size(n - 2) != 0;
        boolean ok = (n == 3 && x.size(0) != 0 && validDims) || (n == 4 && validDims && x.size(3) != 0);
        if (!ok) {
            throw new IllegalArgumentException("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for "
                    + "input, but got:" + Shapes.format(x.sizes()));
        }
        if (oh < 1 || ow < 1) {
            int planes = x.size(n - 3);
            throw new IllegalArgumentException("Given input size: (" + planes + "x" + x.size(n - 2) + "x" + x.size(n - 1)
                    + "). Calculated output size: (" + planes + "x" + oh + "x" + ow + "). Output size is too small");
        }
    }

    private static void checkDtype(Tensor x, String kernel) {
        DType t = x.dtype();
        if (t != DType.FLOAT32 && t != DType.FLOAT64 && t != DType.BFLOAT16) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(t) + "'");
        }
    }

    // [start, end) of each window clipped to the input, and its length within the padded input
    private static int[][] avgWindows(int size, int out, int k, int stride, int pad) {
        int[][] r = new int[3][out];
        for (int o = 0; o < out; o++) {
            int start = o * stride - pad;
            int end = Math.min(start + k, size + pad);
            r[2][o] = end - start;
            r[0][o] = Math.max(start, 0);
            r[1][o] = Math.max(Math.min(end, size), r[0][o]);
        }
        return r;
    }

    // PyTorch's adaptive pooling windows: [floor(o*in/out), ceil((o+1)*in/out))
    static Axis adaptiveWindows(int in, int out) {
        int[] start = new int[out];
        int[] end = new int[out];
        for (int o = 0; o < out; o++) {
            start[o] = (int) ((long) o * in / out);
            end[o] = (int) (((long) (o + 1) * in + out - 1) / out);
        }
        return Axis.windows(in, start, end);
    }

    // ---------------------------------------------------------------- 3-d (issue 21)
    //
    // A 3-d window's maximum or sum is separable: pooling each depth slice over (H, W), then the results over
    // depth, visits the window in PyTorch's (t, h, w) order, so the 2-d kernels serve: the first maximum (or the
    // last NaN) of the earliest depth wins exactly as in PyTorch's single loop.

    /** 3-d max pooling with the flat [D, H, W] index of each maximum. PyTorch: {@code F.max_pool3d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool3dWithIndices(Tensor x, int[] kernel, int[] stride,
                                                                      int[] padding, int[] dilation, boolean ceilMode) {
        if (kernel.length != 1 && kernel.length != 3) {
            throw new IllegalArgumentException("max_pool3d: kernel_size must either be a single int, or a tuple of "
                    + "three ints");
        }
        if (stride.length != 0 && stride.length != 1 && stride.length != 3) {
            throw new IllegalArgumentException("max_pool3d: stride must either be omitted, a single int, or a tuple of "
                    + "three ints");
        }
        if (padding.length != 1 && padding.length != 3) {
            throw new IllegalArgumentException("max_pool3d: padding must be either be a single int, or a tuple of "
                    + "three ints");
        }
        if (dilation.length != 1 && dilation.length != 3) {
            throw new IllegalArgumentException("max_pool3d: dilation must be either a single int, or a tuple of three "
                    + "ints");
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("non-empty 4D or 5D (batch mode) tensor expected for input");
        }
        int[] k = triple(kernel);
        int[] s = stride.length == 0 ? k : triple(stride);
        int[] p = triple(padding);
        int[] d = triple(dilation);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = outputSize(x.size(i - 3), k[i], p[i], s[i], d[i], ceilMode);
        }
        check3d(x, "max_pool3d_with_indices_out_cpu_template()", k, s, d, out, false);
        checkFloat(x, "max_pool3d_with_indices_cpu");
        int depth = x.size(-3);
        int h = x.size(-2);
        int w = x.size(-1);
        PoolGeometry plane = new PoolGeometry(h, w, out[1], out[2], k[1], k[2], s[1], s[2], p[1], p[2], d[1], d[2]);
        PoolGeometry deep = new PoolGeometry(depth, out[1] * out[2], out[0], out[1] * out[2], k[0], 1, s[0], 1, p[0],
                0, d[0], 1);
        return withIndices(MAX_POOL3D_WITH_INDICES, MAX_POOL3D_BACKWARD, x, volumeShape(x.sizes(), out), 3,
                (in, planes, max, idx) -> maxOverDepth(in, planes, depth, h * w, out[1] * out[2], max, idx,
                        (t, n, m, i) -> Operands.backend(m).maxPool(Operands.of(t), n, plane, Operands.of(m),
                                Operands.of(i)),
                        (t, n, m, i) -> Operands.backend(m).maxPool(Operands.of(t), n, deep, Operands.of(m),
                                Operands.of(i))));
    }

    /**
     * The separable 3-d maximum: {@code slices} maxes each [H, W] depth slice of the {@code planes} volumes of
     * {@code in} onto {@code area} positions, {@code depths} maxes those over depth windows ([D, area] planes);
     * the flat volume index of a maximum is its depth times H·W plus the slice's own index at that depth.
     */
    private static void maxOverDepth(Tensor in, int planes, int depth, int hw, int area, Tensor max, Tensor indices,
                                     MaxKernel slices, MaxKernel depths) {
        Tensor sliceMax = Operands.empty(Torch.options().dtype(in.dtype()).device(in.device()), planes * depth, area);
        Tensor sliceIdx = Operands.empty(Torch.options().dtype(DType.INT64).device(in.device()), planes * depth, area);
        slices.run(in, planes * depth, sliceMax, sliceIdx);
        int outArea = max.numel() / planes;
        Tensor depthIdx = Operands.empty(Torch.options().dtype(DType.INT64).device(in.device()), planes, outArea);
        depths.run(sliceMax, planes, max, depthIdx);
        // depthIdx = t * area + j: the slice's index at (t, j), plus t * H*W
        Tensor inSlice = sliceIdx.reshape(planes, depth * area).gather(1, depthIdx);
        Tensor volumeIdx = depthIdx.div(area, "floor").mul(hw).add(inSlice);
        CopyOps.copyInto(indices, volumeIdx.reshape(indices.sizes()));
    }

    /** 3-d max pooling. PyTorch: {@code F.max_pool3d}. */
    public static Tensor maxPool3d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x},
                    t -> maxPool3d(t[0], kernel, stride, padding, dilation, ceilMode));
        }
        return maxPool3dWithIndices(x, kernel, stride, padding, dilation, ceilMode).output();
    }

    /** Adaptive 3-d max pooling with indices. PyTorch: {@code F.adaptive_max_pool3d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool3d(Tensor x, int[] outputSize) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> adaptiveMaxPool3d(t[0], outputSize));
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("adaptive_max_pool3d(): Expected 4D or 5D tensor, but got: "
                    + Shapes.format(x.sizes()));
        }
        checkNonEmpty(x, "adaptive_max_pool3d");
        if (outputSize.length != 3 && outputSize.length != 1) {
            throw new IllegalArgumentException("adaptive_max_pool3d(): internal error: output_size.size() must be 3");
        }
        int[] o = triple(outputSize);
        for (int v : o) {
            if (v < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + v + ": "
                        + Shapes.format(volumeShape(x.sizes(), o)));
            }
        }
        checkFloat(x, "adaptive_max_pool3d_cpu");
        int depth = x.size(-3);
        int h = x.size(-2);
        int w = x.size(-1);
        Axis deep = adaptiveWindows(depth, o[0]);
        Axis rows = adaptiveWindows(h, o[1]);
        Axis cols = adaptiveWindows(w, o[2]);
        Axis each = Axis.gather(o[1] * o[2], identity(o[1] * o[2]));
        return withIndices(ADAPTIVE_MAX_POOL3D, MAX_POOL3D_BACKWARD, x, volumeShape(x.sizes(), o), 3,
                (in, planes, max, idx) -> maxOverDepth(in, planes, depth, h * w, o[1] * o[2], max, idx,
                        (t, n, m, i) -> Operands.backend(m).windowMax(Operands.of(t), n, h, w, rows.rowStart(),
                                rows.index(), cols.rowStart(), cols.index(), Operands.of(m), Operands.of(i)),
                        (t, n, m, i) -> Operands.backend(m).windowMax(Operands.of(t), n, depth, o[1] * o[2],
                                deep.rowStart(), deep.index(), each.rowStart(), each.index(), Operands.of(m),
                                Operands.of(i))));
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * 3-d average pooling; {@code divisorOverride} (nullable) replaces the window size as divisor. The window
     * sums are three axis maps (W, H, then D) divided once by each window's size, in int64 exactly and with
     * truncation as PyTorch. PyTorch: {@code F.avg_pool3d}.
     */
    public static Tensor avgPool3d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x},
                    t -> avgPool3d(t[0], kernel, stride, padding, ceilMode, countIncludePad, divisorOverride));
        }
        if (kernel.length != 1 && kernel.length != 3) {
            throw new IllegalArgumentException("avg_pool3d: kernel_size must be a single int, or a tuple of three ints");
        }
        if (stride.length != 0 && stride.length != 1 && stride.length != 3) {
            throw new IllegalArgumentException("avg_pool3d: stride must be omitted, a single int, or a tuple of three "
                    + "ints");
        }
        if (padding.length != 1 && padding.length != 3) {
            throw new IllegalArgumentException("avg_pool3d: padding must be a single int, or a tuple of three ints");
        }
        if (divisorOverride != null && divisorOverride == 0) {
            throw new IllegalArgumentException("divisor must be not zero");
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("non-empty 4D or 5D (batch mode) tensor expected for input");
        }
        int[] k = triple(kernel);
        int[] s = stride.length == 0 ? k : triple(stride);
        int[] p = triple(padding);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = outputSize(x.size(i - 3), k[i], p[i], s[i], 1, ceilMode);
        }
        check3d(x, "avg_pool3d()", k, s, new int[] {1, 1, 1}, out, true);
        if (x.dtype() != DType.INT64) {
            checkFloat(x, "avg_pool3d_out_frame");
        }
        int[][][] win = new int[3][][];
        for (int i = 0; i < 3; i++) {
            win[i] = avgWindows(x.size(i - 3), out[i], k[i], s[i], p[i]);
        }
        double[] divisor = new double[out[0] * out[1] * out[2]];
        for (int t = 0, at = 0; t < out[0]; t++) {
            for (int i = 0; i < out[1]; i++) {
                for (int j = 0; j < out[2]; j++, at++) {
                    int count = span(win[0], t, countIncludePad) * span(win[1], i, countIncludePad)
                            * span(win[2], j, countIncludePad);
                    divisor[at] = divisorOverride != null ? divisorOverride : Math.max(count, 1);
                }
            }
        }
        Axis[] axes = new Axis[3];
        for (int i = 0; i < 3; i++) {
            int[][] wa = win[2 - i];
            axes[i] = Axis.windows(x.size(-1 - i), wa[0], wa[1]);
        }
        int n = x.dim();
        return AxisMaps.map(AVG_POOL3D, AVG_POOL3D_BACKWARD, x, new int[] {n - 1, n - 2, n - 3}, axes,
                new AxisMaps.Divisor(divisor, out[0], out[1], out[2]), false);
    }

    /**
     * Average pooling to a fixed [D, H, W] output size, windows from PyTorch's start/end index formulas. A
     * 1×1×1 output is a mean, as in PyTorch. PyTorch: {@code F.adaptive_avg_pool3d}.
     */
    public static Tensor adaptiveAvgPool3d(Tensor x, int[] outputSize) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> adaptiveAvgPool3d(t[0], outputSize));
        }
        if (outputSize.length != 3 && outputSize.length != 1) {
            throw new IllegalArgumentException("adaptive_avg_pool3d: output_size must be 3");
        }
        int[] o = triple(outputSize);
        if (o[0] < 0 || o[1] < 0 || o[2] < 0) {
            // PyTorch 1.13's message names the 2-d op and spaces the list so
            throw new IllegalArgumentException("adaptive_avg_pool2d: elements of output_size must be greater than or "
                    + "equal to 0 but received {" + o[0] + ", " + o[1] + "," + o[2] + "}");
        }
        if (o[0] == 1 && o[1] == 1 && o[2] == 1) {
            return x.mean(new int[] {-1, -2, -3}, true);
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got "
                    + Shapes.format(x.sizes()));
        }
        checkNonEmpty(x, "adaptive_avg_pool3d");
        checkFloat(x, "adaptive_avg_pool3d_cpu");
        Axis[] axes = new Axis[3];
        int[][] spans = new int[3][];
        for (int i = 0; i < 3; i++) {
            Axis a = adaptiveWindows(x.size(-1 - i), o[2 - i]);
            axes[i] = a;
            spans[2 - i] = new int[o[2 - i]];
            for (int j = 0; j < o[2 - i]; j++) {
                spans[2 - i][j] = a.rowStart()[j + 1] - a.rowStart()[j];
            }
        }
        double[] divisor = new double[o[0] * o[1] * o[2]];
        for (int t = 0, at = 0; t < o[0]; t++) {
            for (int i = 0; i < o[1]; i++) {
                for (int j = 0; j < o[2]; j++, at++) {
                    divisor[at] = spans[0][t] * spans[1][i] * spans[2][j];
                }
            }
        }
        int n = x.dim();
        return AxisMaps.map(ADAPTIVE_AVG_POOL3D, ADAPTIVE_AVG_POOL3D_BACKWARD, x, new int[] {n - 1, n - 2, n - 3},
                axes, new AxisMaps.Divisor(divisor, o[0], o[1], o[2]), false);
    }

    // a window's length along one axis, within the padded input or within the input
    private static int span(int[][] windows, int o, boolean countIncludePad) {
        return countIncludePad ? windows[2][o] : windows[1][o] - windows[0][o];
    }

    // the 3-d CPU kernels' dtypes (no bfloat16, unlike the 2-d ones)
    private static void checkFloat(Tensor x, String kernel) {
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
    }

    private static int[] triple(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0], v[0]} : v.clone();
    }

    // the shape with its last three dims replaced
    private static int[] volumeShape(int[] shape, int[] out) {
        int[] r = shape.clone();
        System.arraycopy(out, 0, r, r.length - 3, 3);
        return r;
    }

    // the adaptive pools' check that every non-batch dim is non-empty
    private static void checkNonEmpty(Tensor x, String op) {
        for (int i = 1; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException(op + "(): Expected input to have non-zero size for non-batch "
                        + "dimensions, but input has sizes " + Shapes.format(x.sizes()) + " with dimension " + i
                        + " being empty");
            }
        }
    }

    // pool3d_shape_check's non-empty check; PyTorch 1.13 prints the empty dim's length (0) where it means its index
    private static void checkNonEmptyVolume(Tensor x, String op) {
        for (int i = x.dim() - 4; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException(op + ": Expected input's non-batch dimensions to have positive "
                        + "length, but input has a shape of " + Shapes.format(x.sizes()) + " and non-batch dimension 0 "
                        + "has length zero!");
            }
        }
    }

    // PyTorch's pool3d_shape_check (avg_pool3d also requires the input to be at least the kernel's size)
    private static void check3d(Tensor x, String op, int[] k, int[] s, int[] d, int[] out, boolean checkInputSize) {
        if (k[0] <= 0 || k[1] <= 0 || k[2] <= 0) {
            throw new IllegalArgumentException("kernel size should be greater than zero, but got kT: " + k[0] + " kH: "
                    + k[1] + " kW: " + k[2]);
        }
        if (s[0] <= 0 || s[1] <= 0 || s[2] <= 0) {
            throw new IllegalArgumentException("stride should be greater than zero, but got dT: " + s[0] + " dH: "
                    + s[1] + " dW: " + s[2]);
        }
        if (d[0] <= 0 || d[1] <= 0 || d[2] <= 0) {
            throw new IllegalArgumentException("dilation should be greater than zero, but got dilationT: " + d[0]
                    + " dilationH: " + d[1] + " dilationW: " + d[2]);
        }
        checkNonEmptyVolume(x, op);
        if (checkInputSize && (x.size(-3) < k[0] || x.size(-2) < k[1] || x.size(-1) < k[2])) {
            throw new IllegalArgumentException("input image (T: " + x.size(-3) + " H: " + x.size(-2) + " W: "
                    + x.size(-1) + ") smaller than kernel size (kT: " + k[0] + " kH: " + k[1] + " kW: " + k[2] + ")");
        }
        if (out[0] < 1 || out[1] < 1 || out[2] < 1) {
            int c = x.size(-4);
            throw new IllegalArgumentException("Given input size: (" + c + "x" + x.size(-3) + "x" + x.size(-2) + "x"
                    + x.size(-1) + "). Calculated output size: (" + c + "x" + out[0] + "x" + out[1] + "x" + out[2]
                    + "). Output size is too small");
        }
    }
}

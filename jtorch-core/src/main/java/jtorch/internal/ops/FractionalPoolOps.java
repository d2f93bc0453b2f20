package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Fractional max pooling (Graham, 2014): PyTorch's {@code fractional_max_pool2d} / {@code 3d} (nodes
 * {@code FractionalMaxPool2DBackward0}, {@code FractionalMaxPool3DBackward0}). Each plane pools windows of the
 * kernel's size that start at pseudo-random offsets: along an axis with input size n, output size o and pool
 * size k, output i starts at {@code int((i + u) * alpha) - int(u * alpha)} with {@code alpha = (n - k) / (o - 1)}
 * and the plane's sample u in [0, 1), the last output at n - k — computed, as PyTorch does, in the input's
 * floating type. A window's maximum is the first largest value, or its last NaN, as in PyTorch's kernel. The
 * windows are gathered by flat index and reduced with ordinary ops; the backward adds the gradient at the
 * recorded indices (max pooling's adjoint, {@code PoolOps.maxPoolBackward}).
 */
public final class FractionalPoolOps {
    static final OpDef FRACTIONAL_MAX_POOL2D = OpDef.withNode("fractional_max_pool2d", "FractionalMaxPool2DBackward0",
            Saves.OUTPUT);
    static final OpDef FRACTIONAL_MAX_POOL2D_BACKWARD = OpDef.withNode("fractional_max_pool2d_backward",
            "FractionalMaxPool2DBackwardBackward0", Saves.inputs(1));
    static final OpDef FRACTIONAL_MAX_POOL3D = OpDef.withNode("fractional_max_pool3d", "FractionalMaxPool3DBackward0",
            Saves.OUTPUT);
    static final OpDef FRACTIONAL_MAX_POOL3D_BACKWARD = OpDef.withNode("fractional_max_pool3d_backward",
            "FractionalMaxPool3DBackwardBackward0", Saves.inputs(1));

    private FractionalPoolOps() {
    }

    /**
     * 2-d fractional max pooling of [N, C, H, W] or [C, H, W] input: {@code outputSize} (one or two ints) or, when
     * it is null, {@code int(size * ratio)} per dim from {@code outputRatio}; {@code samples} ([N, C, 2], u for W
     * then H) or, when null, {@code torch.rand(N, C, 2)} in the input's dtype from the default generator. PyTorch:
     * {@code F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=True,
     * _random_samples=None)}.
     */
    public static ReturnTypes.MaxPoolWithIndices fractionalMaxPool2d(Tensor x, int[] kernel, int[] outputSize,
                                                                     double[] outputRatio, Tensor samples) {
        return pool(x, kernel, outputSize, outputRatio, samples, 2);
    }

    /**
     * 3-d fractional max pooling of [N, C, T, H, W] or [C, T, H, W] input; {@code samples} are [N, C, 3] (u for T,
     * H, W). PyTorch: {@code F.fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None,
     * return_indices=True, _random_samples=None)}.
     */
    public static ReturnTypes.MaxPoolWithIndices fractionalMaxPool3d(Tensor x, int[] kernel, int[] outputSize,
                                                                     double[] outputRatio, Tensor samples) {
        return pool(x, kernel, outputSize, outputRatio, samples, 3);
    }

    private static ReturnTypes.MaxPoolWithIndices pool(Tensor x, int[] kernel, int[] outputSize, double[] outputRatio,
                                                       Tensor samples, int spatial) {
        String name = "fractional_max_pool" + spatial + "d";
        // F's argument handling
        if (outputSize == null && outputRatio == null) {
            throw new IllegalArgumentException(name + " requires specifying either an output_size or an "
                    + "output_ratio");
        }
        int[] size = outputSize;
        if (size == null) {
            double[] ratio = expand(outputRatio, spatial);
            size = new int[spatial];
            for (int d = 0; d < spatial; d++) {
                size[d] = (int) (x.size(d - spatial) * ratio[d]);
            }
        }
        Tensor u = samples;
        if (u == null) {
            int batch = x.dim() == spatial + 1 ? 1 : x.size(0);
            u = Torch.rand(Torch.options().dtype(x.dtype()).device(x.device()), batch, x.size(-spatial - 1), spatial);
        }
        // the native op, which 1.13's CPU autocast runs in float32 (the samples are drawn before, in x's dtype)
        int[] outSize = size;
        return AutocastPolicy.fp32(null, new Tensor[] {x, u},
                t -> nativePool(t[0], t[1], kernel, outSize, spatial, name));
    }

    private static ReturnTypes.MaxPoolWithIndices nativePool(Tensor x, Tensor u, int[] kernel, int[] size, int spatial,
                                                             String name) {
        // the native op's checks
        String where = spatial == 2 ? name + "()" : name + "_out()";
        int[] k = expand(kernel, spatial, name + ": kernel_size must either be a single Int or tuple of "
                + (spatial == 2 ? "Ints" : "three Ints"));
        int[] o = expand(size, spatial, name + ": output_size must either be a single Int or tuple of "
                + (spatial == 2 ? "Ints" : "three Ints"));
        if (x.dim() != spatial + 1 && x.dim() != spatial + 2) {
            throw new IllegalArgumentException(where + ": Expected " + (spatial + 1) + "D or " + (spatial + 2)
                    + "D tensor, but got: " + Shapes.format(x.sizes()));
        }
        for (int i = x.dim() - spatial - 1; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                throw new IllegalArgumentException(where + ": Expected input to have non-zero size for non-batch "
                        + "dimensions, but got" + Shapes.format(x.sizes()) + " with dimension " + i + " being empty.");
            }
        }
        String[] axes = spatial == 2 ? new String[] {"height", "width"} : new String[] {"time", "height", "width"};
        int[] in = Arrays.copyOfRange(x.sizes(), x.dim() - spatial, x.dim());
        for (int d = 0; d < spatial; d++) {
            // 1.13's 3-d check is strict: a window may not end at the input's last element
            if (o[d] + k[d] - 1 > in[d] || spatial == 3 && o[d] + k[d] - 1 == in[d]) {
                throw new IllegalArgumentException(where + ": pool " + axes[d] + " " + k[d] + " too large relative "
                        + "to input " + axes[d] + " " + in[d]);
            }
        }
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64) {
            throw new UnsupportedOperationException("\"" + name + "_out_frame\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        if (u.dtype() != x.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(x.dtype())
                    + " but found " + TypePromotion.scalarTypeName(u.dtype()));
        }
        int batch = x.dim() == spatial + 1 ? 1 : x.size(0);
        int channels = x.size(-spatial - 1);
        if (!Arrays.equals(u.sizes(), new int[] {batch, channels, spatial})) {
            // PyTorch reads the samples unchecked (past their end for a smaller tensor)
            throw new IllegalArgumentException(name + "(): expected _random_samples of shape "
                    + Shapes.format(new int[] {batch, channels, spatial}) + " for input of shape "
                    + Shapes.format(x.sizes()) + ", but got " + Shapes.format(u.sizes()));
        }
        int[] inShape = x.sizes();
        int[] outShape = inShape.clone();
        System.arraycopy(o, 0, outShape, x.dim() - spatial, spatial);
        OpDef op = spatial == 2 ? FRACTIONAL_MAX_POOL2D : FRACTIONAL_MAX_POOL3D;
        OpDef backward = spatial == 2 ? FRACTIONAL_MAX_POOL2D_BACKWARD : FRACTIONAL_MAX_POOL3D_BACKWARD;
        Tensor uu = u;
        Tensor[] r = Dispatch.applyMulti(op, new Tensor[] {x}, () -> forward(x, uu, k, o, in, outShape),
                (ctx, g) -> new Tensor[] {PoolOps.maxPoolBackward(backward, g[0], ctx.output(1), inShape, spatial)},
                1);
        return new ReturnTypes.MaxPoolWithIndices(r[0], r[1]);
    }

    private static Tensor[] forward(Tensor x, Tensor samples, int[] k, int[] o, int[] in, int[] outShape) {
        int spatial = k.length;
        int planes = samples.size(0) * samples.size(1);
        int outPlane = Shapes.numel(o);
        int inPlane = Shapes.numel(in);
        if (planes * outPlane == 0) {
            return new Tensor[] {Torch.empty(Torch.options().dtype(x.dtype()).device(x.device()), outShape),
                    Torch.empty(Torch.options().dtype(DType.INT64).device(x.device()), outShape)};
        }
        Tensor u = samples.reshape(planes, spatial);
        // flat plane index of each window's first element, [planes, o...], and of each window element,
        // [planes, o..., k...]
        Tensor start = null;
        Tensor window = null;
        int stride = 1;
        for (int d = spatial - 1; d >= 0; d--) {
            // the samples are stored W, H for 2-d and T, H, W for 3-d
            int column = spatial == 2 ? spatial - 1 - d : d;
            int[] startShape = ones(1 + 2 * spatial);
            startShape[0] = planes;
            startShape[1 + d] = o[d];
            Tensor s = intervals(u.select(1, column).unsqueeze(1), in[d], o[d], k[d]).mul(stride)
                    .view(startShape);
            int[] offsetShape = ones(1 + 2 * spatial);
            offsetShape[1 + spatial + d] = k[d];
            Tensor offsets = Torch.arange(k[d]).mul(stride).view(offsetShape);
            start = start == null ? s : start.add(s);
            window = window == null ? s.add(offsets) : window.add(s.add(offsets));
            stride *= in[d];
        }
        Tensor planesOf = x.reshape(planes, inPlane);
        int kernel = Shapes.numel(k);
        Tensor index;
        if (kernel == 0) {
            // empty windows: -inf at the window's start, as PyTorch's loop leaves them
            index = start.reshape(planes, outPlane);
        } else {
            Tensor flat = window.expand(shapeOf(planes, o, k)).reshape(planes, outPlane, kernel);
            Tensor values = planesOf.gather(1, flat.reshape(planes, outPlane * kernel))
                    .reshape(planes, outPlane, kernel);
            Tensor position = Torch.arange(kernel);
            Tensor nan = values.isnan();
            Tensor lastNan = Torch.where(nan, position, -1L).amax(-1);
            Tensor max = values.maskedFill(nan, Double.NEGATIVE_INFINITY).amax(-1, true);
            Tensor firstMax = Torch.where(values.eq(max), position, (long) kernel).amin(-1);
            Tensor pick = Torch.where(lastNan.ge(0), lastNan, firstMax);
            index = flat.gather(2, pick.unsqueeze(-1)).squeeze(-1);
        }
        Tensor out = kernel == 0 ? Torch.fullLike(index.to(x.dtype()), Double.NEGATIVE_INFINITY)
                : planesOf.gather(1, index);
        return new Tensor[] {out.reshape(outShape), index.reshape(outShape)};
    }

    // [planes, o] int64 window starts along one axis from the planes' samples ([planes, 1]), in their dtype
    private static Tensor intervals(Tensor sample, int inSize, int outSize, int pool) {
        int planes = sample.size(0);
        Tensor last = Torch.full(Torch.options().dtype(DType.INT64).device(sample.device()), inSize - pool, planes,
                Math.min(outSize, 1));
        if (outSize <= 1) {
            return last;
        }
        // alpha in the samples' type: float32 division for float32 input
        double alpha = sample.dtype() == DType.FLOAT32 ? (float) (inSize - pool) / (float) (outSize - 1)
                : (double) (inSize - pool) / (outSize - 1);
        Tensor i = Torch.arange(Torch.options().dtype(sample.dtype()).device(sample.device()), outSize - 1);
        Tensor seq = i.add(sample).mul(alpha).to(DType.INT64).sub(sample.mul(alpha).to(DType.INT64));
        return Torch.cat(List.of(seq, last), 1);
    }

    private static int[] ones(int n) {
        int[] r = new int[n];
        Arrays.fill(r, 1);
        return r;
    }

    private static int[] shapeOf(int planes, int[] o, int[] k) {
        int[] r = new int[1 + o.length + k.length];
        r[0] = planes;
        System.arraycopy(o, 0, r, 1, o.length);
        System.arraycopy(k, 0, r, 1 + o.length, k.length);
        return r;
    }

    // PyTorch's _pair/_triple then the native length check
    private static int[] expand(int[] v, int n, String message) {
        if (v.length == 1) {
            int[] r = new int[n];
            Arrays.fill(r, v[0]);
            return r;
        }
        if (v.length != n) {
            throw new IllegalArgumentException(message);
        }
        return v.clone();
    }

    private static double[] expand(double[] v, int n) {
        if (v.length == 1) {
            double[] r = new double[n];
            Arrays.fill(r, v[0]);
            return r;
        }
        if (v.length != n) {
            throw new IllegalArgumentException("output_ratio must be a single float or a tuple of " + n
                    + " floats, but got " + v.length + " values");
        }
        return v.clone();
    }
}

package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.internal.ops.AxisMaps.Axis;

/**
 * Resizing of [N, C, W] and [N, C, H, W] inputs: PyTorch's {@code F.interpolate} with modes nearest,
 * nearest-exact, linear, bilinear, bicubic and area. Each mode is a separable map ({@link AxisMaps}):
 * along each resized dim, an output position reads one or more input positions with weights, from
 * PyTorch's source-index formulas computed in the same precision PyTorch uses (float for float32
 * inputs), and W is resized before H, so bilinear sums in PyTorch's order.
 */
public final class ResizeOps {
    static final OpDef UPSAMPLE_NEAREST1D = OpDef.withNode("upsample_nearest1d", "UpsampleNearest1DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_NEAREST2D = OpDef.withNode("upsample_nearest2d", "UpsampleNearest2DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_NEAREST_EXACT1D = OpDef.withNode("_upsample_nearest_exact1d",
            "UpsampleNearestExact1DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_NEAREST_EXACT2D = OpDef.withNode("_upsample_nearest_exact2d",
            "UpsampleNearestExact2DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_LINEAR1D = OpDef.withNode("upsample_linear1d", "UpsampleLinear1DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_BILINEAR2D = OpDef.withNode("upsample_bilinear2d", "UpsampleBilinear2DBackward1", Saves.NOTHING);
    static final OpDef UPSAMPLE_BICUBIC2D = OpDef.withNode("upsample_bicubic2d", "UpsampleBicubic2DBackward1", Saves.NOTHING);
    // the adjoint (gradient) of every resize above; its own gradient is the resize again
    static final OpDef UPSAMPLE_BACKWARD = OpDef.withNode("upsample_backward", "UpsampleBackwardBackward1", Saves.NOTHING);

    private ResizeOps() {
    }

    /**
     * Resizes the spatial dims to {@code size} or by {@code scaleFactor} (exactly one non-null; one value
     * applies to every spatial dim). {@code alignCorners} must be null for nearest and area modes (it
     * defaults to false for the others). PyTorch: {@code F.interpolate}.
     */
    public static Tensor interpolate(Tensor x, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor) {
        boolean nearestLike = mode.equals("nearest") || mode.equals("area") || mode.equals("nearest-exact");
        if (nearestLike && alignCorners != null) {
            throw new IllegalArgumentException("align_corners option can only be set with the interpolating modes: "
                    + "linear | bilinear | bicubic | trilinear");
        }
        boolean align = alignCorners != null && alignCorners;
        int dims = x.dim() - 2;
        int[] spatial = x.dim() >= 2 ? Arrays.copyOfRange(x.sizes(), 2, x.dim()) : new int[0];
        int[] outSize = null;
        double[] scales = null;
        if (size != null && scaleFactor != null) {
            throw new IllegalArgumentException("only one of size or scale_factor should be defined");
        } else if (size != null) {
            if (size.length != 1 && size.length != dims) {
                throw new IllegalArgumentException("Input and output must have the same number of spatial dimensions, "
                        + "but got input with spatial dimensions of " + Shapes.format(spatial) + " and output size of "
                        + Arrays.toString(size) + ". Please provide input tensor in (N, C, d1, d2, ...,dK) "
                        + "format and output size in (o1, o2, ...,oK) format.");
            }
            outSize = expand(size, dims);
        } else if (scaleFactor != null) {
            if (scaleFactor.length != 1 && scaleFactor.length != dims) {
                throw new IllegalArgumentException("Input and scale_factor must have the same number of spatial "
                        + "dimensions, but got input with spatial dimensions of " + Shapes.format(spatial) + " and "
                        + "scale_factor of shape " + Arrays.toString(scaleFactor) + ". Please provide input "
                        + "tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
            }
            scales = new double[Math.max(dims, 0)];
            for (int i = 0; i < scales.length; i++) {
                scales[i] = scaleFactor.length == 1 ? scaleFactor[0] : scaleFactor[i];
            }
        } else {
            throw new IllegalArgumentException("either size or scale_factor should be defined");
        }
        if (recomputeScaleFactor != null && recomputeScaleFactor && size != null) {
            throw new IllegalArgumentException("recompute_scale_factor is not meaningful with an explicit size.");
        }
        if ((mode.equals("area") && outSize == null) || (recomputeScaleFactor != null && recomputeScaleFactor)) {
            outSize = new int[dims];
            for (int i = 0; i < dims; i++) {
                outSize[i] = (int) Math.floor(spatial[i] * scales[i]);
            }
            scales = null;
        }
        boolean known = switch (mode) {
            case "nearest", "nearest-exact", "area" -> dims == 1 || dims == 2;
            case "linear" -> dims == 1;
            case "bilinear", "bicubic" -> dims == 2;
            default -> false;
        };
        if (!known) {
            throw new UnsupportedOperationException(modeError(x.dim(), mode));
        }
        if (mode.equals("area")) {
            return dims == 1 ? PoolOps.adaptiveAvgPool2d(x.unsqueeze(-2), new int[] {1, outSize[0]}).squeeze(-2)
                    : PoolOps.adaptiveAvgPool2d(x, outSize);
        }
        if (outSize == null) {
            outSize = new int[dims];
            for (int i = 0; i < dims; i++) {
                outSize[i] = (int) (spatial[i] * scales[i]);
            }
        }
        return resample(x, mode, outSize, scales, align);
    }

    private static String modeError(int rank, String mode) {
        String[][] needs = {{"bilinear", "3", "4"}, {"trilinear", "3", "5"}, {"linear", "4", "3"},
            {"trilinear", "4", "5"}, {"linear", "5", "3"}, {"bilinear", "5", "4"}};
        for (String[] n : needs) {
            if (n[0].equals(mode) && n[1].equals(String.valueOf(rank))) {
                return "Got " + rank + "D input, but " + mode + " mode needs " + n[2] + "D input";
            }
        }
        return "Input Error: Only 3D, 4D and 5D input Tensors supported (got " + rank + "D) for the modes: nearest | "
                + "linear | bilinear | bicubic | trilinear | area | nearest-exact (got " + mode + ")";
    }

    private static int[] expand(int[] v, int dims) {
        int[] out = new int[dims];
        for (int i = 0; i < dims; i++) {
            out[i] = v.length == 1 ? v[0] : v[i];
        }
        return out;
    }

    private static Tensor resample(Tensor x, String mode, int[] outSize, double[] scales, boolean align) {
        int dims = outSize.length;
        int[] in = Arrays.copyOfRange(x.sizes(), 2, x.dim());
        boolean positive = true;
        for (int i = 0; i < dims; i++) {
            positive &= in[i] > 0 && outSize[i] > 0;
        }
        if (!positive) {
            StringBuilder sb = new StringBuilder("Input and output sizes should be greater than 0, but got input (");
            String[] names = dims == 2 ? new String[] {"H", "W"} : new String[] {"W"};
            for (int i = 0; i < dims; i++) {
                sb.append(i > 0 ? ", " : "").append(names[i]).append(": ").append(in[i]);
            }
            sb.append(") output (");
            for (int i = 0; i < dims; i++) {
                sb.append(i > 0 ? ", " : "").append(names[i]).append(": ").append(outSize[i]);
            }
            throw new IllegalArgumentException(sb.append(")").toString());
        }
        boolean linear = !mode.startsWith("nearest");
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64 && x.dtype() != DType.BFLOAT16) {
            throw new IllegalArgumentException("\"compute_indices_weights_"
                    + (linear ? (mode.equals("bicubic") ? "cubic" : "linear") : "nearest") + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
        boolean single = x.dtype() != DType.FLOAT64;
        OpDef op = switch (mode) {
            case "nearest" -> dims == 1 ? UPSAMPLE_NEAREST1D : UPSAMPLE_NEAREST2D;
            case "nearest-exact" -> dims == 1 ? UPSAMPLE_NEAREST_EXACT1D : UPSAMPLE_NEAREST_EXACT2D;
            case "linear" -> UPSAMPLE_LINEAR1D;
            case "bilinear" -> UPSAMPLE_BILINEAR2D;
            default -> UPSAMPLE_BICUBIC2D;
        };
        // W first, then H
        int[] order = new int[dims];
        Axis[] axes = new Axis[dims];
        for (int k = 0; k < dims; k++) {
            int i = dims - 1 - k;
            Double scale = scales == null ? null : scales[i];
            order[k] = 2 + i;
            axes[k] = switch (mode) {
                case "nearest" -> nearest(in[i], outSize[i], scale, single, false);
                case "nearest-exact" -> nearest(in[i], outSize[i], scale, single, true);
                case "bicubic" -> cubic(in[i], outSize[i], scale, align, single);
                default -> linear(in[i], outSize[i], scale, align, single);
            };
        }
        return AxisMaps.map(op, UPSAMPLE_BACKWARD, x, order, axes, null, false);
    }

    // ---------------------------------------------------------------- PyTorch's index formulas

    private static double round(double v, boolean single) {
        return single ? (float) v : v;
    }

    // compute_scales_value: 1/scale when a positive scale factor was given, else in/out
    private static double scalesValue(Double scale, int in, int out, boolean single) {
        return scale != null && scale > 0 ? round(1.0 / scale, single) : round(single ? (float) in / out
                : (double) in / out, single);
    }

    // area_pixel_compute_scale
    private static double areaScale(int in, int out, boolean align, Double scale, boolean single) {
        if (align) {
            return out > 1 ? round(single ? (float) (in - 1) / (out - 1) : (double) (in - 1) / (out - 1), single) : 0;
        }
        return scalesValue(scale, in, out, single);
    }

    // area_pixel_compute_source_index
    private static double sourceIndex(double scale, int dst, boolean align, boolean cubic, boolean single) {
        if (align) {
            return round(scale * dst, single);
        }
        double src = single ? (float) ((float) scale * ((float) dst + 0.5f)) - 0.5f : scale * (dst + 0.5) - 0.5;
        src = round(src, single);
        return !cubic && src < 0 ? 0 : src;
    }

    private static Axis nearest(int in, int out, Double scale, boolean single, boolean exact) {
        double s = areaScale(in, out, false, scale, single);
        int[] src = new int[out];
        for (int i = 0; i < out; i++) {
            double real = exact ? sourceIndex(s, i, false, false, single) + 0.5 : round(s * i, single);
            src[i] = (int) Math.min((long) Math.floor((float) real), in - 1);
        }
        return Axis.gather(in, src);
    }

    private static Axis linear(int in, int out, Double scale, boolean align, boolean single) {
        double s = areaScale(in, out, align, scale, single);
        int[] rows = new int[out + 1];
        int[] index = new int[2 * out];
        double[] weight = new double[2 * out];
        for (int i = 0; i < out; i++) {
            rows[i + 1] = 2 * (i + 1);
            if (in == out) {
                index[2 * i] = i;
                index[2 * i + 1] = i;
                weight[2 * i] = 1;
                continue;
            }
            double real = sourceIndex(s, i, align, false, single);
            int i0 = (int) real;
            int i1 = i0 + (i0 < in - 1 ? 1 : 0);
            double l1 = round(Math.min(Math.max(real - i0, 0), 1), single);
            index[2 * i] = i0;
            index[2 * i + 1] = i1;
            weight[2 * i] = round(1 - l1, single);
            weight[2 * i + 1] = l1;
        }
        return new Axis(in, rows, index, weight);
    }

    // Keys' cubic convolution with A = -0.75, reading the four neighbours clamped to the input
    private static Axis cubic(int in, int out, Double scale, boolean align, boolean single) {
        double s = areaScale(in, out, align, scale, single);
        double a = -0.75;
        int[] rows = new int[out + 1];
        int[] index = new int[4 * out];
        double[] weight = new double[4 * out];
        for (int i = 0; i < out; i++) {
            rows[i + 1] = 4 * (i + 1);
            double real = sourceIndex(s, i, align, true, single);
            int base = (int) Math.floor(real);
            double t = round(real - base, single);
            double x2 = round(1 - t, single);
            double[] c = {conv2(t + 1, a), conv1(t, a), conv1(x2, a), conv2(x2 + 1, a)};
            for (int j = 0; j < 4; j++) {
                index[4 * i + j] = Math.min(Math.max(base - 1 + j, 0), in - 1);
                weight[4 * i + j] = round(c[j], single);
            }
        }
        return new Axis(in, rows, index, weight);
    }

    private static double conv1(double x, double a) {
        return ((a + 2) * x - (a + 3)) * x * x + 1;
    }

    private static double conv2(double x, double a) {
        return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
    }
}

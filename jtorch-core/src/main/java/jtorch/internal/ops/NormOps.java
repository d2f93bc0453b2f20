package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.autograd.GradMode;
import jtorch.internal.backend.Backend;
import jtorch.internal.backend.Strided;

/**
 * Normalisation layers' functional forms: batch_norm (batch statistics and running-stat updates in
 * training, running statistics in evaluation), layer_norm and group_norm, each one node with
 * PyTorch's name. The forward normalises with the biased variance; the backward is the standard
 * formula {@code dx = invstd · (dy − mean(dy) − x̂ · mean(dy · x̂))} over the normalised dims, written
 * with differentiable ops that recompute the statistics from the saved input, so double backward works.
 */
public final class NormOps {
    /** Inputs (input, weight, bias, running_mean, running_var); evaluation reads the running statistics. */
    static final OpDef NATIVE_BATCH_NORM = OpDef.withNode("native_batch_norm", "NativeBatchNormBackward0",
            Saves.inputs(0, 1, 3, 4));
    /** Inputs (input, weight, bias), absent ones null. */
    static final OpDef NATIVE_LAYER_NORM = OpDef.withNode("native_layer_norm", "NativeLayerNormBackward0",
            Saves.inputs(0, 1));
    static final OpDef NATIVE_GROUP_NORM = OpDef.withNode("native_group_norm", "NativeGroupNormBackward0",
            Saves.inputs(0, 1));

    private NormOps() {
    }

    // ---------------------------------------------------------------- batch norm

    /**
     * Normalises each channel (dim 1) of x. In training (or without running statistics) it uses the
     * batch's mean and biased variance and, when given, updates {@code runningMean} / {@code runningVar}
     * in place with {@code momentum} (the variance update uses the unbiased variance); otherwise it
     * uses the running statistics. weight, bias, runningMean, runningVar may be null. PyTorch:
     * {@code F.batch_norm}.
     */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        if (training) {
            int values = x.dim() > 0 ? x.size(0) : 1;
            for (int i = 2; i < x.dim(); i++) {
                values *= x.size(i);
            }
            if (values == 1) {
                throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size "
                        + "torch.Size(" + Shapes.format(x.sizes()) + ")");
            }
        }
        if (x.dim() < 2) {
            int r = Math.max(x.dim(), 1);
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + -r + ", "
                    + (r - 1) + "], but got 1)");
        }
        int c = x.size(1);
        checkFeatures("running_mean", runningMean, c, training);
        checkFeatures("running_var", runningVar, c, training);
        checkFeatures("weight", weight, c, true);
        checkFeatures("bias", bias, c, true);
        checkDtype(x, "batch_norm");
        for (Tensor p : new Tensor[] {runningMean, runningVar, weight, bias}) {
            if (p != null && p.dtype() != x.dtype() && x.dtype() == DType.FLOAT32) {
                throw new IllegalArgumentException("mixed dtype (CPU): expect parameter to have scalar type of Float");
            }
        }
        if (x.numel() == 0) {
            return x.clone();
        }
        int[] dims = allBut(x.dim(), 1);
        int[] chan = channelShape(x.dim(), c);
        boolean batchStats = training || runningMean == null || runningVar == null;
        int[] weightShape = weight == null ? null : weight.sizes();
        int[] biasShape = bias == null ? null : bias.sizes();
        Tensor[] inputs = {x, weight, bias, batchStats ? null : runningMean, batchStats ? null : runningVar};
        return Dispatch.apply(NATIVE_BATCH_NORM, inputs, () -> {
            Tensor mean;
            Tensor var;
            if (batchStats && fused(x)) {
                Tensor[] stats = channelStats(x, c);
                if (training) {
                    updateRunningStats(runningMean, runningVar, stats[0], stats[1], x.numel() / c, momentum);
                }
                Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
                Operands.backend(out).batchNormApply(Operands.of(x), Operands.of(stats[0]), Operands.of(stats[1]),
                        eps, strided(weight), strided(bias), Operands.of(out));
                return out;
            }
            if (batchStats) {
                mean = x.mean(dims, true);
                var = x.var(dims, 0, true);
                if (training) {
                    updateRunningStats(runningMean, runningVar, mean, var, x.numel() / c, momentum);
                }
            } else {
                mean = runningMean.reshape(chan).clone();
                var = runningVar.reshape(chan).clone();
            }
            return affine(x.sub(mean).mul(var.add(eps).rsqrt()), weight, bias, chan);
        }, (ctx, g) -> {
            Tensor in = ctx.input(0);
            Tensor w = ctx.input(1);
            Tensor xhat;
            Tensor gx = null;
            if (batchStats && fused(in) && !GradMode.isEnabled()) {
                return fusedBackward(ctx, in, g[0].contiguous(), c, eps, weightShape, biasShape);
            }
            if (batchStats) {
                Tensor[] norm = standardize(in, dims, eps);
                xhat = norm[0];
                if (ctx.needsInputGrad(0)) {
                    gx = inputGrad(scaled(g[0], w, chan), xhat, norm[1], dims);
                }
            } else {
                Tensor invstd = ctx.input(4).reshape(chan).add(eps).rsqrt();
                xhat = in.sub(ctx.input(3).reshape(chan)).mul(invstd);
                if (ctx.needsInputGrad(0)) {
                    gx = scaled(g[0], w, chan).mul(invstd);
                }
            }
            Tensor[] grads = paramGrads(ctx, gx, g[0], xhat, weightShape, biasShape, dims);
            return new Tensor[] {grads[0], grads[1], grads[2], null, null};
        });
    }

    /**
     * Contiguous float32 batch norm with batch statistics runs in whole passes per channel (the backend's
     * batchNorm* methods, PyTorch's CPU kernels); other dtypes and layouts, and a backward that builds a graph
     * for double backward, use the differentiable ops.
     */
    private static boolean fused(Tensor x) {
        return x.dtype() == DType.FLOAT32 && x.isContiguous();
    }

    // the channels' mean and biased variance as float64 [C]
    private static Tensor[] channelStats(Tensor x, int c) {
        TensorOptions f64 = Torch.options().dtype(DType.FLOAT64).device(x.device());
        Tensor mean = Operands.empty(f64, c);
        Tensor var = Operands.empty(f64, c);
        Operands.backend(mean).batchNormStats(Operands.of(x), Operands.of(mean), Operands.of(var));
        return new Tensor[] {mean, var};
    }

    private static Strided strided(Tensor t) {
        return t == null ? null : Operands.of(t);
    }

    // [dx, dweight, dbias, null, null] in whole passes: the statistics recomputed from the saved input, then
    // Σ dy and Σ (x − mean)·dy per channel; dweight = Σ (x − mean)·dy · invstd, dbias = Σ dy
    private static Tensor[] fusedBackward(jtorch.autograd.SavedContext ctx, Tensor in, Tensor dy, int c, double eps,
                                          int[] weightShape, int[] biasShape) {
        Tensor[] stats = channelStats(in, c);
        TensorOptions f64 = Torch.options().dtype(DType.FLOAT64).device(in.device());
        Tensor sumDy = Operands.empty(f64, c);
        Tensor dotp = Operands.empty(f64, c);
        Backend backend = Operands.backend(sumDy);
        backend.batchNormGradStats(Operands.of(in), Operands.of(dy), Operands.of(stats[0]), Operands.of(sumDy),
                Operands.of(dotp));
        Tensor gx = null;
        if (ctx.needsInputGrad(0)) {
            gx = Operands.empty(Torch.options().dtype(in.dtype()).device(in.device()), in.sizes());
            backend.batchNormInputGrad(Operands.of(in), Operands.of(dy), Operands.of(stats[0]), Operands.of(stats[1]),
                    eps, strided(ctx.input(1)), Operands.of(sumDy), Operands.of(dotp), Operands.of(gx));
        }
        Tensor gw = weightShape != null && ctx.needsInputGrad(1)
                ? dotp.mul(stats[1].add(eps).rsqrt()).to(in.dtype()).reshape(weightShape) : null;
        Tensor gb = biasShape != null && ctx.needsInputGrad(2) ? sumDy.to(in.dtype()).reshape(biasShape) : null;
        return new Tensor[] {gx, gw, gb, null, null};
    }

    private static void checkFeatures(String name, Tensor t, int c, boolean optional) {
        if (t == null) {
            if (!optional) {
                throw new IllegalArgumentException(name + " must be defined in evaluation mode");
            }
            return;
        }
        if (t.numel() != c) {
            throw new IllegalArgumentException(name + " should contain " + c + " elements not " + t.numel());
        }
    }

    // running = (1 - momentum) * running + momentum * batch statistic, the variance taken unbiased
    private static void updateRunningStats(Tensor runningMean, Tensor runningVar, Tensor mean, Tensor var, int n,
                                           double momentum) {
        try (GradMode.Guard g = GradMode.disable()) {
            if (runningMean != null) {
                Tensor m = mean.reshape(runningMean.sizes()).to(runningMean.dtype());
                runningMean.copy_(m.mul(momentum).add(runningMean.mul(1 - momentum)));
            }
            if (runningVar != null) {
                double unbias = n > 1 ? (double) n / (n - 1) : Double.POSITIVE_INFINITY;
                Tensor v = var.reshape(runningVar.sizes()).to(runningVar.dtype()).mul(unbias);
                runningVar.copy_(v.mul(momentum).add(runningVar.mul(1 - momentum)));
            }
        }
    }

    // ---------------------------------------------------------------- layer norm

    /** Normalises over the trailing {@code normalizedShape} dims. PyTorch: {@code F.layer_norm}. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        int k = normalizedShape.length;
        if (k < 1) {
            throw new IllegalArgumentException("Expected normalized_shape to be at least 1-dimensional, i.e., containing "
                    + "at least one element, but got normalized_shape = " + Shapes.format(normalizedShape));
        }
        if (weight != null && !Arrays.equals(weight.sizes(), normalizedShape)) {
            throw new IllegalArgumentException("Expected weight to be of same shape as normalized_shape, but got weight "
                    + "of shape " + Shapes.format(weight.sizes()) + " and normalized_shape = "
                    + Shapes.format(normalizedShape));
        }
        if (bias != null && !Arrays.equals(bias.sizes(), normalizedShape)) {
            throw new IllegalArgumentException("Expected bias to be of same shape as normalized_shape, but got bias of "
                    + "shape " + Shapes.format(bias.sizes()) + " and normalized_shape = "
                    + Shapes.format(normalizedShape));
        }
        int n = x.dim();
        if (n < k || !Arrays.equals(Arrays.copyOfRange(x.sizes(), n - k, n), normalizedShape)) {
            StringBuilder sb = new StringBuilder("Given normalized_shape=" + Shapes.format(normalizedShape)
                    + ", expected input with shape [*");
            for (int s : normalizedShape) {
                sb.append(", ").append(s);
            }
            throw new IllegalArgumentException(sb.append("], but got input of size").append(Shapes.format(x.sizes()))
                    .toString());
        }
        checkDtype(x, "LayerNormKernelImpl");
        int[] dims = new int[k];
        for (int i = 0; i < k; i++) {
            dims[i] = n - k + i;
        }
        int[] lead = Arrays.copyOf(Shapes.allDims(n), n - k);
        int[] weightShape = weight == null ? null : weight.sizes();
        int[] biasShape = bias == null ? null : bias.sizes();
        return Dispatch.apply(NATIVE_LAYER_NORM, new Tensor[] {x, weight, bias},
                () -> affine(standardize(x, dims, eps)[0], weight, bias, normalizedShape),
                (ctx, g) -> {
                    Tensor w = ctx.input(1);
                    Tensor[] norm = standardize(ctx.input(0), dims, eps);
                    Tensor gx = ctx.needsInputGrad(0) ? inputGrad(scaled(g[0], w, normalizedShape), norm[0], norm[1],
                            dims) : null;
                    return paramGrads(ctx, gx, g[0], norm[0], weightShape, biasShape, lead);
                });
    }

    // ---------------------------------------------------------------- group norm

    /** Normalises groups of channels of [N, C, *] per sample. PyTorch: {@code F.group_norm}. */
    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        if (x.dim() < 2) {
            int r = Math.max(x.dim(), 1);
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + -r + ", "
                    + (r - 1) + "], but got 1)");
        }
        if (numGroups == 0) {
            throw new ArithmeticException("integer division or modulo by zero");
        }
        int n = x.size(0);
        int c = x.size(1);
        int perGroup = n * c / numGroups;
        for (int i = 2; i < x.dim(); i++) {
            perGroup *= x.size(i);
        }
        if (perGroup == 1) {
            List<Integer> size = new ArrayList<>(List.of(n * c / numGroups, numGroups));
            for (int i = 2; i < x.dim(); i++) {
                size.add(x.size(i));
            }
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size "
                    + size);
        }
        if (c % numGroups != 0) {
            throw new IllegalArgumentException("Expected number of channels in input to be divisible by num_groups, but "
                    + "got input of shape " + Shapes.format(x.sizes()) + " and num_groups=" + numGroups);
        }
        if (weight != null && (weight.dim() != 1 || weight.numel() != c)) {
            throw new IllegalArgumentException("Expected weight to be a vector of size equal to the number of channels in "
                    + "input, but got weight of shape " + Shapes.format(weight.sizes()) + " and input of shape "
                    + Shapes.format(x.sizes()));
        }
        if (bias != null && (bias.dim() != 1 || bias.numel() != c)) {
            // PyTorch's message shows the weight's shape here ([0] without a weight)
            throw new IllegalArgumentException("Expected bias to be a vector of size equal to the number of channels in "
                    + "input, but got bias of shape " + (weight == null ? "[0]" : Shapes.format(weight.sizes()))
                    + " and input of shape " + Shapes.format(x.sizes()));
        }
        checkDtype(x, "GroupNormKernelImpl");
        int[] shape = x.sizes();
        int[] grouped = {n, numGroups, x.numel() / Math.max(n * numGroups, 1)};
        int[] chan = channelShape(x.dim(), c);
        int[] dims = allBut(x.dim(), 1);
        int[] weightShape = weight == null ? null : weight.sizes();
        int[] biasShape = bias == null ? null : bias.sizes();
        return Dispatch.apply(NATIVE_GROUP_NORM, new Tensor[] {x, weight, bias},
                () -> affine(standardize(x.reshape(grouped), new int[] {2}, eps)[0].reshape(shape), weight, bias, chan),
                (ctx, g) -> {
                    Tensor w = ctx.input(1);
                    Tensor[] norm = standardize(ctx.input(0).reshape(grouped), new int[] {2}, eps);
                    Tensor gx = ctx.needsInputGrad(0) ? inputGrad(scaled(g[0], w, chan).reshape(grouped), norm[0],
                            norm[1], new int[] {2}).reshape(shape) : null;
                    return paramGrads(ctx, gx, g[0], norm[0].reshape(shape), weightShape, biasShape, dims);
                });
    }

    // ---------------------------------------------------------------- shared pieces

    private static void checkDtype(Tensor x, String kernel) {
        DType t = x.dtype();
        if (t != DType.FLOAT32 && t != DType.FLOAT64 && t != DType.BFLOAT16) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(t) + "'");
        }
    }

    private static int[] allBut(int rank, int keep) {
        int[] dims = new int[rank - 1];
        for (int i = 0, j = 0; i < rank; i++) {
            if (i != keep) {
                dims[j++] = i;
            }
        }
        return dims;
    }

    // [1, C, 1, ...]: per-channel tensors broadcast against [N, C, *]
    private static int[] channelShape(int rank, int c) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        shape[1] = c;
        return shape;
    }

    /** x̂ = (x − mean) · invstd over {@code dims} (biased variance), and invstd, as differentiable ops. */
    private static Tensor[] standardize(Tensor x, int[] dims, double eps) {
        Tensor mean = x.mean(dims, true);
        Tensor invstd = x.var(dims, 0, true).add(eps).rsqrt();
        return new Tensor[] {x.sub(mean).mul(invstd), invstd};
    }

    private static Tensor affine(Tensor xhat, Tensor weight, Tensor bias, int[] paramShape) {
        Tensor out = weight == null ? xhat : xhat.mul(weight.reshape(paramShape));
        return bias == null ? out : out.add(bias.reshape(paramShape));
    }

    private static Tensor scaled(Tensor g, Tensor weight, int[] paramShape) {
        return weight == null ? g : g.mul(weight.reshape(paramShape));
    }

    // dx = invstd · (dx̂ − mean(dx̂) − x̂ · mean(dx̂ · x̂)) over the normalised dims
    private static Tensor inputGrad(Tensor gxhat, Tensor xhat, Tensor invstd, int[] dims) {
        return gxhat.sub(gxhat.mean(dims, true)).sub(xhat.mul(gxhat.mul(xhat).mean(dims, true))).mul(invstd);
    }

    // [dx, dweight, dbias] (null for absent parameters, whose shapes are null); the parameter grads sum over the
    // non-parameter dims
    private static Tensor[] paramGrads(jtorch.autograd.SavedContext ctx, Tensor gx, Tensor g, Tensor xhat,
                                       int[] weightShape, int[] biasShape, int[] sumDims) {
        return new Tensor[] {gx,
            weightShape != null && ctx.needsInputGrad(1) ? sumOver(g.mul(xhat), sumDims).reshape(weightShape) : null,
            biasShape != null && ctx.needsInputGrad(2) ? sumOver(g, sumDims).reshape(biasShape) : null};
    }

    // sum over dims; no dims means nothing to sum (sum with an empty dim list would reduce everything)
    private static Tensor sumOver(Tensor t, int[] dims) {
        return dims.length == 0 ? t : t.sum(dims, false);
    }
}

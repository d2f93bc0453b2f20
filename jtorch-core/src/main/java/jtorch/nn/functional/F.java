package jtorch.nn.functional;

import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.internal.ops.ActivationOps;
import jtorch.internal.ops.ConvOps;
import jtorch.internal.ops.DistanceOps;
import jtorch.internal.ops.DropoutOps;
import jtorch.internal.ops.EmbeddingOps;
import jtorch.internal.ops.LinearOps;
import jtorch.internal.ops.LossOps;
import jtorch.internal.ops.NormOps;
import jtorch.internal.ops.PadOps;
import jtorch.internal.ops.PoolOps;
import jtorch.internal.ops.ResizeOps;
import jtorch.internal.ops.SoftmaxOps;

/**
 * Functional forms of layers, activations and losses. PyTorch: {@code torch.nn.functional} (imported
 * as {@code F}), e.g. {@code F.mseLoss(pred, target)}, {@code F.softmax(a, 0)}.
 */
public final class F {
    private F() {
    }

    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** Softmax along {@code dim}. PyTorch: {@code F.softmax(input, dim)}. */
    public static Tensor softmax(Tensor x, int dim) {
        return SoftmaxOps.softmax(x, dim, null);
    }

    public static Tensor softmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.softmax(x, dim, dtype);
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        return SoftmaxOps.logSoftmax(x, dim, null);
    }

    public static Tensor logSoftmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.logSoftmax(x, dim, dtype);
    }

    /** Mean squared error, averaged. PyTorch: {@code F.mse_loss(input, target)}. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return LossOps.mseLoss(input, target, "mean");
    }

    /** Mean squared error with reduction "mean", "sum" or "none". */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return LossOps.mseLoss(input, target, reduction);
    }

    // ---------------------------------------------------------------- convolution, pooling, normalisation,
    // resizing and padding (jtorch.internal.ops.ConvOps, PoolOps, NormOps, ResizeOps, PadOps)

    /** 1-d convolution of [N, C, L] with weight [O, C / groups, K]. PyTorch: {@code F.conv1d(input, weight)}. */
    public static Tensor conv1d(Tensor x, Tensor weight) {
        return conv1d(x, weight, null, 1, 0, 1, 1);
    }

    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias) {
        return conv1d(x, weight, bias, 1, 0, 1, 1);
    }

    /** PyTorch: {@code F.conv1d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return ConvOps.conv1d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {dilation}, groups);
    }

    /** 1-d convolution with {@code padding="same"} or {@code "valid"}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return ConvOps.conv1d(x, weight, bias, new int[] {stride}, padding, new int[] {dilation}, groups);
    }

    /** 2-d convolution of [N, C, H, W] with weight [O, C / groups, KH, KW]. PyTorch: {@code F.conv2d(input, weight)}. */
    public static Tensor conv2d(Tensor x, Tensor weight) {
        return conv2d(x, weight, null);
    }

    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias) {
        return conv2d(x, weight, bias, new int[] {1}, new int[] {0}, new int[] {1}, 1);
    }

    /** PyTorch: {@code F.conv2d(input, weight, bias, stride=s, padding=p)}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return conv2d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {1}, 1);
    }

    /** PyTorch: {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)} (1 or 2 values each). */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** 2-d convolution with {@code padding="same"} or {@code "valid"}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Transposed 1-d convolution, weight [C, O / groups, K]. PyTorch: {@code F.conv_transpose1d}. */
    public static Tensor convTranspose1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return ConvOps.convTranspose1d(x, weight, bias, new int[] {stride}, new int[] {padding},
                new int[] {outputPadding}, groups, new int[] {dilation});
    }

    /** Transposed 2-d convolution, weight [C, O / groups, KH, KW]. PyTorch: {@code F.conv_transpose2d(input, weight)}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight) {
        return convTranspose2d(x, weight, null);
    }

    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias) {
        return convTranspose2d(x, weight, bias, 1, 0);
    }

    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose2d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {0}, 1,
                new int[] {1});
    }

    /** PyTorch: {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose2d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** Max over windows of {@code kernel} (stride = kernel). PyTorch: {@code F.max_pool1d(input, kernel)}. */
    public static Tensor maxPool1d(Tensor x, int kernel) {
        return maxPool1d(x, kernel, null, 0, 1, false);
    }

    /** {@code stride} null means the kernel size. PyTorch: {@code F.max_pool1d(input, k, stride, padding, dilation, ceil_mode)}. */
    public static Tensor maxPool1d(Tensor x, int kernel, Integer stride, int padding, int dilation, boolean ceilMode) {
        return PoolOps.maxPool1d(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code F.max_pool1d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool1dWithIndices(Tensor x, int kernel, Integer stride, int padding,
                                                                      int dilation, boolean ceilMode) {
        return PoolOps.maxPool1dWithIndices(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** Max over kernel×kernel windows (stride = kernel). PyTorch: {@code F.max_pool2d(input, 2)}. */
    public static Tensor maxPool2d(Tensor x, int kernel) {
        return maxPool2d(x, new int[] {kernel});
    }

    /** PyTorch: {@code F.max_pool2d(input, (kh, kw))}. */
    public static Tensor maxPool2d(Tensor x, int[] kernel) {
        return maxPool2d(x, kernel, new int[0], new int[] {0}, new int[] {1}, false);
    }

    public static Tensor maxPool2d(Tensor x, int kernel, int stride) {
        return maxPool2d(x, new int[] {kernel}, new int[] {stride}, new int[] {0}, new int[] {1}, false);
    }

    /** An empty {@code stride} means the kernel size. PyTorch: {@code F.max_pool2d(input, k, stride, padding, dilation, ceil_mode)}. */
    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return PoolOps.maxPool2d(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code F.max_pool2d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool2dWithIndices(Tensor x, int[] kernel, int[] stride,
                                                                      int[] padding, int[] dilation, boolean ceilMode) {
        return PoolOps.maxPool2dWithIndices(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** Inverse of max pooling with its indices. PyTorch: {@code F.max_unpool2d(input, indices, kernel)}. */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] kernel) {
        return maxUnpool2d(x, indices, kernel, null, new int[] {0}, null);
    }

    /** {@code stride} and {@code outputSize} may be null. PyTorch: {@code F.max_unpool2d(..., stride, padding, output_size)}. */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] kernel, int[] stride, int[] padding,
                                     int[] outputSize) {
        return PoolOps.maxUnpool2d(x, indices, kernel, stride, padding, outputSize);
    }

    /** PyTorch: {@code F.avg_pool1d(input, kernel)}. */
    public static Tensor avgPool1d(Tensor x, int kernel) {
        return avgPool1d(x, kernel, null, 0, false, true);
    }

    public static Tensor avgPool1d(Tensor x, int kernel, Integer stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        return PoolOps.avgPool1d(x, kernel, stride, padding, ceilMode, countIncludePad);
    }

    /** PyTorch: {@code F.avg_pool2d(input, kernel)}. */
    public static Tensor avgPool2d(Tensor x, int kernel) {
        return avgPool2d(x, new int[] {kernel});
    }

    public static Tensor avgPool2d(Tensor x, int[] kernel) {
        return avgPool2d(x, kernel, new int[0], new int[] {0}, false, true, null);
    }

    /** {@code divisorOverride} may be null. PyTorch: {@code F.avg_pool2d(input, k, stride, padding, ceil_mode, count_include_pad, divisor_override)}. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        return PoolOps.avgPool2d(x, kernel, stride, padding, ceilMode, countIncludePad, divisorOverride);
    }

    /** PyTorch: {@code F.adaptive_avg_pool2d(input, output_size)}. */
    public static Tensor adaptiveAvgPool2d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveAvgPool2d(x, outputSize);
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, output_size)}. */
    public static Tensor adaptiveMaxPool2d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool2d(x, outputSize).output();
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, output_size, return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool2dWithIndices(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool2d(x, outputSize);
    }

    /** Batch normalisation in evaluation mode with running statistics. PyTorch: {@code F.batch_norm(input, mean, var)}. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar) {
        return batchNorm(x, runningMean, runningVar, null, null, false, 0.1, 1e-5);
    }

    /** PyTorch: {@code F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)}. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        return NormOps.batchNorm(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** PyTorch: {@code F.layer_norm(input, normalized_shape)}. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape) {
        return layerNorm(x, normalizedShape, null, null, 1e-5);
    }

    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return NormOps.layerNorm(x, normalizedShape, weight, bias, eps);
    }

    /** PyTorch: {@code F.group_norm(input, num_groups)}. */
    public static Tensor groupNorm(Tensor x, int numGroups) {
        return groupNorm(x, numGroups, null, null, 1e-5);
    }

    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        return NormOps.groupNorm(x, numGroups, weight, bias, eps);
    }

    /** Resizes to {@code size} (one value per spatial dim, or one for all). PyTorch: {@code F.interpolate(input, size, mode=mode)}. */
    public static Tensor interpolate(Tensor x, int[] size, String mode) {
        return interpolate(x, size, null, mode, null, null);
    }

    /** Resizes by {@code scaleFactor}. PyTorch: {@code F.interpolate(input, scale_factor=s, mode=mode)}. */
    public static Tensor interpolate(Tensor x, double scaleFactor, String mode) {
        return interpolate(x, null, new double[] {scaleFactor}, mode, null, null);
    }

    public static Tensor interpolate(Tensor x, double scaleFactor, String mode, boolean alignCorners) {
        return interpolate(x, null, new double[] {scaleFactor}, mode, alignCorners, null);
    }

    /**
     * Exactly one of {@code size} and {@code scaleFactor} is non-null; {@code alignCorners} and
     * {@code recomputeScaleFactor} may be null. PyTorch: {@code F.interpolate}.
     */
    public static Tensor interpolate(Tensor x, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor) {
        return ResizeOps.interpolate(x, size, scaleFactor, mode, alignCorners, recomputeScaleFactor);
    }

    /** Zero padding, {@code pad} as (before, after) pairs from the last dim. PyTorch: {@code F.pad(input, pad)}. */
    public static Tensor pad(Tensor x, int[] pad) {
        return pad(x, pad, "constant", 0);
    }

    /** Padding with mode "constant", "reflect", "replicate" or "circular". PyTorch: {@code F.pad(input, pad, mode)}. */
    public static Tensor pad(Tensor x, int[] pad, String mode) {
        return pad(x, pad, mode, 0);
    }

    public static Tensor pad(Tensor x, int[] pad, String mode, double value) {
        return PadOps.pad(x, pad, mode, value);
    }

    // ---------------------------------------------------------------- linear layers, activations, dropout,
    // embeddings and distances (ops in ActivationOps, LinearOps, DropoutOps, EmbeddingOps, DistanceOps)

    /** {@code x·Wᵀ} over the last dim. PyTorch: {@code F.linear(input, weight)}. */
    public static Tensor linear(Tensor input, Tensor weight) {
        return LinearOps.linear(input, weight, null);
    }

    /** {@code x·Wᵀ + b}; bias may be null. PyTorch: {@code F.linear(input, weight, bias)}. */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return LinearOps.linear(input, weight, bias);
    }

    /** {@code x1ᵀ·W[o]·x2} for each output o. PyTorch: {@code F.bilinear(input1, input2, weight)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
        return LinearOps.bilinear(input1, input2, weight, null);
    }

    /** {@code x1ᵀ·W[o]·x2 + b[o]}; bias may be null. PyTorch: {@code F.bilinear(input1, input2, weight, bias)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return LinearOps.bilinear(input1, input2, weight, bias);
    }

    /** relu, in place when {@code inplace}. PyTorch: {@code F.relu(input, inplace)}. */
    public static Tensor relu(Tensor x, boolean inplace) {
        return inplace ? x.relu_() : x.relu();
    }

    /** Leaky relu with slope 0.01. PyTorch: {@code F.leaky_relu(input)}. */
    public static Tensor leakyRelu(Tensor x) {
        return ActivationOps.leakyRelu(x, 0.01);
    }

    /** PyTorch: {@code F.leaky_relu(input, negative_slope)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return ActivationOps.leakyRelu(x, negativeSlope);
    }

    /** PyTorch: {@code F.leaky_relu(input, negative_slope, inplace)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope, boolean inplace) {
        return inplace ? ActivationOps.leakyRelu_(x, negativeSlope) : ActivationOps.leakyRelu(x, negativeSlope);
    }

    /** ELU with alpha 1. PyTorch: {@code F.elu(input)}. */
    public static Tensor elu(Tensor x) {
        return ActivationOps.elu(x, 1.0);
    }

    /** PyTorch: {@code F.elu(input, alpha)}. */
    public static Tensor elu(Tensor x, double alpha) {
        return ActivationOps.elu(x, alpha);
    }

    /** PyTorch: {@code F.elu(input, alpha, inplace)}. */
    public static Tensor elu(Tensor x, double alpha, boolean inplace) {
        return inplace ? ActivationOps.elu_(x, alpha) : ActivationOps.elu(x, alpha);
    }

    /** Exact GELU, {@code x * Phi(x)}. PyTorch: {@code F.gelu(input)}. */
    public static Tensor gelu(Tensor x) {
        return ActivationOps.gelu(x, "none");
    }

    /** GELU, exact ("none") or tanh-approximated ("tanh"). PyTorch: {@code F.gelu(input, approximate)}. */
    public static Tensor gelu(Tensor x, String approximate) {
        return ActivationOps.gelu(x, approximate);
    }

    /** {@code x * sigmoid(x)}. PyTorch: {@code F.silu(input)}. */
    public static Tensor silu(Tensor x) {
        return ActivationOps.silu(x);
    }

    /** PyTorch: {@code F.silu(input, inplace)}. */
    public static Tensor silu(Tensor x, boolean inplace) {
        return inplace ? ActivationOps.silu_(x) : ActivationOps.silu(x);
    }

    /** Softplus with beta 1, threshold 20. PyTorch: {@code F.softplus(input)}. */
    public static Tensor softplus(Tensor x) {
        return ActivationOps.softplus(x, 1, 20);
    }

    /** PyTorch: {@code F.softplus(input, beta, threshold)}. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        return ActivationOps.softplus(x, beta, threshold);
    }

    /** Clamp to [-1, 1]. PyTorch: {@code F.hardtanh(input)}. */
    public static Tensor hardtanh(Tensor x) {
        return ActivationOps.hardtanh(x, -1, 1);
    }

    /** PyTorch: {@code F.hardtanh(input, min_val, max_val)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal) {
        return ActivationOps.hardtanh(x, minVal, maxVal);
    }

    /** PyTorch: {@code F.hardtanh(input, min_val, max_val, inplace)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal, boolean inplace) {
        return inplace ? ActivationOps.hardtanh_(x, minVal, maxVal) : ActivationOps.hardtanh(x, minVal, maxVal);
    }

    /** {@code x > 0 ? x : w * x}, w per channel (dim 1) or shared. PyTorch: {@code F.prelu(input, weight)}. */
    public static Tensor prelu(Tensor x, Tensor weight) {
        return ActivationOps.prelu(x, weight);
    }

    /** Dropout with p = 0.5 in training mode. PyTorch: {@code F.dropout(input)}. */
    public static Tensor dropout(Tensor x) {
        return dropout(x, 0.5, true, false);
    }

    /** PyTorch: {@code F.dropout(input, p)} (training mode). */
    public static Tensor dropout(Tensor x, double p) {
        return dropout(x, p, true, false);
    }

    /** Dropout when {@code training}, else the input itself. PyTorch: {@code F.dropout(input, p, training)}. */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        return dropout(x, p, training, false);
    }

    /** PyTorch: {@code F.dropout(input, p, training, inplace)}. */
    public static Tensor dropout(Tensor x, double p, boolean training, boolean inplace) {
        return inplace ? DropoutOps.dropout_(x, p, training) : DropoutOps.dropout(x, p, training);
    }

    /** Channel dropout (whole (sample, channel) slices). PyTorch: {@code F.dropout2d(input, p, training)}. */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        return dropout2d(x, p, training, false);
    }

    /** PyTorch: {@code F.dropout2d(input, p, training, inplace)}. */
    public static Tensor dropout2d(Tensor x, double p, boolean training, boolean inplace) {
        return inplace ? DropoutOps.featureDropout_(x, p, training) : DropoutOps.featureDropout(x, p, training);
    }

    /** Rows of {@code weight} at {@code input}'s indices. PyTorch: {@code F.embedding(input, weight)}. */
    public static Tensor embedding(Tensor input, Tensor weight) {
        return embedding(input, weight, null, false);
    }

    /** PyTorch: {@code F.embedding(input, weight, padding_idx)}; paddingIdx may be null or negative. */
    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx) {
        return embedding(input, weight, paddingIdx, false);
    }

    /** PyTorch: {@code F.embedding(input, weight, padding_idx, scale_grad_by_freq=...)}. */
    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, boolean scaleGradByFreq) {
        int pad = -1;
        if (paddingIdx != null) {
            int rows = weight.size(0);
            if (paddingIdx >= rows || paddingIdx < -rows) {
                throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
            }
            pad = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        return EmbeddingOps.embedding(weight, input, pad, scaleGradByFreq);
    }

    /** One-hot int64 encoding with max + 1 classes. PyTorch: {@code F.one_hot(tensor)}. */
    public static Tensor oneHot(Tensor x) {
        return EmbeddingOps.oneHot(x, -1);
    }

    /** PyTorch: {@code F.one_hot(tensor, num_classes)}. */
    public static Tensor oneHot(Tensor x, int numClasses) {
        return EmbeddingOps.oneHot(x, numClasses);
    }

    /** L2-normalises along dim 1. PyTorch: {@code F.normalize(input)}. */
    public static Tensor normalize(Tensor x) {
        return DistanceOps.normalize(x, 2, 1, 1e-12);
    }

    /** PyTorch: {@code F.normalize(input, p, dim)}. */
    public static Tensor normalize(Tensor x, double p, int dim) {
        return DistanceOps.normalize(x, p, dim, 1e-12);
    }

    /** {@code x / max(||x||_p, eps)} along dim. PyTorch: {@code F.normalize(input, p, dim, eps)}. */
    public static Tensor normalize(Tensor x, double p, int dim, double eps) {
        return DistanceOps.normalize(x, p, dim, eps);
    }

    /** Cosine similarity along dim 1. PyTorch: {@code F.cosine_similarity(x1, x2)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) {
        return DistanceOps.cosineSimilarity(x1, x2, 1, 1e-8);
    }

    /** PyTorch: {@code F.cosine_similarity(x1, x2, dim)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, 1e-8);
    }

    /** PyTorch: {@code F.cosine_similarity(x1, x2, dim, eps)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, eps);
    }

    /** Euclidean distance over the last dim. PyTorch: {@code F.pairwise_distance(x1, x2)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return DistanceOps.pairwiseDistance(x1, x2, 2, 1e-6, false);
    }

    /** PyTorch: {@code F.pairwise_distance(x1, x2, p)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p) {
        return DistanceOps.pairwiseDistance(x1, x2, p, 1e-6, false);
    }

    /** p-norm of {@code x1 - x2 + eps} over the last dim. PyTorch: {@code F.pairwise_distance(x1, x2, p, eps, keepdim)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        return DistanceOps.pairwiseDistance(x1, x2, p, eps, keepdim);
    }
}

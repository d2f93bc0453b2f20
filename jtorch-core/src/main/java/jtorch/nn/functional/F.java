package jtorch.nn.functional;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.ops.ActivationOps;
import jtorch.ops.DistanceOps;
import jtorch.ops.DropoutOps;
import jtorch.ops.EmbeddingOps;
import jtorch.ops.LinearOps;
import jtorch.ops.LossOps;
import jtorch.ops.SoftmaxOps;

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

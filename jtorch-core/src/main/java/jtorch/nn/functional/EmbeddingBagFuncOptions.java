package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.embedding_bag} after input and weight: {@code offsets=None, max_norm=None,
 * norm_type=2, scale_grad_by_freq=False, mode='mean', per_sample_weights=None, include_last_offset=False,
 * padding_idx=None} ({@code sparse=True} has no jtorch form: tensors are strided only).
 */
public final class EmbeddingBagFuncOptions {
    Tensor offsets;
    Double maxNorm;
    double normType = 2.0;
    boolean scaleGradByFreq;
    String mode = "mean";
    Tensor perSampleWeights;
    boolean includeLastOffset;
    Integer paddingIdx;

    EmbeddingBagFuncOptions() {
    }

    /** PyTorch: {@code offsets=}: where each bag starts in a 1-D input. */
    public EmbeddingBagFuncOptions offsets(Tensor offsets) {
        this.offsets = offsets;
        return this;
    }

    /** PyTorch: {@code max_norm=}: rows looked up are first renormalised in place to at most this norm. */
    public EmbeddingBagFuncOptions maxNorm(double maxNorm) {
        this.maxNorm = maxNorm;
        return this;
    }

    /** PyTorch: {@code norm_type=}. */
    public EmbeddingBagFuncOptions normType(double normType) {
        this.normType = normType;
        return this;
    }

    /** PyTorch: {@code scale_grad_by_freq=} (not with mode "max"). */
    public EmbeddingBagFuncOptions scaleGradByFreq(boolean scaleGradByFreq) {
        this.scaleGradByFreq = scaleGradByFreq;
        return this;
    }

    /** PyTorch: {@code mode=}: "sum", "mean" or "max". */
    public EmbeddingBagFuncOptions mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** PyTorch: {@code per_sample_weights=}: a weight per input entry (mode "sum" only). */
    public EmbeddingBagFuncOptions perSampleWeights(Tensor perSampleWeights) {
        this.perSampleWeights = perSampleWeights;
        return this;
    }

    /** PyTorch: {@code include_last_offset=}: offsets end with the input's length (one entry more than bags). */
    public EmbeddingBagFuncOptions includeLastOffset(boolean includeLastOffset) {
        this.includeLastOffset = includeLastOffset;
        return this;
    }

    /** PyTorch: {@code padding_idx=}: entries with this index are left out of their bag. */
    public EmbeddingBagFuncOptions paddingIdx(int paddingIdx) {
        this.paddingIdx = paddingIdx;
        return this;
    }
}

package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.embedding} after input and weight: {@code padding_idx=None, max_norm=None,
 * norm_type=2.0, scale_grad_by_freq=False} ({@code sparse=True} has no jtorch form: tensors are strided only).
 */
public final class EmbeddingFuncOptions {
    Integer paddingIdx;
    Double maxNorm;
    double normType = 2.0;
    boolean scaleGradByFreq;

    EmbeddingFuncOptions() {
    }

    /** PyTorch: {@code padding_idx=}: the row that gets no gradient (negative counts from the end). */
    public EmbeddingFuncOptions paddingIdx(int paddingIdx) {
        this.paddingIdx = paddingIdx;
        return this;
    }

    /** PyTorch: {@code max_norm=}: rows looked up are first renormalised in place to at most this norm. */
    public EmbeddingFuncOptions maxNorm(double maxNorm) {
        this.maxNorm = maxNorm;
        return this;
    }

    /** PyTorch: {@code norm_type=}: the p of the max_norm check. */
    public EmbeddingFuncOptions normType(double normType) {
        this.normType = normType;
        return this;
    }

    /** PyTorch: {@code scale_grad_by_freq=}: gradients divided by each index's count in the batch. */
    public EmbeddingFuncOptions scaleGradByFreq(boolean scaleGradByFreq) {
        this.scaleGradByFreq = scaleGradByFreq;
        return this;
    }
}

package jtorch;

/**
 * The arguments of {@code torch.embedding_bag} after weight, input and offsets, at PyTorch's defaults, each settable by
 * name: {@code scale_grad_by_freq=False, mode=0, per_sample_weights=None, include_last_offset=False,
 * padding_idx=None}. {@code sparse=True} has no jtorch form (tensors are strided only; the forward results are the
 * same). {@code torch.embedding_bag(w, i, o, False, 2, False, None, False, 0)} is {@code Torch.embeddingBag(w, i, o,
 * Torch.embeddingBagOptions().mode(2).paddingIdx(0))}.
 */
public final class EmbeddingBagOptions {
    boolean scaleGradByFreq;
    int mode;
    Tensor perSampleWeights;
    boolean includeLastOffset;
    Integer paddingIdx;

    EmbeddingBagOptions() {
    }

    /** PyTorch: {@code scale_grad_by_freq}: each row's gradient divided by its index's frequency (not with max). */
    public EmbeddingBagOptions scaleGradByFreq(boolean scaleGradByFreq) {
        this.scaleGradByFreq = scaleGradByFreq;
        return this;
    }

    /** PyTorch: {@code mode}: 0 sum, 1 mean, 2 max. */
    public EmbeddingBagOptions mode(int mode) {
        this.mode = mode;
        return this;
    }

    /** PyTorch: {@code per_sample_weights}: a weight per input entry scaling its row (mode 0 only). */
    public EmbeddingBagOptions perSampleWeights(Tensor perSampleWeights) {
        this.perSampleWeights = perSampleWeights;
        return this;
    }

    /** PyTorch: {@code include_last_offset}: offsets has one more entry, the end of the last bag. */
    public EmbeddingBagOptions includeLastOffset(boolean includeLastOffset) {
        this.includeLastOffset = includeLastOffset;
        return this;
    }

    /** PyTorch: {@code padding_idx}: entries equal to it are left out of their bag (negative: from the end). */
    public EmbeddingBagOptions paddingIdx(int paddingIdx) {
        this.paddingIdx = paddingIdx;
        return this;
    }
}

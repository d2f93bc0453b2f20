package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.multi_head_attention_forward} after {@code out_proj_bias}, at PyTorch's
 * defaults: {@code training=True, key_padding_mask=None, need_weights=True, attn_mask=None,
 * use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None, v_proj_weight=None, static_k=None,
 * static_v=None, average_attn_weights=True}.
 */
public final class MultiHeadAttentionForwardFuncOptions {
    boolean training = true;
    Tensor keyPaddingMask;
    boolean needWeights = true;
    Tensor attnMask;
    boolean useSeparateProjWeight;
    Tensor qProjWeight;
    Tensor kProjWeight;
    Tensor vProjWeight;
    Tensor staticK;
    Tensor staticV;
    boolean averageAttnWeights = true;

    MultiHeadAttentionForwardFuncOptions() {
    }

    /** PyTorch: {@code training=} (dropout only when true). */
    public MultiHeadAttentionForwardFuncOptions training(boolean training) {
        this.training = training;
        return this;
    }

    /** PyTorch: {@code key_padding_mask=}: (N, S) or (S), bool (true: ignore that key) or float (added). */
    public MultiHeadAttentionForwardFuncOptions keyPaddingMask(Tensor keyPaddingMask) {
        this.keyPaddingMask = keyPaddingMask;
        return this;
    }

    /** PyTorch: {@code need_weights=}. */
    public MultiHeadAttentionForwardFuncOptions needWeights(boolean needWeights) {
        this.needWeights = needWeights;
        return this;
    }

    /** PyTorch: {@code attn_mask=}: (L, S) or (N·num_heads, L, S), bool/byte (true: masked) or float (added). */
    public MultiHeadAttentionForwardFuncOptions attnMask(Tensor attnMask) {
        this.attnMask = attnMask;
        return this;
    }

    /** PyTorch: {@code use_separate_proj_weight=}: project with q/k/v_proj_weight instead of in_proj_weight. */
    public MultiHeadAttentionForwardFuncOptions useSeparateProjWeight(boolean useSeparateProjWeight) {
        this.useSeparateProjWeight = useSeparateProjWeight;
        return this;
    }

    /** PyTorch: {@code q_proj_weight=}. */
    public MultiHeadAttentionForwardFuncOptions qProjWeight(Tensor qProjWeight) {
        this.qProjWeight = qProjWeight;
        return this;
    }

    /** PyTorch: {@code k_proj_weight=}. */
    public MultiHeadAttentionForwardFuncOptions kProjWeight(Tensor kProjWeight) {
        this.kProjWeight = kProjWeight;
        return this;
    }

    /** PyTorch: {@code v_proj_weight=}. */
    public MultiHeadAttentionForwardFuncOptions vProjWeight(Tensor vProjWeight) {
        this.vProjWeight = vProjWeight;
        return this;
    }

    /** PyTorch: {@code static_k=}: (N·num_heads, S, head_dim) keys used instead of the projected ones. */
    public MultiHeadAttentionForwardFuncOptions staticK(Tensor staticK) {
        this.staticK = staticK;
        return this;
    }

    /** PyTorch: {@code static_v=}: (N·num_heads, S, head_dim) values used instead of the projected ones. */
    public MultiHeadAttentionForwardFuncOptions staticV(Tensor staticV) {
        this.staticV = staticV;
        return this;
    }

    /** PyTorch: {@code average_attn_weights=}: the weights averaged over heads, else per head. */
    public MultiHeadAttentionForwardFuncOptions averageAttnWeights(boolean averageAttnWeights) {
        this.averageAttnWeights = averageAttnWeights;
        return this;
    }
}

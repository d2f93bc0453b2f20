package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * The keyword arguments of {@code F.scaled_dot_product_attention} (PyTorch 2.0) after query, key and value:
 * {@code attn_mask=None, dropout_p=0.0, is_causal=False}.
 */
public final class ScaledDotProductAttentionFuncOptions {
    Tensor attnMask;
    double dropoutP;
    boolean isCausal;

    ScaledDotProductAttentionFuncOptions() {
    }

    /** PyTorch: {@code attn_mask=}: added to the scores (float) or keeping the positions that are true (bool). */
    public ScaledDotProductAttentionFuncOptions attnMask(Tensor attnMask) {
        this.attnMask = attnMask;
        return this;
    }

    /** PyTorch: {@code dropout_p=}, applied to the attention weights whenever it is above 0. */
    public ScaledDotProductAttentionFuncOptions dropoutP(double dropoutP) {
        this.dropoutP = dropoutP;
        return this;
    }

    /** PyTorch: {@code is_causal=}: attend only to keys at or before each query's position. */
    public ScaledDotProductAttentionFuncOptions isCausal(boolean isCausal) {
        this.isCausal = isCausal;
        return this;
    }
}

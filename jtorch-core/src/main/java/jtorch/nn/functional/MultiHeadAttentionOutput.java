package jtorch.nn.functional;

import jtorch.Tensor;

/**
 * What multi-head attention returns: PyTorch's tuple {@code (attn_output, attn_output_weights)}; the weights are
 * null when {@code need_weights=False}.
 */
public record MultiHeadAttentionOutput(Tensor attnOutput, Tensor attnOutputWeights) {
}

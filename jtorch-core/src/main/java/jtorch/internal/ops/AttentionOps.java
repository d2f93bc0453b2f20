package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Attention, composed from existing ops exactly as PyTorch composes it (so every node, gradient and dropout
 * draw is PyTorch's): {@code F.scaled_dot_product_attention} with PyTorch 2.0's semantics (1.13 lacks it; the
 * documented formula) and 1.13's {@code F.multi_head_attention_forward}, with their checks and messages.
 * No op of its own: nothing here is registered.
 */
public final class AttentionOps {
    private AttentionOps() {
    }

    /**
     * PyTorch 2.0: {@code F.scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
     * is_causal=False)}: {@code softmax(Q·Kᵀ/√E + mask)} (a bool mask keeps the positions that are true), dropped
     * out with {@code dropout_p} (always: the function has no training flag), times V.
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
                                                   double dropoutP, boolean isCausal) {
        if (isCausal && attnMask != null) {
            throw new IllegalArgumentException(
                    "_scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True");
        }
        if (query.dim() < 2 || key.dim() < 2 || value.dim() < 2) {
            throw new IllegalArgumentException("scaled_dot_product_attention: query, key and value must have at least"
                    + " 2 dimensions, got " + query.dim() + ", " + key.dim() + " and " + value.dim());
        }
        Tensor mask = attnMask;
        if (isCausal) {
            mask = Torch.ones(Torch.options().dtype(DType.BOOL), query.size(-2), key.size(-2)).tril();
        }
        if (mask != null && mask.dtype() == DType.BOOL) {
            mask = Torch.zeros(Torch.options().dtype(query.dtype()), mask.sizes())
                    .maskedFill(mask.logicalNot(), Double.NEGATIVE_INFINITY);
        }
        Tensor scores = query.matmul(key.transpose(-2, -1)).div(Math.sqrt(query.size(-1)));
        if (mask != null) {
            scores = scores.add(mask);
        }
        Tensor weights = DropoutOps.dropout(scores.softmax(-1), dropoutP, true);
        return weights.matmul(value);
    }

    /** The result of {@link #multiHeadAttentionForward}: PyTorch's {@code (attn_output, attn_output_weights)}. */
    public record MhaResult(Tensor attnOutput, Tensor attnOutputWeights) {
    }

    /**
     * PyTorch 1.13: {@code F.multi_head_attention_forward}, arguments in its order. Inputs are sequence-first:
     * query (L, N, E) or unbatched (L, E), key and value (S, N, ·); the weights come back null without
     * {@code needWeights}.
     */
    public static MhaResult multiHeadAttentionForward(
            Tensor query, Tensor key, Tensor value, int embedDimToCheck, int numHeads, Tensor inProjWeight,
            Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn, double dropoutP, Tensor outProjWeight,
            Tensor outProjBias, boolean training, Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
            boolean useSeparateProjWeight, Tensor qProjWeight, Tensor kProjWeight, Tensor vProjWeight,
            Tensor staticK, Tensor staticV, boolean averageAttnWeights) {
        boolean batched = shapeCheck(query, key, value, keyPaddingMask, attnMask, numHeads);
        if (!batched) {
            query = query.unsqueeze(1);
            key = key.unsqueeze(1);
            value = value.unsqueeze(1);
            if (keyPaddingMask != null) {
                keyPaddingMask = keyPaddingMask.unsqueeze(0);
            }
        }
        int tgtLen = query.size(0);
        int bsz = query.size(1);
        int embedDim = query.size(2);
        int srcLen = key.size(0);
        if (keyPaddingMask != null && keyPaddingMask.dtype() != DType.BOOL && !keyPaddingMask.isFloatingPoint()) {
            throw new IllegalArgumentException("only bool and floating types of key_padding_mask are supported");
        }
        check(embedDim == embedDimToCheck, "was expecting embedding dimension of " + embedDimToCheck + ", but got "
                + embedDim);
        int headDim = embedDim / numHeads;
        check(headDim * numHeads == embedDim, "embed_dim " + embedDim + " not divisible by num_heads " + numHeads);
        if (useSeparateProjWeight) {
            check(key.size(0) == value.size(0) && key.size(1) == value.size(1), "key's sequence and batch dims "
                    + size(key.size(0), key.size(1)) + " do not match value's " + size(value.size(0), value.size(1)));
        } else {
            check(Arrays.equals(key.sizes(), value.sizes()), "key shape " + size(key.sizes())
                    + " does not match value shape " + size(value.sizes()));
        }
        Tensor q;
        Tensor k;
        Tensor v;
        if (!useSeparateProjWeight) {
            check(inProjWeight != null, "use_separate_proj_weight is False but in_proj_weight is None");
            Tensor[] qkv = inProjectionPacked(query, key, value, inProjWeight, inProjBias);
            q = qkv[0];
            k = qkv[1];
            v = qkv[2];
        } else {
            check(qProjWeight != null, "use_separate_proj_weight is True but q_proj_weight is None");
            check(kProjWeight != null, "use_separate_proj_weight is True but k_proj_weight is None");
            check(vProjWeight != null, "use_separate_proj_weight is True but v_proj_weight is None");
            List<Tensor> b = inProjBias == null ? null : inProjBias.chunk(3);
            Tensor[] w = {qProjWeight, kProjWeight, vProjWeight};
            Tensor[] x = {query, key, value};
            String[] names = {"query", "key", "value"};
            for (int i = 0; i < 3; i++) {
                check(Arrays.equals(w[i].sizes(), new int[] {embedDim, x[i].size(-1)}), "expecting " + names[i]
                        + " weights shape of " + tuple(embedDim, x[i].size(-1)) + ", but got " + size(w[i].sizes()));
            }
            for (int i = 0; b != null && i < 3; i++) {
                check(Arrays.equals(b.get(i).sizes(), new int[] {embedDim}), "expecting " + names[i]
                        + " bias shape of " + tuple(embedDim) + ", but got " + size(b.get(i).sizes()));
            }
            q = LinearOps.linear(query, qProjWeight, b == null ? null : b.get(0));
            k = LinearOps.linear(key, kProjWeight, b == null ? null : b.get(1));
            v = LinearOps.linear(value, vProjWeight, b == null ? null : b.get(2));
        }
        if (attnMask != null) {
            if (attnMask.dtype() == DType.UINT8) {
                jtorch.Warnings.warn("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool"
                        + " tensor instead.");
                attnMask = attnMask.to(DType.BOOL);
            } else {
                check(attnMask.isFloatingPoint() || attnMask.dtype() == DType.BOOL,
                        "Only float, byte, and bool types are supported for attn_mask, not " + attnMask.dtype());
            }
            if (attnMask.dim() == 2) {
                if (attnMask.size(0) != tgtLen || attnMask.size(1) != srcLen) {
                    throw new IllegalArgumentException("The shape of the 2D attn_mask is " + size(attnMask.sizes())
                            + ", but should be " + tuple(tgtLen, srcLen) + ".");
                }
                attnMask = attnMask.unsqueeze(0);
            } else if (attnMask.dim() == 3) {
                if (!Arrays.equals(attnMask.sizes(), new int[] {bsz * numHeads, tgtLen, srcLen})) {
                    throw new IllegalArgumentException("The shape of the 3D attn_mask is " + size(attnMask.sizes())
                            + ", but should be " + tuple(bsz * numHeads, tgtLen, srcLen) + ".");
                }
            } else {
                throw new IllegalArgumentException("attn_mask's dimension " + attnMask.dim() + " is not supported");
            }
        }
        if (biasK != null && biasV != null) {
            check(staticK == null, "bias cannot be added to static key.");
            check(staticV == null, "bias cannot be added to static value.");
            k = Torch.cat(List.of(k, biasK.repeat(1, bsz, 1)));
            v = Torch.cat(List.of(v, biasV.repeat(1, bsz, 1)));
            attnMask = padLast(attnMask);
            keyPaddingMask = padLast(keyPaddingMask);
        } else {
            // PyTorch asserts this without a message
            check(biasK == null && biasV == null, "bias_k and bias_v must be given together");
        }
        q = q.contiguous().view(tgtLen, bsz * numHeads, headDim).transpose(0, 1);
        k = heads(k, staticK, "static_k", bsz * numHeads, headDim);
        v = heads(v, staticV, "static_v", bsz * numHeads, headDim);
        if (addZeroAttn) {
            k = Torch.cat(List.of(k, Torch.zeros(Torch.options().dtype(k.dtype()), bsz * numHeads, 1, headDim)), 1);
            v = Torch.cat(List.of(v, Torch.zeros(Torch.options().dtype(v.dtype()), bsz * numHeads, 1, headDim)), 1);
            attnMask = padLast(attnMask);
            keyPaddingMask = padLast(keyPaddingMask);
        }
        srcLen = k.size(1);
        if (keyPaddingMask != null) {
            check(keyPaddingMask.dim() == 2 && keyPaddingMask.size(0) == bsz && keyPaddingMask.size(1) == srcLen,
                    "expecting key_padding_mask shape of " + tuple(bsz, srcLen) + ", but got "
                            + size(keyPaddingMask.sizes()));
            keyPaddingMask = keyPaddingMask.view(bsz, 1, 1, srcLen).expand(-1, numHeads, -1, -1)
                    .reshape(bsz * numHeads, 1, srcLen);
            if (attnMask == null) {
                attnMask = keyPaddingMask;
            } else if (attnMask.dtype() == DType.BOOL) {
                attnMask = attnMask.logicalOr(keyPaddingMask);
            } else {
                attnMask = attnMask.maskedFill(keyPaddingMask, Double.NEGATIVE_INFINITY);
            }
        }
        if (attnMask != null && attnMask.dtype() == DType.BOOL) {
            attnMask = Torch.zeros(Torch.options().dtype(q.dtype()), attnMask.sizes())
                    .maskedFill(attnMask, Double.NEGATIVE_INFINITY);
        }
        if (!training) {
            dropoutP = 0;
        }
        Tensor qScaled = q.div(Math.sqrt(q.size(2)));
        // PyTorch's baddbmm(attn_mask, q, kᵀ) with beta = alpha = 1: the mask added to the batched product
        Tensor weights = Torch.bmm(qScaled, k.transpose(-2, -1));
        if (attnMask != null) {
            weights = attnMask.add(weights);
        }
        weights = weights.softmax(-1);
        if (dropoutP > 0) {
            weights = DropoutOps.dropout(weights, dropoutP, true);
        }
        Tensor out = Torch.bmm(weights, v).transpose(0, 1).contiguous().view(tgtLen * bsz, embedDim);
        out = LinearOps.linear(out, outProjWeight, outProjBias);
        out = out.view(tgtLen, bsz, out.size(1));
        if (!needWeights) {
            return new MhaResult(batched ? out : out.squeeze(1), null);
        }
        weights = weights.view(bsz, numHeads, tgtLen, srcLen);
        if (averageAttnWeights) {
            weights = weights.sum(1).div(numHeads);
        }
        return batched ? new MhaResult(out, weights) : new MhaResult(out.squeeze(1), weights.squeeze(0));
    }

    // PyTorch's _mha_shape_check: whether the input is batched, or its AssertionError's message
    private static boolean shapeCheck(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, Tensor attnMask,
                                      int numHeads) {
        if (query.dim() == 3) {
            check(key.dim() == 3 && value.dim() == 3, "For batched (3-D) `query`, expected `key` and `value` to be 3-D"
                    + " but found " + key.dim() + "-D and " + value.dim() + "-D tensors respectively");
            check(keyPaddingMask == null || keyPaddingMask.dim() == 2, "For batched (3-D) `query`, expected"
                    + " `key_padding_mask` to be `None` or 2-D but found " + dimOf(keyPaddingMask)
                    + "-D tensor instead");
            check(attnMask == null || attnMask.dim() == 2 || attnMask.dim() == 3, "For batched (3-D) `query`,"
                    + " expected `attn_mask` to be `None`, 2-D or 3-D but found " + dimOf(attnMask)
                    + "-D tensor instead");
            return true;
        }
        if (query.dim() == 2) {
            check(key.dim() == 2 && value.dim() == 2, "For unbatched (2-D) `query`, expected `key` and `value` to be"
                    + " 2-D but found " + key.dim() + "-D and " + value.dim() + "-D tensors respectively");
            check(keyPaddingMask == null || keyPaddingMask.dim() == 1, "For unbatched (2-D) `query`, expected"
                    + " `key_padding_mask` to be `None` or 1-D but found " + dimOf(keyPaddingMask)
                    + "-D tensor instead");
            if (attnMask != null) {
                check(attnMask.dim() == 2 || attnMask.dim() == 3, "For unbatched (2-D) `query`, expected `attn_mask`"
                        + " to be `None`, 2-D or 3-D but found " + attnMask.dim() + "-D tensor instead");
                if (attnMask.dim() == 3) {
                    int[] expected = {numHeads, query.size(0), key.size(0)};
                    check(Arrays.equals(attnMask.sizes(), expected), "Expected `attn_mask` shape to be "
                            + tuple(expected) + " but got " + size(attnMask.sizes()));
                }
            }
            return false;
        }
        throw new IllegalArgumentException("query should be unbatched 2D or batched 3D tensor but received "
                + query.dim() + "-D query tensor");
    }

    // PyTorch's _in_projection_packed: one linear for self-attention, two when key is value, else three
    private static Tensor[] inProjectionPacked(Tensor q, Tensor k, Tensor v, Tensor w, Tensor b) {
        int e = q.size(-1);
        if (k == v) {
            if (q == k) {
                List<Tensor> qkv = LinearOps.linear(q, w, b).chunk(3, -1);
                return qkv.toArray(new Tensor[0]);
            }
            List<Tensor> ws = w.split(new int[] {e, 2 * e}, 0);
            List<Tensor> bs = b == null ? null : b.split(new int[] {e, 2 * e}, 0);
            List<Tensor> kv = LinearOps.linear(k, ws.get(1), bs == null ? null : bs.get(1)).chunk(2, -1);
            return new Tensor[] {LinearOps.linear(q, ws.get(0), bs == null ? null : bs.get(0)), kv.get(0), kv.get(1)};
        }
        List<Tensor> ws = w.chunk(3);
        List<Tensor> bs = b == null ? null : b.chunk(3);
        return new Tensor[] {LinearOps.linear(q, ws.get(0), bs == null ? null : bs.get(0)),
            LinearOps.linear(k, ws.get(1), bs == null ? null : bs.get(1)),
            LinearOps.linear(v, ws.get(2), bs == null ? null : bs.get(2))};
    }

    private static Tensor heads(Tensor x, Tensor statik, String name, int bh, int headDim) {
        if (statik == null) {
            return x.contiguous().view(x.size(0), bh, headDim).transpose(0, 1);
        }
        check(statik.size(0) == bh, "expecting " + name + ".size(0) of " + bh + ", but got " + statik.size(0));
        check(statik.size(2) == headDim, "expecting " + name + ".size(2) of " + headDim + ", but got "
                + statik.size(2));
        return statik;
    }

    // F.pad(mask, (0, 1)): one more (unmasked) key column
    private static Tensor padLast(Tensor mask) {
        return mask == null ? null : PadOps.pad(mask, new int[] {0, 1}, "constant", 0);
    }

    private static int dimOf(Tensor t) {
        return t == null ? 0 : t.dim();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    // Python's repr of a tuple of ints
    private static String tuple(int... xs) {
        String body = Arrays.stream(xs).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return "(" + body + (xs.length == 1 ? ",)" : ")");
    }

    // repr of a torch.Size
    private static String size(int... xs) {
        return "torch.Size(" + Arrays.stream(xs).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"))
                + ")";
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.functional.MultiHeadAttentionForwardFuncOptions;
import jtorch.nn.functional.MultiHeadAttentionOutput;
import jtorch.nn.init.Init;

/**
 * Multi-head attention. PyTorch 1.13: {@code nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True,
 * add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False)}, with PyTorch's parameter
 * names ({@code in_proj_weight}, or {@code q_proj_weight}/{@code k_proj_weight}/{@code v_proj_weight} when kdim or
 * vdim differ from embed_dim; {@code in_proj_bias}, {@code bias_k}, {@code bias_v}, {@code out_proj.weight},
 * {@code out_proj.bias}) and initialisation order: out_proj's Linear draws, then xavier_uniform_ on the input
 * projections, zero biases, xavier_normal_ on bias_k and bias_v. So a seeded module holds PyTorch's values.
 *
 * <p>{@code forward(query, key, value)} returns the output and the attention weights; {@code call(q, k, v)} (and
 * {@code forward(Tensor...)}) the output alone. Inputs are (L, N, E) (batch_first: (N, L, E)) or unbatched (L, E).
 */
public class MultiheadAttention extends Module {
    /** PyTorch's {@code MultiheadAttention.embed_dim} attribute. */
    public final int embedDim;
    /** PyTorch's {@code MultiheadAttention.kdim} attribute. */
    public final int kdim;
    /** PyTorch's {@code MultiheadAttention.vdim} attribute. */
    public final int vdim;
    /** PyTorch's {@code MultiheadAttention.num_heads} attribute. */
    public final int numHeads;
    /** PyTorch's {@code MultiheadAttention.dropout} attribute. */
    public final double dropout;
    /** PyTorch's {@code MultiheadAttention.batch_first} attribute. */
    public final boolean batchFirst;
    /** PyTorch's {@code MultiheadAttention.head_dim} attribute. */
    public final int headDim;
    /** PyTorch's {@code MultiheadAttention.add_zero_attn} attribute. */
    public final boolean addZeroAttn;
    private final boolean qkvSameEmbedDim;

    /** Keyword arguments of {@code nn.MultiheadAttention}, at PyTorch's defaults. */
    public static final class Options {
        final int embedDim;
        final int numHeads;
        double dropout;
        boolean bias = true;
        boolean addBiasKv;
        boolean addZeroAttn;
        Integer kdim;
        Integer vdim;
        boolean batchFirst;

        Options(int embedDim, int numHeads) {
            this.embedDim = embedDim;
            this.numHeads = numHeads;
        }

        /** PyTorch: {@code dropout=} on the attention weights in training mode. */
        public Options dropout(double dropout) {
            this.dropout = dropout;
            return this;
        }

        /** PyTorch: {@code bias=}: in_proj_bias and out_proj.bias. */
        public Options bias(boolean bias) {
            this.bias = bias;
            return this;
        }

        /** PyTorch: {@code add_bias_kv=}: learned bias_k and bias_v appended to the keys and values. */
        public Options addBiasKv(boolean addBiasKv) {
            this.addBiasKv = addBiasKv;
            return this;
        }

        /** PyTorch: {@code add_zero_attn=}: a zero key and value appended. */
        public Options addZeroAttn(boolean addZeroAttn) {
            this.addZeroAttn = addZeroAttn;
            return this;
        }

        /** PyTorch: {@code kdim=} (unset: embed_dim). */
        public Options kdim(int kdim) {
            this.kdim = kdim;
            return this;
        }

        /** PyTorch: {@code vdim=} (unset: embed_dim). */
        public Options vdim(int vdim) {
            this.vdim = vdim;
            return this;
        }

        /** PyTorch: {@code batch_first=}: (N, L, E) inputs and outputs. */
        public Options batchFirst(boolean batchFirst) {
            this.batchFirst = batchFirst;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None, dtype=None)}. */
    public static Options options(int embedDim, int numHeads) {
        return new Options(embedDim, numHeads);
    }

    /** The keyword arguments of {@code forward}, at PyTorch's defaults. */
    public static final class ForwardOptions {
        Tensor keyPaddingMask;
        boolean needWeights = true;
        Tensor attnMask;
        boolean averageAttnWeights = true;

        ForwardOptions() {
        }

        /** PyTorch: {@code key_padding_mask=}: (N, S) or (S), bool (true: ignore that key) or float (added). */
        public ForwardOptions keyPaddingMask(Tensor keyPaddingMask) {
            this.keyPaddingMask = keyPaddingMask;
            return this;
        }

        /** PyTorch: {@code need_weights=} (false: the weights come back null). */
        public ForwardOptions needWeights(boolean needWeights) {
            this.needWeights = needWeights;
            return this;
        }

        /** PyTorch: {@code attn_mask=}: (L, S) or (N·num_heads, L, S), bool (true: masked) or float (added). */
        public ForwardOptions attnMask(Tensor attnMask) {
            this.attnMask = attnMask;
            return this;
        }

        /** PyTorch: {@code average_attn_weights=}: weights averaged over heads, else per head. */
        public ForwardOptions averageAttnWeights(boolean averageAttnWeights) {
            this.averageAttnWeights = averageAttnWeights;
            return this;
        }
    }

    /** The keyword arguments of {@code forward} (masks, flags) at PyTorch's defaults. */
    public static ForwardOptions forwardOptions() {
        return new ForwardOptions();
    }

    /** PyTorch: {@code torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None, dtype=None)}. */
    public MultiheadAttention(int embedDim, int numHeads) {
        this(options(embedDim, numHeads));
    }

    /** PyTorch: {@code torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None, dtype=None)}. */
    public MultiheadAttention(Options o) {
        embedDim = o.embedDim;
        kdim = o.kdim != null ? o.kdim : o.embedDim;
        vdim = o.vdim != null ? o.vdim : o.embedDim;
        qkvSameEmbedDim = kdim == embedDim && vdim == embedDim;
        numHeads = o.numHeads;
        dropout = o.dropout;
        batchFirst = o.batchFirst;
        headDim = numHeads == 0 ? 0 : embedDim / numHeads;
        if (numHeads == 0 || headDim * numHeads != embedDim) {
            throw new IllegalArgumentException("embed_dim must be divisible by num_heads");
        }
        if (!qkvSameEmbedDim) {
            registerParameter("q_proj_weight", new Parameter(Torch.empty(embedDim, embedDim)));
            registerParameter("k_proj_weight", new Parameter(Torch.empty(embedDim, kdim)));
            registerParameter("v_proj_weight", new Parameter(Torch.empty(embedDim, vdim)));
        } else {
            registerParameter("in_proj_weight", new Parameter(Torch.empty(3 * embedDim, embedDim)));
        }
        registerParameter("in_proj_bias", o.bias ? new Parameter(Torch.empty(3 * embedDim)) : null);
        registerModule("out_proj", new NonDynamicallyQuantizableLinear(embedDim, embedDim, o.bias));
        if (o.addBiasKv) {
            registerParameter("bias_k", new Parameter(Torch.empty(1, 1, embedDim)));
            registerParameter("bias_v", new Parameter(Torch.empty(1, 1, embedDim)));
        }
        addZeroAttn = o.addZeroAttn;
        resetParameters();
    }

    /** PyTorch's {@code _reset_parameters}, in its order. */
    public void resetParameters() {
        if (qkvSameEmbedDim) {
            Init.xavierUniform_(inProjWeight());
        } else {
            Init.xavierUniform_(qProjWeight());
            Init.xavierUniform_(kProjWeight());
            Init.xavierUniform_(vProjWeight());
        }
        if (inProjBias() != null) {
            Init.constant_(inProjBias(), 0);
            Init.constant_(outProj().bias, 0);
        }
        if (biasK() != null) {
            Init.xavierNormal_(biasK());
            Init.xavierNormal_(biasV());
        }
    }

    /** {@code in_proj_weight} (3·embed_dim × embed_dim), or null when kdim or vdim differ from embed_dim. */
    public Parameter inProjWeight() {
        return ownParameters().get("in_proj_weight");
    }

    /** {@code q_proj_weight}, or null when kdim and vdim equal embed_dim. */
    public Parameter qProjWeight() {
        return ownParameters().get("q_proj_weight");
    }

    /** {@code k_proj_weight}, or null when kdim and vdim equal embed_dim. */
    public Parameter kProjWeight() {
        return ownParameters().get("k_proj_weight");
    }

    /** {@code v_proj_weight}, or null when kdim and vdim equal embed_dim. */
    public Parameter vProjWeight() {
        return ownParameters().get("v_proj_weight");
    }

    /** {@code in_proj_bias}, or null without bias. */
    public Parameter inProjBias() {
        return ownParameters().get("in_proj_bias");
    }

    /** {@code bias_k}, or null without add_bias_kv. */
    public Parameter biasK() {
        return ownParameters().get("bias_k");
    }

    /** {@code bias_v}, or null without add_bias_kv. */
    public Parameter biasV() {
        return ownParameters().get("bias_v");
    }

    /** The output projection {@code out_proj}. */
    public Linear outProj() {
        return (Linear) ownModules().get("out_proj");
    }

    /** The attention output and the head-averaged weights. PyTorch: {@code mha(query, key, value)}. */
    public MultiHeadAttentionOutput forward(Tensor query, Tensor key, Tensor value) {
        return forward(query, key, value, forwardOptions());
    }

    /**
     * PyTorch: {@code mha(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
     * average_attn_weights=True)}.
     */
    public MultiHeadAttentionOutput forward(Tensor query, Tensor key, Tensor value, ForwardOptions o) {
        if (o.keyPaddingMask != null && o.keyPaddingMask.dtype() != jtorch.DType.BOOL
                && !o.keyPaddingMask.isFloatingPoint()) {
            throw new IllegalArgumentException("only bool and floating types of key_padding_mask are supported");
        }
        boolean batched = query.dim() == 3;
        if (batchFirst && batched) {
            // transposing one tensor once keeps PyTorch's self-attention (query is key is value) projection path
            Tensor q = query.transpose(1, 0);
            Tensor k = key == query ? q : key.transpose(1, 0);
            Tensor v = value == key ? k : value == query ? q : value.transpose(1, 0);
            query = q;
            key = k;
            value = v;
        }
        MultiHeadAttentionForwardFuncOptions f = F.multiHeadAttentionForwardOptions().training(isTraining())
                .keyPaddingMask(o.keyPaddingMask).needWeights(o.needWeights).attnMask(o.attnMask)
                .averageAttnWeights(o.averageAttnWeights);
        if (!qkvSameEmbedDim) {
            f.useSeparateProjWeight(true).qProjWeight(qProjWeight()).kProjWeight(kProjWeight())
                    .vProjWeight(vProjWeight());
        }
        Linear out = outProj();
        MultiHeadAttentionOutput r = F.multiHeadAttentionForward(query, key, value, embedDim, numHeads, inProjWeight(),
                inProjBias(), biasK(), biasV(), addZeroAttn, dropout, out.weight, out.bias, f);
        return batchFirst && batched ? new MultiHeadAttentionOutput(r.attnOutput().transpose(1, 0),
                r.attnOutputWeights()) : r;
    }

    /** {@code call(query, key, value)}: the attention output alone (PyTorch's {@code mha(q, k, v)[0]}). */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 3) {
            throw new IllegalArgumentException("forward() missing required positional arguments: MultiheadAttention"
                    + " takes query, key and value, got " + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs[1], inputs[2]).attnOutput();
    }
}

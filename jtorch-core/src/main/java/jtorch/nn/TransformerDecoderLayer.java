package jtorch.nn;

import java.util.function.UnaryOperator;
import jtorch.Tensor;

/**
 * Self-attention, attention over the encoder's output (memory), then a feed-forward block, each with a
 * residual connection and layer norm. PyTorch 1.13: {@code nn.TransformerDecoderLayer(d_model, nhead,
 * dim_feedforward=2048, dropout=0.1, activation=F.relu, layer_norm_eps=1e-05, batch_first=False,
 * norm_first=False)}, with PyTorch's children ({@code self_attn}, {@code multihead_attn}, {@code linear1},
 * {@code dropout}, {@code linear2}, {@code norm1..3}, {@code dropout1..3}), initial values and dropout draws.
 */
public class TransformerDecoderLayer extends Module {
    /** PyTorch's {@code TransformerDecoderLayer.linear1} attribute. */
    public final Linear linear1;
    /** PyTorch's {@code TransformerDecoderLayer.dropout} attribute. */
    public final Dropout dropout;
    /** PyTorch's {@code TransformerDecoderLayer.linear2} attribute. */
    public final Linear linear2;
    /** PyTorch's {@code TransformerDecoderLayer.norm_first} attribute. */
    public final boolean normFirst;
    /** PyTorch's {@code TransformerDecoderLayer.norm1} attribute. */
    public final LayerNorm norm1;
    /** PyTorch's {@code TransformerDecoderLayer.norm2} attribute. */
    public final LayerNorm norm2;
    /** PyTorch's {@code TransformerDecoderLayer.norm3} attribute. */
    public final LayerNorm norm3;
    /** PyTorch's {@code TransformerDecoderLayer.dropout1} attribute. */
    public final Dropout dropout1;
    /** PyTorch's {@code TransformerDecoderLayer.dropout2} attribute. */
    public final Dropout dropout2;
    /** PyTorch's {@code TransformerDecoderLayer.dropout3} attribute. */
    public final Dropout dropout3;
    private final UnaryOperator<Tensor> activation;
    private final Options options;

    /** Keyword arguments of {@code nn.TransformerDecoderLayer}. */
    public static final class Options extends TransformerLayerOptions<Options> {
        final int dModel;
        final int nhead;

        Options(int dModel, int nhead) {
            this.dModel = dModel;
            this.nhead = nhead;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public static Options options(int dModel, int nhead) {
        return new Options(dModel, nhead);
    }

    /**
     * The masks of {@code forward} (also TransformerDecoder's): PyTorch's {@code tgt_mask=None, memory_mask=None,
     * tgt_key_padding_mask=None, memory_key_padding_mask=None}.
     */
    public static final class ForwardOptions {
        Tensor tgtMask;
        Tensor memoryMask;
        Tensor tgtKeyPaddingMask;
        Tensor memoryKeyPaddingMask;

        ForwardOptions() {
        }

        /** PyTorch: {@code tgt_mask=}, the self-attention's attn_mask. */
        public ForwardOptions tgtMask(Tensor tgtMask) {
            this.tgtMask = tgtMask;
            return this;
        }

        /** PyTorch: {@code memory_mask=}, the memory attention's attn_mask. */
        public ForwardOptions memoryMask(Tensor memoryMask) {
            this.memoryMask = memoryMask;
            return this;
        }

        /** PyTorch: {@code tgt_key_padding_mask=}. */
        public ForwardOptions tgtKeyPaddingMask(Tensor tgtKeyPaddingMask) {
            this.tgtKeyPaddingMask = tgtKeyPaddingMask;
            return this;
        }

        /** PyTorch: {@code memory_key_padding_mask=}. */
        public ForwardOptions memoryKeyPaddingMask(Tensor memoryKeyPaddingMask) {
            this.memoryKeyPaddingMask = memoryKeyPaddingMask;
            return this;
        }
    }

    /** The keyword arguments of {@code forward} (masks, flags) at PyTorch's defaults. */
    public static ForwardOptions forwardOptions() {
        return new ForwardOptions();
    }

    /** PyTorch: {@code torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public TransformerDecoderLayer(int dModel, int nhead) {
        this(options(dModel, nhead));
    }

    /** PyTorch: {@code torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public TransformerDecoderLayer(Options o) {
        options = o;
        registerModule("self_attn", new MultiheadAttention(MultiheadAttention.options(o.dModel, o.nhead)
                .dropout(o.dropout).batchFirst(o.batchFirst)));
        registerModule("multihead_attn", new MultiheadAttention(MultiheadAttention.options(o.dModel, o.nhead)
                .dropout(o.dropout).batchFirst(o.batchFirst)));
        linear1 = new Linear(o.dModel, o.dimFeedforward);
        dropout = new Dropout(o.dropout);
        linear2 = new Linear(o.dimFeedforward, o.dModel);
        normFirst = o.normFirst;
        norm1 = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
        norm2 = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
        norm3 = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
        dropout1 = new Dropout(o.dropout);
        dropout2 = new Dropout(o.dropout);
        dropout3 = new Dropout(o.dropout);
        activation = o.activation;
    }

    /** The self-attention block {@code self_attn}. */
    public MultiheadAttention selfAttn() {
        return (MultiheadAttention) ownModules().get("self_attn");
    }

    /** The attention over the memory, {@code multihead_attn}. */
    public MultiheadAttention multiheadAttn() {
        return (MultiheadAttention) ownModules().get("multihead_attn");
    }

    /** PyTorch: {@code layer(tgt, memory)}. */
    public Tensor forward(Tensor tgt, Tensor memory) {
        return forward(tgt, memory, forwardOptions());
    }

    /** PyTorch: {@code layer(tgt, memory, tgt_mask=None, memory_mask=None, ...)}. */
    public Tensor forward(Tensor tgt, Tensor memory, ForwardOptions o) {
        Tensor x = tgt;
        if (normFirst) {
            x = x.add(attend(selfAttn(), dropout1, norm1.call(x), null, o.tgtMask, o.tgtKeyPaddingMask));
            x = x.add(attend(multiheadAttn(), dropout2, norm2.call(x), memory, o.memoryMask, o.memoryKeyPaddingMask));
            return x.add(ffBlock(norm3.call(x)));
        }
        x = norm1.call(x.add(attend(selfAttn(), dropout1, x, null, o.tgtMask, o.tgtKeyPaddingMask)));
        x = norm2.call(x.add(attend(multiheadAttn(), dropout2, x, memory, o.memoryMask, o.memoryKeyPaddingMask)));
        return norm3.call(x.add(ffBlock(x)));
    }

    /** {@code call(tgt, memory)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes tgt and memory, got " + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs[1]);
    }

    // PyTorch's _sa_block (memory null: self-attention) and _mha_block
    private static Tensor attend(MultiheadAttention attn, Dropout drop, Tensor x, Tensor memory, Tensor attnMask,
                                 Tensor keyPaddingMask) {
        Tensor kv = memory == null ? x : memory;
        Tensor a = attn.forward(x, kv, kv, MultiheadAttention.forwardOptions().attnMask(attnMask)
                .keyPaddingMask(keyPaddingMask).needWeights(false)).attnOutput();
        return drop.call(a);
    }

    private Tensor ffBlock(Tensor x) {
        return dropout3.call(linear2.call(dropout.call(activation.apply(linear1.call(x)))));
    }

    /** PyTorch's {@code copy.deepcopy(layer)}: same values and modes, built without drawing random numbers. */
    TransformerDecoderLayer deepCopy() {
        return Clones.copy(this, () -> new TransformerDecoderLayer(options));
    }
}

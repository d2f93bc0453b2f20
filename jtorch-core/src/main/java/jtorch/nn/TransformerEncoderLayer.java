package jtorch.nn;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Self-attention then a feed-forward block, each with a residual connection and layer norm. PyTorch 1.13:
 * {@code nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=F.relu,
 * layer_norm_eps=1e-05, batch_first=False, norm_first=False)}, with PyTorch's children ({@code self_attn},
 * {@code linear1}, {@code dropout}, {@code linear2}, {@code norm1}, {@code norm2}, {@code dropout1},
 * {@code dropout2}), initial values and dropout draws.
 */
public class TransformerEncoderLayer extends Module {
    /** PyTorch's {@code TransformerEncoderLayer.linear1} attribute. */
    public final Linear linear1;
    /** PyTorch's {@code TransformerEncoderLayer.dropout} attribute. */
    public final Dropout dropout;
    /** PyTorch's {@code TransformerEncoderLayer.linear2} attribute. */
    public final Linear linear2;
    /** PyTorch's {@code TransformerEncoderLayer.norm_first} attribute. */
    public final boolean normFirst;
    /** PyTorch's {@code TransformerEncoderLayer.norm1} attribute. */
    public final LayerNorm norm1;
    /** PyTorch's {@code TransformerEncoderLayer.norm2} attribute. */
    public final LayerNorm norm2;
    /** PyTorch's {@code TransformerEncoderLayer.dropout1} attribute. */
    public final Dropout dropout1;
    /** PyTorch's {@code TransformerEncoderLayer.dropout2} attribute. */
    public final Dropout dropout2;
    private final UnaryOperator<Tensor> activation;
    private final Options options;

    /** Keyword arguments of {@code nn.TransformerEncoderLayer}. */
    public static final class Options extends TransformerLayerOptions<Options> {
        final int dModel;
        final int nhead;

        Options(int dModel, int nhead) {
            this.dModel = dModel;
            this.nhead = nhead;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public static Options options(int dModel, int nhead) {
        return new Options(dModel, nhead);
    }

    /** The masks of {@code forward}: PyTorch's {@code src_mask=None, src_key_padding_mask=None}. */
    public static final class ForwardOptions {
        Tensor srcMask;
        Tensor srcKeyPaddingMask;

        ForwardOptions() {
        }

        /** PyTorch: {@code src_mask=} (TransformerEncoder: {@code mask=}), the attention's attn_mask. */
        public ForwardOptions srcMask(Tensor srcMask) {
            this.srcMask = srcMask;
            return this;
        }

        /** PyTorch: {@code src_key_padding_mask=}, the attention's key_padding_mask. */
        public ForwardOptions srcKeyPaddingMask(Tensor srcKeyPaddingMask) {
            this.srcKeyPaddingMask = srcKeyPaddingMask;
            return this;
        }
    }

    /** The keyword arguments of {@code forward} (masks, flags) at PyTorch's defaults. */
    public static ForwardOptions forwardOptions() {
        return new ForwardOptions();
    }

    /** PyTorch: {@code torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public TransformerEncoderLayer(int dModel, int nhead) {
        this(options(dModel, nhead));
    }

    /** PyTorch: {@code torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public TransformerEncoderLayer(Options o) {
        options = o;
        registerModule("self_attn", new MultiheadAttention(MultiheadAttention.options(o.dModel, o.nhead)
                .dropout(o.dropout).batchFirst(o.batchFirst)));
        linear1 = new Linear(o.dModel, o.dimFeedforward);
        dropout = new Dropout(o.dropout);
        linear2 = new Linear(o.dimFeedforward, o.dModel);
        normFirst = o.normFirst;
        norm1 = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
        norm2 = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
        dropout1 = new Dropout(o.dropout);
        dropout2 = new Dropout(o.dropout);
        activation = o.activation;
    }

    /** The self-attention block {@code self_attn}. */
    public MultiheadAttention selfAttn() {
        return (MultiheadAttention) ownModules().get("self_attn");
    }

    /** PyTorch: {@code layer(src)}. */
    @Override
    public Tensor forward(Tensor src) {
        return forward(src, forwardOptions());
    }

    /** PyTorch: {@code layer(src, src_mask)}. */
    public Tensor forward(Tensor src, Tensor srcMask) {
        return forward(src, forwardOptions().srcMask(srcMask));
    }

    /** PyTorch: {@code layer(src, src_mask=None, src_key_padding_mask=None)}. */
    public Tensor forward(Tensor src, ForwardOptions o) {
        checkKeyPaddingMask(o.srcKeyPaddingMask);
        Tensor x = src;
        if (normFirst) {
            x = x.add(saBlock(norm1.call(x), o.srcMask, o.srcKeyPaddingMask));
            return x.add(ffBlock(norm2.call(x)));
        }
        x = norm1.call(x.add(saBlock(x, o.srcMask, o.srcKeyPaddingMask)));
        return norm2.call(x.add(ffBlock(x)));
    }

    private Tensor saBlock(Tensor x, Tensor attnMask, Tensor keyPaddingMask) {
        Tensor a = selfAttn().forward(x, x, x, MultiheadAttention.forwardOptions().attnMask(attnMask)
                .keyPaddingMask(keyPaddingMask).needWeights(false)).attnOutput();
        return dropout1.call(a);
    }

    private Tensor ffBlock(Tensor x) {
        return dropout2.call(linear2.call(dropout.call(activation.apply(linear1.call(x)))));
    }

    static void checkKeyPaddingMask(Tensor mask) {
        if (mask != null && mask.dtype() != DType.BOOL && !mask.isFloatingPoint()) {
            throw new IllegalArgumentException("only bool and floating types of key_padding_mask are supported");
        }
    }

    /** PyTorch's {@code copy.deepcopy(layer)}: same values and modes, built without drawing random numbers. */
    TransformerEncoderLayer deepCopy() {
        return Clones.copy(this, () -> new TransformerEncoderLayer(options));
    }
}

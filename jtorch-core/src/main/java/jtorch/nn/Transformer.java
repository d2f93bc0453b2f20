package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.init.Init;

/**
 * The encoder-decoder transformer of "Attention Is All You Need". PyTorch 1.13: {@code nn.Transformer(d_model=512,
 * nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=F.relu,
 * custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False)}: children
 * {@code encoder} and {@code decoder} (each with its final LayerNorm), built in PyTorch's order and then
 * re-initialised as PyTorch does (xavier_uniform_ on every parameter of more than one dim, in parameter order).
 */
public class Transformer extends Module {
    /** PyTorch's {@code Transformer.encoder} attribute. */
    public final Module encoder;
    /** PyTorch's {@code Transformer.decoder} attribute. */
    public final Module decoder;
    /** PyTorch's {@code Transformer.d_model} attribute. */
    public final int dModel;
    /** PyTorch's {@code Transformer.nhead} attribute. */
    public final int nhead;
    /** PyTorch's {@code Transformer.batch_first} attribute. */
    public final boolean batchFirst;

    /** Keyword arguments of {@code nn.Transformer}, at PyTorch's defaults. */
    public static final class Options extends TransformerLayerOptions<Options> {
        int dModel = 512;
        int nhead = 8;
        int numEncoderLayers = 6;
        int numDecoderLayers = 6;
        Module customEncoder;
        Module customDecoder;

        Options() {
        }

        /** PyTorch: {@code d_model=}. */
        public Options dModel(int dModel) {
            this.dModel = dModel;
            return this;
        }

        /** PyTorch: {@code nhead=}. */
        public Options nhead(int nhead) {
            this.nhead = nhead;
            return this;
        }

        /** PyTorch: {@code num_encoder_layers=}. */
        public Options numEncoderLayers(int numEncoderLayers) {
            this.numEncoderLayers = numEncoderLayers;
            return this;
        }

        /** PyTorch: {@code num_decoder_layers=}. */
        public Options numDecoderLayers(int numDecoderLayers) {
            this.numDecoderLayers = numDecoderLayers;
            return this;
        }

        /** PyTorch: {@code custom_encoder=}: a module called as {@code encoder(src, mask, src_key_padding_mask)}. */
        public Options customEncoder(TransformerEncoder customEncoder) {
            this.customEncoder = customEncoder;
            return this;
        }

        /** PyTorch: {@code custom_decoder=}. */
        public Options customDecoder(TransformerDecoder customDecoder) {
            this.customDecoder = customDecoder;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public static Options options() {
        return new Options();
    }

    /** The masks of {@code forward}: PyTorch's {@code src_mask=None, tgt_mask=None, memory_mask=None, ...}. */
    public static final class ForwardOptions {
        Tensor srcMask;
        Tensor tgtMask;
        Tensor memoryMask;
        Tensor srcKeyPaddingMask;
        Tensor tgtKeyPaddingMask;
        Tensor memoryKeyPaddingMask;

        ForwardOptions() {
        }

        /** PyTorch: {@code src_mask=}. */
        public ForwardOptions srcMask(Tensor srcMask) {
            this.srcMask = srcMask;
            return this;
        }

        /** PyTorch: {@code tgt_mask=}, e.g. {@link #generateSquareSubsequentMask}. */
        public ForwardOptions tgtMask(Tensor tgtMask) {
            this.tgtMask = tgtMask;
            return this;
        }

        /** PyTorch: {@code memory_mask=}. */
        public ForwardOptions memoryMask(Tensor memoryMask) {
            this.memoryMask = memoryMask;
            return this;
        }

        /** PyTorch: {@code src_key_padding_mask=}. */
        public ForwardOptions srcKeyPaddingMask(Tensor srcKeyPaddingMask) {
            this.srcKeyPaddingMask = srcKeyPaddingMask;
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

    /** PyTorch: {@code nn.Transformer()} (d_model 512, 8 heads, 6 + 6 layers). */
    public Transformer() {
        this(options());
    }

    /** PyTorch: {@code torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=<function relu at 0x7f6a21322ac0>, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False, device=None, dtype=None)}. */
    public Transformer(Options o) {
        if (o.customEncoder != null) {
            encoder = o.customEncoder;
        } else {
            TransformerEncoderLayer layer = new TransformerEncoderLayer(layerOptions(
                    TransformerEncoderLayer.options(o.dModel, o.nhead), o));
            LayerNorm norm = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
            encoder = new TransformerEncoder(layer, o.numEncoderLayers, norm);
        }
        if (o.customDecoder != null) {
            decoder = o.customDecoder;
        } else {
            TransformerDecoderLayer layer = new TransformerDecoderLayer(layerOptions(
                    TransformerDecoderLayer.options(o.dModel, o.nhead), o));
            LayerNorm norm = new LayerNorm(new int[] {o.dModel}, o.layerNormEps, true);
            decoder = new TransformerDecoder(layer, o.numDecoderLayers, norm);
        }
        for (Parameter p : parameters()) {
            if (p.dim() > 1) {
                Init.xavierUniform_(p);
            }
        }
        dModel = o.dModel;
        nhead = o.nhead;
        batchFirst = o.batchFirst;
    }

    private static <O extends TransformerLayerOptions<O>> O layerOptions(O layer, Options o) {
        layer.dimFeedforward(o.dimFeedforward).dropout(o.dropout).activation(o.activation).layerNormEps(o.layerNormEps)
                .batchFirst(o.batchFirst).normFirst(o.normFirst);
        return layer;
    }

    /** PyTorch: {@code transformer(src, tgt)}. */
    public Tensor forward(Tensor src, Tensor tgt) {
        return forward(src, tgt, forwardOptions());
    }

    /** PyTorch: {@code transformer(src, tgt, src_mask=None, tgt_mask=None, memory_mask=None, ...)}. */
    public Tensor forward(Tensor src, Tensor tgt, ForwardOptions o) {
        boolean batched = src.dim() == 3;
        if (batched && src.size(batchFirst ? 0 : 1) != tgt.size(batchFirst ? 0 : 1)) {
            throw new IllegalArgumentException("the batch number of src and tgt must be equal");
        }
        if (src.size(-1) != dModel || tgt.size(-1) != dModel) {
            throw new IllegalArgumentException("the feature number of src and tgt must be equal to d_model");
        }
        Tensor memory = ((TransformerEncoder) encoder).forward(src, TransformerEncoderLayer.forwardOptions()
                .srcMask(o.srcMask).srcKeyPaddingMask(o.srcKeyPaddingMask));
        return ((TransformerDecoder) decoder).forward(tgt, memory, TransformerDecoderLayer.forwardOptions()
                .tgtMask(o.tgtMask).memoryMask(o.memoryMask).tgtKeyPaddingMask(o.tgtKeyPaddingMask)
                .memoryKeyPaddingMask(o.memoryKeyPaddingMask));
    }

    /** {@code call(src, tgt)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes src and tgt, got " + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs[1]);
    }

    /**
     * The causal mask: -inf above the diagonal, 0 elsewhere (float32). PyTorch:
     * {@code nn.Transformer.generate_square_subsequent_mask(sz)}.
     */
    public static Tensor generateSquareSubsequentMask(int sz) {
        return Torch.triu(Torch.full(new int[] {sz, sz}, Double.NEGATIVE_INFINITY), 1);
    }
}

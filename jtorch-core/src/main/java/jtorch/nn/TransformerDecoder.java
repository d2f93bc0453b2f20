package jtorch.nn;

import jtorch.Tensor;

/**
 * A stack of {@code numLayers} copies of a decoder layer, then an optional norm. PyTorch 1.13:
 * {@code nn.TransformerDecoder(decoder_layer, num_layers, norm=None)}: the layers are deep copies of
 * {@code decoderLayer} (children {@code layers.0}, ...; equal initial values, no random draws).
 */
public class TransformerDecoder extends Module {
    /** PyTorch's {@code TransformerDecoder.layers} attribute. */
    public final ModuleList layers;
    /** PyTorch's {@code TransformerDecoder.num_layers} attribute. */
    public final int numLayers;
    /** Null when built without a norm. */
    public final Module norm;

    /** PyTorch: {@code torch.nn.TransformerDecoder(decoder_layer, num_layers, norm=None)}. */
    public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers) {
        this(decoderLayer, numLayers, null);
    }

    /** {@code norm} may be null (PyTorch's {@code norm=None}). */
    public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers, Module norm) {
        ModuleList clones = new ModuleList();
        for (int i = 0; i < numLayers; i++) {
            clones.append(decoderLayer.deepCopy());
        }
        this.layers = clones;
        this.numLayers = numLayers;
        this.norm = norm;
    }

    /** PyTorch: {@code decoder(tgt, memory)}. */
    public Tensor forward(Tensor tgt, Tensor memory) {
        return forward(tgt, memory, TransformerDecoderLayer.forwardOptions());
    }

    /** PyTorch: {@code decoder(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None, ...)}. */
    public Tensor forward(Tensor tgt, Tensor memory, TransformerDecoderLayer.ForwardOptions o) {
        Tensor out = tgt;
        for (Module layer : layers) {
            out = ((TransformerDecoderLayer) layer).forward(out, memory, o);
        }
        return norm == null ? out : norm.call(out);
    }

    /** {@code call(tgt, memory)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes tgt and memory, got " + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs[1]);
    }
}

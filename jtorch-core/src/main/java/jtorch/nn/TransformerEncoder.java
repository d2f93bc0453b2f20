package jtorch.nn;

import jtorch.Tensor;

/**
 * A stack of {@code numLayers} copies of an encoder layer, then an optional norm. PyTorch 1.13:
 * {@code nn.TransformerEncoder(encoder_layer, num_layers, norm=None)}: the layers are deep copies of
 * {@code encoderLayer} (children {@code layers.0}, {@code layers.1}, ...; equal initial values, no random
 * draws). PyTorch's nested-tensor fast path (eval mode without gradients) computes the same function and is not
 * separate here.
 */
public class TransformerEncoder extends Module {
    /** PyTorch's {@code TransformerEncoder.layers} attribute. */
    public final ModuleList layers;
    /** PyTorch's {@code TransformerEncoder.num_layers} attribute. */
    public final int numLayers;
    /** Null when built without a norm. */
    public final Module norm;

    /** PyTorch: {@code torch.nn.TransformerEncoder(encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True)}. */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers) {
        this(encoderLayer, numLayers, null);
    }

    /** {@code norm} may be null (PyTorch's {@code norm=None}). */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers, Module norm) {
        ModuleList clones = new ModuleList();
        for (int i = 0; i < numLayers; i++) {
            clones.append(encoderLayer.deepCopy());
        }
        this.layers = clones;
        this.numLayers = numLayers;
        this.norm = norm;
    }

    /** PyTorch: {@code encoder(src)}. */
    @Override
    public Tensor forward(Tensor src) {
        return forward(src, TransformerEncoderLayer.forwardOptions());
    }

    /** PyTorch: {@code encoder(src, mask)}. */
    public Tensor forward(Tensor src, Tensor mask) {
        return forward(src, TransformerEncoderLayer.forwardOptions().srcMask(mask));
    }

    /** PyTorch: {@code encoder(src, mask=None, src_key_padding_mask=None)} ({@code srcMask} is {@code mask}). */
    public Tensor forward(Tensor src, TransformerEncoderLayer.ForwardOptions o) {
        TransformerEncoderLayer.checkKeyPaddingMask(o.srcKeyPaddingMask);
        Tensor out = src;
        for (Module layer : layers) {
            out = ((TransformerEncoderLayer) layer).forward(out, o);
        }
        return norm == null ? out : norm.call(out);
    }
}

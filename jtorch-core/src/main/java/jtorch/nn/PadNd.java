package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * What the padding layers share: a padding of (before, after) pairs from the last dim, applied with
 * {@link F#pad}. PyTorch: {@code nn.modules.padding._ConstantPadNd}, {@code _ReflectionPadNd},
 * {@code _ReplicationPadNd}. One int pads every side of the layer's dims; an array is used as given, as PyTorch
 * passes a tuple through.
 */
public abstract class PadNd extends Module {
    /** (before, after) pairs from the last dim. */
    public final int[] padding;
    private final String mode;

    /** For subclasses, which fix the dimensionality and defaults. */
    protected PadNd(String mode, int dims, int[] padding) {
        this.mode = mode;
        if (padding.length == 1) {
            this.padding = new int[2 * dims];
            java.util.Arrays.fill(this.padding, padding[0]);
        } else {
            this.padding = padding.clone();
        }
    }

    /** The fill value of constant padding (0 for the other modes, which take none). */
    protected double value() {
        return 0;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pad(input, padding, mode, value());
    }

    @Override
    public String extraRepr() {
        return Repr.tuple(padding);
    }
}

package jtorch.nn;

/** Pads the last 1 dim(s) with {@code value}. PyTorch: {@code nn.ConstantPad1d(padding, value)}. */
public class ConstantPad1d extends ConstantPadNd {
    /** The same padding on every side. */
    public ConstantPad1d(int padding, Number value) {
        super(1, new int[] {padding}, value);
    }

    /** (before, after) pairs from the last dim. */
    public ConstantPad1d(int[] padding, Number value) {
        super(1, padding, value);
    }
}

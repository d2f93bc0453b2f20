package jtorch.nn;

/** Pads the last 3 dim(s) with {@code value}. PyTorch: {@code nn.ConstantPad3d(padding, value)}. */
public class ConstantPad3d extends ConstantPadNd {
    /** The same padding on every side. */
    public ConstantPad3d(int padding, Number value) {
        super(3, new int[] {padding}, value);
    }

    /** (before, after) pairs from the last dim. */
    public ConstantPad3d(int[] padding, Number value) {
        super(3, padding, value);
    }
}

package jtorch.nn;

/** Pads the last 2 dim(s) with {@code value}. PyTorch: {@code nn.ConstantPad2d(padding, value)}. */
public class ConstantPad2d extends ConstantPadNd {
    /** The same padding on every side. */
    public ConstantPad2d(int padding, Number value) {
        super(2, new int[] {padding}, value);
    }

    /** (before, after) pairs from the last dim. */
    public ConstantPad2d(int[] padding, Number value) {
        super(2, padding, value);
    }
}

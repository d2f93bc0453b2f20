package jtorch.nn;

/** Pads the last 2 dims with zeros. PyTorch: {@code nn.ZeroPad2d(padding)}; its repr shows the padding only. */
public class ZeroPad2d extends ConstantPad2d {
    /** The same padding on every side. */
    public ZeroPad2d(int padding) {
        super(padding, 0.0);
    }

    /** (left, right, top, bottom). */
    public ZeroPad2d(int... padding) {
        super(padding, 0.0);
    }

    @Override
    public String extraRepr() {
        return Repr.tuple(padding);
    }
}

package jtorch.nn;

/** What the constant padding layers share: the fill value. PyTorch: {@code nn.modules.padding._ConstantPadNd}. */
public abstract class ConstantPadNd extends PadNd {
    /** The fill value, a Java number standing for the Python literal (its repr shows 1 or 1.0 as given). */
    public final Number value;

    /** For subclasses, which fix the dimensionality and defaults. */
    protected ConstantPadNd(int dims, int[] padding, Number value) {
        super("constant", dims, padding);
        this.value = value;
    }

    @Override
    protected double value() {
        return value.doubleValue();
    }

    @Override
    public String extraRepr() {
        return "padding=" + Repr.tuple(padding) + ", value=" + Repr.number(value);
    }
}

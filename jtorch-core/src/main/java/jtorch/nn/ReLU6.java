package jtorch.nn;

/** {@code min(max(0, x), 6)}. PyTorch: {@code nn.ReLU6(inplace=False)}, a {@code Hardtanh(0, 6)}. */
public class ReLU6 extends Hardtanh {
    /** PyTorch: {@code nn.ReLU6()}. */
    public ReLU6() {
        this(false);
    }

    /** PyTorch: {@code nn.ReLU6(inplace)}. */
    public ReLU6(boolean inplace) {
        super(0.0, 6.0, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}

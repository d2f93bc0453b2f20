package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Clamps to [minVal, maxVal]. PyTorch: {@code nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)}. */
public class Hardtanh extends Module {
    /** PyTorch's {@code Hardtanh.min_val} attribute. */
    public final Number minVal;
    /** PyTorch's {@code Hardtanh.max_val} attribute. */
    public final Number maxVal;
    /** PyTorch's {@code Hardtanh.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None)}. */
    public Hardtanh() {
        this(-1.0, 1.0, false);
    }

    /** PyTorch: {@code torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None)}. */
    public Hardtanh(Number minVal, Number maxVal) {
        this(minVal, maxVal, false);
    }

    /** PyTorch: {@code torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None)}. */
    public Hardtanh(Number minVal, Number maxVal, boolean inplace) {
        if (!(maxVal.doubleValue() > minVal.doubleValue())) {
            throw new IllegalArgumentException("max_val must be greater than min_val");
        }
        this.minVal = minVal;
        this.maxVal = maxVal;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.hardtanh(input, minVal.doubleValue(), maxVal.doubleValue(), inplace);
    }

    @Override
    public String extraRepr() {
        return "min_val=" + Repr.number(minVal) + ", max_val=" + Repr.number(maxVal) + (inplace ? ", inplace=True" : "");
    }
}

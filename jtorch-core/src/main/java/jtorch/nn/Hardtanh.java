package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Clamps to [minVal, maxVal]. PyTorch: {@code nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)}. */
public class Hardtanh extends Module {
    public final Number minVal;
    public final Number maxVal;
    public final boolean inplace;

    public Hardtanh() {
        this(-1.0, 1.0, false);
    }

    public Hardtanh(Number minVal, Number maxVal) {
        this(minVal, maxVal, false);
    }

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

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x <= threshold ? value : x}. PyTorch: {@code nn.Threshold(threshold, value, inplace=False)}. */
public class Threshold extends Module {
    public final Number threshold;
    public final Number value;
    public final boolean inplace;

    public Threshold(Number threshold, Number value) {
        this(threshold, value, false);
    }

    public Threshold(Number threshold, Number value, boolean inplace) {
        this.threshold = threshold;
        this.value = value;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.threshold(input, threshold.doubleValue(), value.doubleValue(), inplace);
    }

    @Override
    public String extraRepr() {
        return "threshold=" + Repr.number(threshold) + ", value=" + Repr.number(value)
                + (inplace ? ", inplace=True" : "");
    }
}

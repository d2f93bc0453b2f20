package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x <= threshold ? value : x}. PyTorch: {@code nn.Threshold(threshold, value, inplace=False)}. */
public class Threshold extends Module {
    /** PyTorch's {@code Threshold.threshold} attribute. */
    public final Number threshold;
    /** PyTorch's {@code Threshold.value} attribute. */
    public final Number value;
    /** PyTorch's {@code Threshold.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Threshold(threshold, value, inplace=False)}. */
    public Threshold(Number threshold, Number value) {
        this(threshold, value, false);
    }

    /** PyTorch: {@code torch.nn.Threshold(threshold, value, inplace=False)}. */
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

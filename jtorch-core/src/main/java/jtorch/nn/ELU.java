package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x > 0 ? x : alpha * (exp(x) - 1)}. PyTorch: {@code nn.ELU(alpha=1.0, inplace=False)}. */
public class ELU extends Module {
    public final Number alpha;
    public final boolean inplace;

    public ELU() {
        this(1.0, false);
    }

    public ELU(Number alpha) {
        this(alpha, false);
    }

    public ELU(Number alpha, boolean inplace) {
        this.alpha = alpha;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.elu(input, alpha.doubleValue(), inplace);
    }

    @Override
    public String extraRepr() {
        return "alpha=" + Repr.number(alpha) + (inplace ? ", inplace=True" : "");
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x > 0 ? x : alpha * (exp(x / alpha) - 1)}. PyTorch: {@code nn.CELU(alpha=1.0, inplace=False)}. */
public class CELU extends Module {
    /** PyTorch's {@code CELU.alpha} attribute. */
    public final Number alpha;
    /** PyTorch's {@code CELU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.CELU(alpha=1.0, inplace=False)}. */
    public CELU() {
        this(1.0, false);
    }

    /** PyTorch: {@code torch.nn.CELU(alpha=1.0, inplace=False)}. */
    public CELU(Number alpha) {
        this(alpha, false);
    }

    /** PyTorch: {@code torch.nn.CELU(alpha=1.0, inplace=False)}. */
    public CELU(Number alpha, boolean inplace) {
        this.alpha = alpha;
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.celu(input, alpha.doubleValue(), inplace);
    }

    @Override
    public String extraRepr() {
        return "alpha=" + Repr.number(alpha) + (inplace ? ", inplace=True" : "");
    }
}

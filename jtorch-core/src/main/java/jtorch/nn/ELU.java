package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** {@code x > 0 ? x : alpha * (exp(x) - 1)}. PyTorch: {@code nn.ELU(alpha=1.0, inplace=False)}. */
public class ELU extends Module {
    /** PyTorch's {@code ELU.alpha} attribute. */
    public final Number alpha;
    /** PyTorch's {@code ELU.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.ELU(alpha=1.0, inplace=False)}. */
    public ELU() {
        this(1.0, false);
    }

    /** PyTorch: {@code torch.nn.ELU(alpha=1.0, inplace=False)}. */
    public ELU(Number alpha) {
        this(alpha, false);
    }

    /** PyTorch: {@code torch.nn.ELU(alpha=1.0, inplace=False)}. */
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

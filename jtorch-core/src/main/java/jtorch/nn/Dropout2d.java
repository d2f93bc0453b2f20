package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Zeroes whole channels (dim 1) with probability p during training, scaling the rest by 1/(1-p).
 * PyTorch: {@code nn.Dropout2d(p=0.5, inplace=False)}; like PyTorch 1.13 it drops channels of any
 * input with at least 2 dims (a 3-D input is taken as (N, C, L)).
 */
public class Dropout2d extends Module {
    /** PyTorch's {@code Dropout2d.p} attribute. */
    public final Number p;
    /** PyTorch's {@code Dropout2d.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Dropout2d(p=0.5, inplace=False)}. */
    public Dropout2d() {
        this(0.5, false);
    }

    /** PyTorch: {@code torch.nn.Dropout2d(p=0.5, inplace=False)}. */
    public Dropout2d(Number p) {
        this(p, false);
    }

    /** PyTorch: {@code torch.nn.Dropout2d(p=0.5, inplace=False)}. */
    public Dropout2d(Number p, boolean inplace) {
        this.p = Dropout.checkP(p);
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.dropout2d(input, p.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=" + Repr.bool(inplace);
    }
}

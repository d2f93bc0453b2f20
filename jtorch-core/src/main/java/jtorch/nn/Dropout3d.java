package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training, scaling the rest by 1/(1-p), for inputs with
 * 3 spatial dim(s) and an optional batch dim. PyTorch: {@code nn.Dropout3d(p=0.5, inplace=False)}.
 */
public class Dropout3d extends Module {
    /** PyTorch's {@code Dropout3d.p} attribute. */
    public final Number p;
    /** PyTorch's {@code Dropout3d.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Dropout3d(p=0.5, inplace=False)}. */
    public Dropout3d() {
        this(0.5, false);
    }

    /** PyTorch: {@code torch.nn.Dropout3d(p=0.5, inplace=False)}. */
    public Dropout3d(Number p) {
        this(p, false);
    }

    /** PyTorch: {@code torch.nn.Dropout3d(p=0.5, inplace=False)}. */
    public Dropout3d(Number p, boolean inplace) {
        this.p = Dropout.checkP(p);
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.dropout3d(input, p.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=" + Repr.bool(inplace);
    }
}

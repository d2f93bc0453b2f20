package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training, scaling the rest by 1/(1-p), for inputs with
 * 3 spatial dim(s) and an optional batch dim. PyTorch: {@code nn.Dropout3d(p=0.5, inplace=False)}.
 */
public class Dropout3d extends Module {
    public final Number p;
    public final boolean inplace;

    public Dropout3d() {
        this(0.5, false);
    }

    public Dropout3d(Number p) {
        this(p, false);
    }

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

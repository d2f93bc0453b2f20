package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Alpha dropout for SELU networks: during training, drops elements with probability p and applies the affine
 * map that keeps the input's zero mean and unit variance. PyTorch: {@code nn.AlphaDropout(p=0.5, inplace=False)}.
 */
public class AlphaDropout extends Module {
    /** PyTorch's {@code AlphaDropout.p} attribute. */
    public final Number p;
    /** PyTorch's {@code AlphaDropout.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code nn.AlphaDropout()} (p = 0.5). */
    public AlphaDropout() {
        this(0.5, false);
    }

    /** PyTorch: {@code nn.AlphaDropout(p)}. */
    public AlphaDropout(Number p) {
        this(p, false);
    }

    /** PyTorch: {@code nn.AlphaDropout(p, inplace)}. */
    public AlphaDropout(Number p, boolean inplace) {
        this.p = Dropout.checkP(p);
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.alphaDropout(input, p.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=" + Repr.bool(inplace);
    }
}

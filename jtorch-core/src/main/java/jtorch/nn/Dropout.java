package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Zeroes each element with probability p during training and scales the rest by 1/(1-p); the identity
 * in eval mode. PyTorch: {@code nn.Dropout(p=0.5, inplace=False)}; the mask comes from the default
 * generator exactly as PyTorch draws it.
 */
public class Dropout extends Module {
    /** The drop probability as given (a Java int prints like a Python int in the repr). */
    public final Number p;
    /** PyTorch's {@code Dropout.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code torch.nn.Dropout(p=0.5, inplace=False)}. */
    public Dropout() {
        this(0.5, false);
    }

    /** PyTorch: {@code torch.nn.Dropout(p=0.5, inplace=False)}. */
    public Dropout(Number p) {
        this(p, false);
    }

    /** PyTorch: {@code torch.nn.Dropout(p=0.5, inplace=False)}. */
    public Dropout(Number p, boolean inplace) {
        this.p = checkP(p);
        this.inplace = inplace;
    }

    static Number checkP(Number p) {
        double v = p.doubleValue();
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got "
                    + Repr.number(p));
        }
        return p;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.dropout(input, p.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=" + Repr.bool(inplace);
    }
}

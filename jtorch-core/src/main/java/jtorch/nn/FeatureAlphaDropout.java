package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Alpha dropout of whole channels (dim 1): one draw per (sample, channel), with alpha dropout's affine map.
 * PyTorch: {@code nn.FeatureAlphaDropout(p=0.5, inplace=False)}.
 */
public class FeatureAlphaDropout extends Module {
    /** PyTorch's {@code FeatureAlphaDropout.p} attribute. */
    public final Number p;
    /** PyTorch's {@code FeatureAlphaDropout.inplace} attribute. */
    public final boolean inplace;

    /** PyTorch: {@code nn.FeatureAlphaDropout()} (p = 0.5). */
    public FeatureAlphaDropout() {
        this(0.5, false);
    }

    /** PyTorch: {@code nn.FeatureAlphaDropout(p)}. */
    public FeatureAlphaDropout(Number p) {
        this(p, false);
    }

    /** PyTorch: {@code nn.FeatureAlphaDropout(p, inplace)}. */
    public FeatureAlphaDropout(Number p, boolean inplace) {
        this.p = Dropout.checkP(p);
        this.inplace = inplace;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.featureAlphaDropout(input, p.doubleValue(), isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + Repr.number(p) + ", inplace=" + Repr.bool(inplace);
    }
}

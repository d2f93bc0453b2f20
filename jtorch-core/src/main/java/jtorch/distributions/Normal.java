package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/** The normal distribution N(loc, scale²). PyTorch: {@code torch.distributions.Normal(loc, scale)}. */
public class Normal extends Distribution {
    private final Tensor loc;
    private final Tensor scale;

    /** PyTorch: {@code Normal(loc, scale)}; the parameters broadcast to the batch shape. */
    public Normal(Tensor loc, Tensor scale) {
        this(loc, scale, null);
    }

    /** PyTorch: {@code Normal(loc, scale, validate_args)}. */
    public Normal(Tensor loc, Tensor scale, Boolean validateArgs) {
        this(broadcastAll(loc, scale), validateArgs);
    }

    /** PyTorch: {@code Normal(0.0, 1.0)} with Python numbers (scalar parameters of the default dtype). */
    public Normal(double loc, double scale) {
        this(scalar(loc), scalar(scale), null);
    }

    private Normal(Tensor[] params, Boolean validateArgs) {
        super(params[0].sizes(), new int[0], validateArgs);
        this.loc = params[0];
        this.scale = params[1];
        checkParameters();
    }

    /** PyTorch: {@code Normal.loc}. */
    public Tensor loc() {
        return loc;
    }

    /** PyTorch: {@code Normal.scale}. */
    public Tensor scale() {
        return scale;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        Map<String, Constraint> m = new LinkedHashMap<>();
        m.put("loc", Constraint.REAL);
        m.put("scale", Constraint.POSITIVE);
        return m;
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("loc", loc);
        m.put("scale", scale);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.REAL;
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /** {@code torch.normal(loc.expand(shape), scale.expand(shape))} without gradient, as PyTorch draws it. */
    @Override
    public Tensor sample(int... sampleShape) {
        int[] shape = extendedShape(sampleShape);
        try (var g = jtorch.autograd.GradMode.disable()) {
            return Torch.normal(loc.expand(shape), scale.expand(shape));
        }
    }

    /** {@code loc + eps * scale} with standard normal eps. */
    @Override
    public Tensor rsample(int... sampleShape) {
        Tensor eps = Torch.empty(Torch.options().dtype(loc.dtype()), extendedShape(sampleShape)).normal_();
        return loc.add(eps.mul(scale));
    }

    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor var = scale.pow(2L);
        return value.sub(loc).pow(2L).neg().div(var.mul(2L)).sub(scale.log()).sub(Math.log(Math.sqrt(2 * Math.PI)));
    }

    /** {@code (1 + erf((value - loc) / (scale sqrt 2))) / 2}. */
    @Override
    public Tensor cdf(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return value.sub(loc).mul(scale.reciprocal()).div(Math.sqrt(2)).erf().add(1L).mul(0.5);
    }

    /** {@code loc + scale erfinv(2 p - 1) sqrt 2}. */
    @Override
    public Tensor icdf(Tensor value) {
        return loc.add(scale.mul(value.mul(2L).sub(1L).erfinv()).mul(Math.sqrt(2)));
    }

    /** {@code 0.5 + 0.5 log(2 pi) + log(scale)}. */
    @Override
    public Tensor entropy() {
        return scale.log().add(0.5 + 0.5 * Math.log(2 * Math.PI));
    }

    @Override
    public Tensor mean() {
        return loc;
    }

    @Override
    public Tensor stddev() {
        return scale;
    }

    @Override
    public Tensor variance() {
        return scale.pow(2L);
    }
}

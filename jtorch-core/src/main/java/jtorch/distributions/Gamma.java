package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;

/**
 * The gamma distribution with shape {@code concentration} and inverse scale {@code rate}. PyTorch: {@code
 * torch.distributions.Gamma(concentration, rate)}.
 */
public class Gamma extends Distribution {
    private final Tensor concentration;
    private final Tensor rate;

    /** PyTorch: {@code Gamma(concentration, rate)}; the parameters broadcast to the batch shape. */
    public Gamma(Tensor concentration, Tensor rate) {
        this(broadcastAll(concentration, rate), null);
    }

    /** PyTorch: {@code Gamma(concentration, rate, validate_args)}. */
    public Gamma(Tensor concentration, Tensor rate, boolean validateArgs) {
        this(broadcastAll(concentration, rate), validateArgs);
    }

    /** PyTorch: {@code Gamma(concentration, rate)} with Python numbers. */
    public Gamma(double concentration, double rate) {
        this(new Tensor[] {scalar(concentration), scalar(rate)}, null);
    }

    // validateArgs null: the global default
    private Gamma(Tensor[] params, Boolean validateArgs) {
        super(params[0].sizes(), new int[0], validateArgs);
        this.concentration = params[0];
        this.rate = params[1];
        checkParameters();
    }

    /** PyTorch: {@code Gamma.concentration}. */
    public Tensor concentration() {
        return concentration;
    }

    /** PyTorch: {@code Gamma.rate}. */
    public Tensor rate() {
        return rate;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        Map<String, Constraint> m = new LinkedHashMap<>();
        m.put("concentration", Constraint.POSITIVE);
        m.put("rate", Constraint.POSITIVE);
        return m;
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("concentration", concentration);
        m.put("rate", rate);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.NONNEGATIVE;
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /**
     * {@code _standard_gamma(concentration) / rate}, raised in place to the dtype's smallest normal number outside
     * the graph (PyTorch's {@code value.detach().clamp_(min=tiny)}); differentiable through {@code _standard_gamma}.
     */
    @Override
    public Tensor rsample(int... sampleShape) {
        int[] shape = extendedShape(sampleShape);
        Tensor value = Torch.standardGamma(concentration.expand(shape)).div(rate.expand(shape));
        try (GradMode.Guard g = GradMode.disable()) {
            value.detach().clampMin_(Probs.tiny(value.dtype()));
        }
        return value;
    }

    @Override
    public Tensor logProb(Tensor value) {
        value = value.to(rate.dtype());
        if (validateArgs()) {
            validateSample(value);
        }
        return Torch.xlogy(concentration, rate).add(Torch.xlogy(concentration.sub(1L), value))
                .sub(rate.mul(value)).sub(concentration.lgamma());
    }

    /** {@code c - log(rate) + lgamma(c) + (1 - c) digamma(c)}. */
    @Override
    public Tensor entropy() {
        return concentration.sub(rate.log()).add(concentration.lgamma())
                .add(concentration.neg().add(1.0).mul(concentration.digamma()));
    }

    @Override
    public Tensor mean() {
        return concentration.div(rate);
    }

    @Override
    public Tensor variance() {
        return concentration.div(rate.pow(2L));
    }
}

package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;

/** The Poisson distribution with the given rate. PyTorch: {@code torch.distributions.Poisson(rate)}. */
public class Poisson extends Distribution {
    private final Tensor rate;

    /** PyTorch: {@code Poisson(rate)}. */
    public Poisson(Tensor rate) {
        this(null, rate);
    }

    /** PyTorch: {@code Poisson(rate, validate_args)}. */
    public Poisson(Tensor rate, boolean validateArgs) {
        this((Boolean) validateArgs, rate);
    }

    /** PyTorch: {@code Poisson(rate)} with a Python number. */
    public Poisson(double rate) {
        this(null, scalar(rate));
    }

    // validateArgs null: the global default
    private Poisson(Boolean validateArgs, Tensor rate) {
        super(rate.sizes(), new int[0], validateArgs);
        this.rate = rate;
        checkParameters();
    }

    /** PyTorch: {@code Poisson.rate}. */
    public Tensor rate() {
        return rate;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        return Map.of("rate", Constraint.NONNEGATIVE);
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("rate", rate);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.NONNEGATIVE_INTEGER;
    }

    /** {@code torch.poisson(rate.expand(shape))} without gradient. */
    @Override
    public Tensor sample(int... sampleShape) {
        try (GradMode.Guard g = GradMode.disable()) {
            return Torch.poisson(rate.expand(extendedShape(sampleShape)));
        }
    }

    /** {@code value xlogy rate - rate - lgamma(value + 1)}. */
    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor[] rv = broadcastAll(rate, value);
        return rv[1].xlogy(rv[0]).sub(rv[0]).sub(rv[1].add(1L).lgamma());
    }

    /**
     * PyTorch has no closed form.
     *
     * @throws UnsupportedOperationException always, as PyTorch's NotImplementedError
     */
    @Override
    public Tensor entropy() {
        throw new UnsupportedOperationException("Poisson has no entropy");
    }

    @Override
    public Tensor mean() {
        return rate;
    }

    @Override
    public Tensor variance() {
        return rate;
    }
}

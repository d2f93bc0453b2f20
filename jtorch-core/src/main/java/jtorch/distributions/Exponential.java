package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;

/** The exponential distribution with the given rate. PyTorch: {@code torch.distributions.Exponential(rate)}. */
public class Exponential extends Distribution {
    private final Tensor rate;

    /** PyTorch: {@code Exponential(rate)}. */
    public Exponential(Tensor rate) {
        this(rate, null);
    }

    /** PyTorch: {@code Exponential(rate, validate_args)}. */
    public Exponential(Tensor rate, Boolean validateArgs) {
        super(rate.sizes(), new int[0], validateArgs);
        this.rate = rate;
        checkParameters();
    }

    /** PyTorch: {@code Exponential(rate)} with a Python number. */
    public Exponential(double rate) {
        this(scalar(rate), null);
    }

    /** PyTorch: {@code Exponential.rate}. */
    public Tensor rate() {
        return rate;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        return Map.of("rate", Constraint.POSITIVE);
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
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

    /** {@code rate.new(shape).exponential_() / rate}. */
    @Override
    public Tensor rsample(int... sampleShape) {
        return rate.newEmpty(extendedShape(sampleShape)).exponential_().div(rate);
    }

    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return rate.log().sub(rate.mul(value));
    }

    /** {@code 1 - exp(-rate value)}. */
    @Override
    public Tensor cdf(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return rate.neg().mul(value).exp().neg().add(1L);
    }

    /** {@code -log(1 - p) / rate}. */
    @Override
    public Tensor icdf(Tensor value) {
        return value.neg().add(1L).log().neg().div(rate);
    }

    /** {@code 1 - log(rate)}. */
    @Override
    public Tensor entropy() {
        return rate.log().neg().add(1.0);
    }

    @Override
    public Tensor mean() {
        return rate.reciprocal();
    }

    @Override
    public Tensor stddev() {
        return rate.reciprocal();
    }

    @Override
    public Tensor variance() {
        return rate.pow(-2L);
    }
}

package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/** The uniform distribution on [low, high). PyTorch: {@code torch.distributions.Uniform(low, high)}. */
public class Uniform extends Distribution {
    private final Tensor low;
    private final Tensor high;

    /** PyTorch: {@code Uniform(low, high)}. */
    public Uniform(Tensor low, Tensor high) {
        this(low, high, null);
    }

    /** PyTorch: {@code Uniform(low, high, validate_args)}. */
    public Uniform(Tensor low, Tensor high, Boolean validateArgs) {
        this(broadcastAll(low, high), validateArgs);
    }

    /** PyTorch: {@code Uniform(low, high)} with Python numbers. */
    public Uniform(double low, double high) {
        this(scalar(low), scalar(high), null);
    }

    private Uniform(Tensor[] params, Boolean validateArgs) {
        super(params[0].sizes(), new int[0], validateArgs);
        this.low = params[0];
        this.high = params[1];
        if (validateArgs() && !low.lt(high).all().itemBool()) {
            throw new IllegalArgumentException("Uniform is not defined when low>= high");
        }
    }

    /** PyTorch: {@code Uniform.low}. */
    public Tensor low() {
        return low;
    }

    /** PyTorch: {@code Uniform.high}. */
    public Tensor high() {
        return high;
    }

    // PyTorch declares low and high as dependent constraints: nothing to check but low < high
    @Override
    protected Map<String, Constraint> argConstraints() {
        return Map.of();
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("low", low);
        m.put("high", high);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.interval(low, high, bound(low), bound(high));
    }

    private static String bound(Tensor t) {
        return t.dim() == 0 ? Double.toString(t.item()) : t.toString();
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /** {@code low + rand(shape) * (high - low)}. */
    @Override
    public Tensor rsample(int... sampleShape) {
        Tensor rand = Torch.rand(Torch.options().dtype(low.dtype()), extendedShape(sampleShape));
        return low.add(rand.mul(high.sub(low)));
    }

    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor lb = low.le(value).typeAs(low);
        Tensor ub = high.gt(value).typeAs(low);
        return lb.mul(ub).log().sub(high.sub(low).log());
    }

    /** {@code (value - low) / (high - low)} clamped to [0, 1]. */
    @Override
    public Tensor cdf(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return value.sub(low).div(high.sub(low)).clamp(0L, 1L);
    }

    /** {@code value (high - low) + low}. */
    @Override
    public Tensor icdf(Tensor value) {
        return value.mul(high.sub(low)).add(low);
    }

    /** {@code log(high - low)}. */
    @Override
    public Tensor entropy() {
        return high.sub(low).log();
    }

    @Override
    public Tensor mean() {
        return high.add(low).div(2L);
    }

    @Override
    public Tensor stddev() {
        return high.sub(low).div(Math.sqrt(12));
    }

    @Override
    public Tensor variance() {
        return high.sub(low).pow(2L).div(12L);
    }
}

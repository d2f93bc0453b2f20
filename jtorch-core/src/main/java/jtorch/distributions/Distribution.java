package jtorch.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;

/**
 * A batch of probability distributions with common batch and event shapes (PyTorch's {@code
 * torch.distributions.Distribution}). Parameters are validated on construction and values on {@code logProb} unless
 * validation is off ({@code validate_args}), PyTorch's default being on.
 */
public abstract class Distribution {
    private static volatile boolean defaultValidateArgs = true;

    private final int[] batchShape;
    private final int[] eventShape;
    private final boolean validateArgs;

    /**
     * Sets whether new distributions validate by default. PyTorch: {@code
     * Distribution.set_default_validate_args(value)}.
     */
    public static void setDefaultValidateArgs(boolean value) {
        defaultValidateArgs = value;
    }

    /** @param validateArgs null for the default ({@link #setDefaultValidateArgs}) */
    protected Distribution(int[] batchShape, int[] eventShape, Boolean validateArgs) {
        this.batchShape = batchShape.clone();
        this.eventShape = eventShape.clone();
        this.validateArgs = validateArgs != null ? validateArgs : defaultValidateArgs;
    }

    /** Validates the parameters (when validating); subclasses call it once their parameters are set. */
    protected final void checkParameters() {
        if (validateArgs) {
            for (Map.Entry<String, Constraint> e : argConstraints().entrySet()) {
                Tensor value = parameters().get(e.getKey());
                if (value != null && !e.getValue().check().apply(value).all().itemBool()) {
                    throw new IllegalArgumentException("Expected parameter " + e.getKey() + " (Tensor of shape "
                            + pyTuple(value.sizes()) + ") of distribution " + this + " to satisfy the constraint "
                            + e.getValue().repr() + ", but found invalid values:\n" + valueRepr(value));
                }
            }
        }
    }

    /** The parameters' constraints in PyTorch's order ({@code arg_constraints}); checked ones only. */
    protected abstract Map<String, Constraint> argConstraints();

    /** The parameters by name, in the order of PyTorch's repr (only the given ones of probs/logits pairs). */
    protected abstract Map<String, Tensor> parameters();

    /** The values this distribution gives positive density to. PyTorch: {@code Distribution.support}. */
    public abstract Constraint support();

    /** PyTorch: {@code Distribution.batch_shape}. */
    public int[] batchShape() {
        return batchShape.clone();
    }

    /** PyTorch: {@code Distribution.event_shape}. */
    public int[] eventShape() {
        return eventShape.clone();
    }

    /** Whether this distribution validates parameters and values. */
    public boolean validateArgs() {
        return validateArgs;
    }

    /** Whether {@link #rsample} is reparameterised (differentiable). PyTorch: {@code has_rsample}. */
    public boolean hasRsample() {
        return false;
    }

    /** sampleShape + batch shape + event shape. PyTorch: {@code Distribution._extended_shape}. */
    protected int[] extendedShape(int... sampleShape) {
        int[] out = new int[sampleShape.length + batchShape.length + eventShape.length];
        System.arraycopy(sampleShape, 0, out, 0, sampleShape.length);
        System.arraycopy(batchShape, 0, out, sampleShape.length, batchShape.length);
        System.arraycopy(eventShape, 0, out, sampleShape.length + batchShape.length, eventShape.length);
        return out;
    }

    /** Samples of shape sampleShape + batch + event, without gradient. PyTorch: {@code sample(sample_shape)}. */
    public Tensor sample(int... sampleShape) {
        try (GradMode.Guard g = GradMode.disable()) {
            return rsample(sampleShape);
        }
    }

    /**
     * Reparameterised samples (gradients flow to the parameters). PyTorch: {@code rsample(sample_shape)}.
     *
     * @throws UnsupportedOperationException for distributions without one (discrete ones)
     */
    public Tensor rsample(int... sampleShape) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no rsample");
    }

    /** The log density (or mass) of value. PyTorch: {@code log_prob(value)}. */
    public abstract Tensor logProb(Tensor value);

    /**
     * The cumulative distribution function at value. PyTorch: {@code cdf(value)}.
     *
     * @throws UnsupportedOperationException where PyTorch has none (the discrete distributions here)
     */
    public Tensor cdf(Tensor value) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no cdf");
    }

    /**
     * The inverse cumulative distribution function at probabilities. PyTorch: {@code icdf(value)}.
     *
     * @throws UnsupportedOperationException where PyTorch has none
     */
    public Tensor icdf(Tensor value) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no icdf");
    }

    /** PyTorch: {@code entropy()}. */
    public abstract Tensor entropy();

    /** PyTorch: {@code mean}. */
    public abstract Tensor mean();

    /** PyTorch: {@code variance}. */
    public abstract Tensor variance();

    /** The square root of the variance. PyTorch: {@code stddev}. */
    public Tensor stddev() {
        return variance().sqrt();
    }

    /** Checks a value's shape against batch + event shapes and its values against the support. */
    protected void validateSample(Tensor value) {
        int[] vs = value.sizes();
        int start = vs.length - eventShape.length;
        if (start < 0 || !Arrays.equals(Arrays.copyOfRange(vs, start, vs.length), eventShape)) {
            throw new IllegalArgumentException("The right-most size of value must match event_shape: "
                    + pySize(vs) + " vs " + pySize(eventShape) + ".");
        }
        int[] expected = extendedShape();
        for (int i = vs.length - 1, j = expected.length - 1; i >= 0 && j >= 0; i--, j--) {
            if (vs[i] != 1 && expected[j] != 1 && vs[i] != expected[j]) {
                throw new IllegalArgumentException("Value is not broadcastable with batch_shape+event_shape: "
                        + pySize(vs) + " vs " + pySize(expected) + ".");
            }
        }
        if (!support().check().apply(value).all().itemBool()) {
            throw new IllegalArgumentException("Expected value argument (Tensor of shape " + pyTuple(vs)
                    + ") to be within the support (" + support().repr() + ") of the distribution " + this
                    + ", but found invalid values:\n" + valueRepr(value));
        }
    }

    /** Parameters broadcast to one shape (PyTorch's {@code broadcast_all} for tensors). */
    protected static Tensor[] broadcastAll(Tensor... ts) {
        int[] shape = new int[0];
        for (Tensor t : ts) {
            shape = broadcastShape(shape, t.sizes());
        }
        Tensor[] out = new Tensor[ts.length];
        for (int i = 0; i < ts.length; i++) {
            out[i] = ts[i].expand(shape);
        }
        return out;
    }

    private static int[] broadcastShape(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1;
            int db = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("The size of tensor a (" + da + ") must match the size of tensor b ("
                        + db + ") at non-singleton dimension " + i);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** A Python number as PyTorch turns it into a parameter: a 0-d tensor of the default dtype. */
    protected static Tensor scalar(double v) {
        return Torch.tensor(v);
    }

    // a 0-d tensor formats as its Python number in PyTorch's messages (Tensor.__format__)
    private static String valueRepr(Tensor v) {
        return v.dim() == 0 ? Double.toString(v.item()) : v.toString();
    }

    private static String pyTuple(int[] shape) {
        String inner = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }

    private static String pySize(int[] shape) {
        return "torch.Size(" + Arrays.toString(shape) + ")";
    }

    /** PyTorch's repr: each parameter's value when it has one element, else its size. */
    @Override
    public String toString() {
        Map<String, Tensor> params = new LinkedHashMap<>(parameters());
        return getClass().getSimpleName() + "(" + params.entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue().numel() == 1 ? valueRepr(e.getValue())
                        : pySize(e.getValue().sizes())))
                .collect(Collectors.joining(", ")) + ")";
    }
}

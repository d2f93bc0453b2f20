package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * 1 with probability {@code probs} (or {@code sigmoid(logits)}), else 0. PyTorch: {@code
 * torch.distributions.Bernoulli(probs=None, logits=None)}.
 */
public class Bernoulli extends Distribution {
    private final Tensor probs;
    private final Tensor logits;
    private final boolean givenProbs;

    /** PyTorch: {@code Bernoulli(probs)}. */
    public Bernoulli(Tensor probs) {
        this(probs, null, null);
    }

    /** PyTorch: {@code Bernoulli(probs)} with a Python number (batch shape ()). */
    public Bernoulli(double probs) {
        this(scalar(probs), null, null);
    }

    /** Keyword arguments: exactly one of {@code probs} and {@code logits}, and {@code validate_args} (null: default). */
    public static Options options() {
        return new Options(null, null, null);
    }

    /** {@code probs=}, {@code logits=}, {@code validate_args=}. */
    public record Options(Tensor probs, Tensor logits, Boolean validateArgs) {
        /** Success probabilities. */
        public Options probs(Tensor v) {
            return new Options(v, logits, validateArgs);
        }

        /** Log odds of success. */
        public Options logits(Tensor v) {
            return new Options(probs, v, validateArgs);
        }

        /** Whether to validate parameters and values. */
        public Options validateArgs(boolean v) {
            return new Options(probs, logits, v);
        }
    }

    /** PyTorch: {@code Bernoulli(probs=..., logits=..., validate_args=...)}. */
    public Bernoulli(Options o) {
        this(o.probs(), o.logits(), o.validateArgs());
    }

    private Bernoulli(Tensor probs, Tensor logits, Boolean validateArgs) {
        super(shapeOf(probs, logits), new int[0], validateArgs);
        this.givenProbs = probs != null;
        this.probs = probs != null ? probs : logits.sigmoid();
        this.logits = logits != null ? logits : Probs.toLogits(probs, true);
        checkParameters();
    }

    private static int[] shapeOf(Tensor probs, Tensor logits) {
        if ((probs == null) == (logits == null)) {
            throw new IllegalArgumentException("Either `probs` or `logits` must be specified, but not both.");
        }
        return (probs != null ? probs : logits).sizes();
    }

    /** PyTorch: {@code Bernoulli.probs}. */
    public Tensor probs() {
        return probs;
    }

    /** PyTorch: {@code Bernoulli.logits}. */
    public Tensor logits() {
        return logits;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        return givenProbs ? Map.of("probs", Constraint.UNIT_INTERVAL) : Map.of("logits", Constraint.REAL);
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put(givenProbs ? "probs" : "logits", givenProbs ? probs : logits);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.BOOLEAN;
    }

    /** {@code torch.bernoulli(probs.expand(shape))} without gradient. */
    @Override
    public Tensor sample(int... sampleShape) {
        try (var g = jtorch.autograd.GradMode.disable()) {
            return Torch.bernoulli(probs.expand(extendedShape(sampleShape)));
        }
    }

    /** {@code -binary_cross_entropy_with_logits(logits, value, reduction='none')}. */
    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor[] lv = broadcastAll(logits, value);
        return Torch.binaryCrossEntropyWithLogits(lv[0], lv[1], null, null, 0).neg();
    }

    @Override
    public Tensor entropy() {
        return Torch.binaryCrossEntropyWithLogits(logits, probs, null, null, 0);
    }

    @Override
    public Tensor mean() {
        return probs;
    }

    @Override
    public Tensor variance() {
        return probs.mul(probs.neg().add(1L));
    }
}

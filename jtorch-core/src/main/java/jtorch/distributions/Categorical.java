package jtorch.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * One of K categories with the probabilities along the last dim of {@code probs} (normalised) or {@code
 * softmax(logits)}. PyTorch: {@code torch.distributions.Categorical(probs=None, logits=None)}.
 */
public class Categorical extends Distribution {
    private final Tensor probs;
    private final Tensor logits;
    private final boolean givenProbs;
    private final int numEvents;

    /** PyTorch: {@code Categorical(probs)}; rows need not sum to 1. */
    public Categorical(Tensor probs) {
        this(probs, null, null);
    }

    /** Keyword arguments: exactly one of {@code probs} and {@code logits}, and {@code validate_args} (null: default). */
    public static Options options() {
        return new Options(null, null, null);
    }

    /** {@code probs=}, {@code logits=}, {@code validate_args=}. */
    public record Options(Tensor probs, Tensor logits, Boolean validateArgs) {
        /** Event weights along the last dim. */
        public Options probs(Tensor v) {
            return new Options(v, logits, validateArgs);
        }

        /** Unnormalised log probabilities along the last dim. */
        public Options logits(Tensor v) {
            return new Options(probs, v, validateArgs);
        }

        /** Whether to validate parameters and values. */
        public Options validateArgs(boolean v) {
            return new Options(probs, logits, v);
        }
    }

    /** PyTorch: {@code Categorical(probs=..., logits=..., validate_args=...)}. */
    public Categorical(Options o) {
        this(o.probs(), o.logits(), o.validateArgs());
    }

    private Categorical(Tensor probs, Tensor logits, Boolean validateArgs) {
        this(normalised(probs, logits), probs != null, validateArgs);
    }

    private Categorical(Tensor param, boolean givenProbs, Boolean validateArgs) {
        super(param.dim() > 1 ? Arrays.copyOf(param.sizes(), param.dim() - 1) : new int[0], new int[0], validateArgs);
        this.givenProbs = givenProbs;
        this.probs = givenProbs ? param : param.softmax(-1);
        this.logits = givenProbs ? Probs.toLogits(param, false) : param;
        this.numEvents = param.size(-1);
        checkParameters();
    }

    private static Tensor normalised(Tensor probs, Tensor logits) {
        if ((probs == null) == (logits == null)) {
            throw new IllegalArgumentException("Either `probs` or `logits` must be specified, but not both.");
        }
        if (probs != null) {
            if (probs.dim() < 1) {
                throw new IllegalArgumentException("`probs` parameter must be at least one-dimensional.");
            }
            return probs.div(probs.sum(-1, true));
        }
        if (logits.dim() < 1) {
            throw new IllegalArgumentException("`logits` parameter must be at least one-dimensional.");
        }
        return logits.sub(logits.logsumexp(-1, true));
    }

    /** Normalised probabilities. PyTorch: {@code Categorical.probs}. */
    public Tensor probs() {
        return probs;
    }

    /** Normalised log probabilities. PyTorch: {@code Categorical.logits}. */
    public Tensor logits() {
        return logits;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        return givenProbs ? Map.of("probs", Constraint.SIMPLEX) : Map.of("logits", Constraint.REAL_VECTOR);
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put(givenProbs ? "probs" : "logits", givenProbs ? probs : logits);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.integerInterval(0, numEvents - 1);
    }

    /** Category indices (int64): {@code multinomial(probs_2d, n, True).T} reshaped, as PyTorch draws them. */
    @Override
    public Tensor sample(int... sampleShape) {
        int n = 1;
        for (int s : sampleShape) {
            n *= s;
        }
        try (var g = jtorch.autograd.GradMode.disable()) {
            Tensor probs2d = probs.reshape(-1, numEvents);
            return Torch.multinomial(probs2d, n, true).t().reshape(extendedShape(sampleShape));
        }
    }

    /** The log probability of each category index in value. */
    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor[] vl = broadcastAll(value.toLong().unsqueeze(-1), logits);
        Tensor index = vl[0].narrow(-1, 0, 1);
        return vl[1].gather(-1, index).squeeze(-1);
    }

    /** {@code -sum(p log p)} with logits clamped at the dtype's lowest value. */
    @Override
    public Tensor entropy() {
        Tensor clamped = logits.clampMin(Probs.lowest(logits.dtype()));
        return clamped.mul(probs).sum(-1).neg();
    }

    /** NaN (a category has no mean), in the batch shape. */
    @Override
    public Tensor mean() {
        return Torch.full(Torch.options().dtype(probs.dtype()), Double.NaN, extendedShape());
    }

    /** NaN, in the batch shape. */
    @Override
    public Tensor variance() {
        return Torch.full(Torch.options().dtype(probs.dtype()), Double.NaN, extendedShape());
    }
}

package jtorch.distributions;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * The beta distribution on [0, 1], a two-category {@link Dirichlet} underneath (as in PyTorch, whose samples and
 * validation errors come from that Dirichlet). PyTorch: {@code torch.distributions.Beta(concentration1,
 * concentration0)}.
 */
public class Beta extends Distribution {
    private final Dirichlet dirichlet;

    /** PyTorch: {@code Beta(concentration1, concentration0)}; the parameters broadcast to the batch shape. */
    public Beta(Tensor concentration1, Tensor concentration0) {
        this(stacked(concentration1, concentration0), (Boolean) null);
    }

    /** PyTorch: {@code Beta(concentration1, concentration0, validate_args)}. */
    public Beta(Tensor concentration1, Tensor concentration0, boolean validateArgs) {
        this(stacked(concentration1, concentration0), validateArgs);
    }

    /** PyTorch: {@code Beta(concentration1, concentration0)} with Python numbers (a batch of one shape ()). */
    public Beta(double concentration1, double concentration0) {
        this(Torch.tensor(new double[] {concentration1, concentration0}), (Boolean) null);
    }

    private static Tensor stacked(Tensor concentration1, Tensor concentration0) {
        return Torch.stack(List.of(broadcastAll(concentration1, concentration0)), -1);
    }

    // validateArgs null: the global default
    private Beta(Tensor concentrations, Boolean validateArgs) {
        this(new Dirichlet(validateArgs, concentrations), validateArgs);
    }

    private Beta(Dirichlet dirichlet, Boolean validateArgs) {
        super(dirichlet.batchShape(), new int[0], validateArgs);
        this.dirichlet = dirichlet;
    }

    /** PyTorch: {@code Beta.concentration1}. */
    public Tensor concentration1() {
        return dirichlet.concentration().select(-1, 0);
    }

    /** PyTorch: {@code Beta.concentration0}. */
    public Tensor concentration0() {
        return dirichlet.concentration().select(-1, 1);
    }

    // PyTorch's Beta validates through its Dirichlet; its repr lists no parameters
    @Override
    protected Map<String, Constraint> argConstraints() {
        return Map.of();
    }

    @Override
    protected Map<String, Tensor> parameters() {
        return Map.of();
    }

    @Override
    public Constraint support() {
        return Constraint.UNIT_INTERVAL;
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /** The first category of the Dirichlet's samples. */
    @Override
    public Tensor rsample(int... sampleShape) {
        return dirichlet.rsample(sampleShape).select(-1, 0);
    }

    /** The Dirichlet's log density of {@code [value, 1 - value]}. */
    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return dirichlet.logProb(Torch.stack(List.of(value, value.neg().add(1.0)), -1));
    }

    @Override
    public Tensor entropy() {
        return dirichlet.entropy();
    }

    @Override
    public Tensor mean() {
        Tensor c1 = concentration1();
        return c1.div(c1.add(concentration0()));
    }

    @Override
    public Tensor variance() {
        Tensor c1 = concentration1();
        Tensor c0 = concentration0();
        Tensor total = c1.add(c0);
        return c1.mul(c0).div(total.pow(2L).mul(total.add(1L)));
    }
}

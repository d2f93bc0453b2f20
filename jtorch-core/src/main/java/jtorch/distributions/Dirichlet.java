package jtorch.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Function;
import jtorch.autograd.FunctionCtx;

/**
 * The Dirichlet distribution over the probability simplex of the last dim. PyTorch: {@code
 * torch.distributions.Dirichlet(concentration)}.
 */
public class Dirichlet extends Distribution {
    private final Tensor concentration;

    /** PyTorch: {@code Dirichlet(concentration)}; the last dim is the event. */
    public Dirichlet(Tensor concentration) {
        this(null, concentration);
    }

    /**
     * PyTorch: {@code Dirichlet(concentration, validate_args)}.
     *
     * @throws IllegalArgumentException for a 0-d concentration
     */
    public Dirichlet(Tensor concentration, boolean validateArgs) {
        this((Boolean) validateArgs, concentration);
    }

    // validateArgs null: the global default (Beta passes its own through)
    Dirichlet(Boolean validateArgs, Tensor concentration) {
        super(batchOf(concentration), new int[] {concentration.size(-1)}, validateArgs);
        this.concentration = concentration;
        checkParameters();
    }

    private static int[] batchOf(Tensor concentration) {
        if (concentration.dim() < 1) {
            throw new IllegalArgumentException("`concentration` parameter must be at least one-dimensional.");
        }
        return java.util.Arrays.copyOf(concentration.sizes(), concentration.dim() - 1);
    }

    /** PyTorch: {@code Dirichlet.concentration}. */
    public Tensor concentration() {
        return concentration;
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        return Map.of("concentration", Constraint.POSITIVE_VECTOR);
    }

    @Override
    protected Map<String, Tensor> parameters() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("concentration", concentration);
        return m;
    }

    @Override
    public Constraint support() {
        return Constraint.SIMPLEX;
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /**
     * {@code _sample_dirichlet(concentration)}, differentiable through PyTorch's {@code _Dirichlet} function (its
     * node is {@code _DirichletBackward}).
     */
    @Override
    public Tensor rsample(int... sampleShape) {
        return new _Dirichlet().apply(concentration.expand(extendedShape(sampleShape)));
    }

    /**
     * PyTorch's {@code _Dirichlet} autograd function (its class name names the node): the sampler forward, {@code
     * _Dirichlet_backward} backward.
     */
    private static final class _Dirichlet extends Function {
        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... inputs) {
            Tensor x = Torch.sampleDirichlet(inputs[0]);
            ctx.saveForBackward(x, inputs[0]);
            return x;
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            Tensor x = ctx.savedTensors()[0];
            Tensor concentration = ctx.savedTensors()[1];
            Tensor total = concentration.sum(-1, true).expandAs(concentration);
            Tensor d = Torch.dirichletGrad(x, concentration, total);
            return new Tensor[] {d.mul(grad.sub(x.mul(grad).sum(-1, true)))};
        }
    }

    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        return value.log().mul(concentration.sub(1.0)).sum(-1).add(concentration.sum(-1).lgamma())
                .sub(concentration.lgamma().sum(-1));
    }

    /** {@code Σ lgamma(c) - lgamma(a0) - (k - a0) digamma(a0) - Σ (c - 1) digamma(c)}, a0 = Σ c. */
    @Override
    public Tensor entropy() {
        int k = concentration.size(-1);
        Tensor a0 = concentration.sum(-1);
        return concentration.lgamma().sum(-1).sub(a0.lgamma()).sub(a0.neg().add((long) k).mul(a0.digamma()))
                .sub(concentration.sub(1.0).mul(concentration.digamma()).sum(-1));
    }

    @Override
    public Tensor mean() {
        return concentration.div(concentration.sum(-1, true));
    }

    @Override
    public Tensor variance() {
        Tensor con0 = concentration.sum(-1, true);
        return concentration.mul(con0.sub(concentration)).div(con0.pow(2L).mul(con0.add(1L)));
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * Affine map {@code y = x·Wᵀ + b} over the last dim. PyTorch: {@code nn.Linear(in_features,
 * out_features, bias=True)}. The weight (out × in) starts from kaiming_uniform_ with a = sqrt(5) and the
 * bias from U(-1/sqrt(in), 1/sqrt(in)), drawn in that order, so a seeded jtorch layer holds PyTorch's
 * initial weights.
 */
public class Linear extends Module {
    /** PyTorch's {@code Linear.in_features} attribute. */
    public int inFeatures;
    /** PyTorch's {@code Linear.out_features} attribute. */
    public final int outFeatures;
    /** PyTorch's {@code Linear.weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null when built with {@code bias(false)}. */
    public Tensor bias;
    private final boolean hasBias;

    /** Keyword arguments of {@code nn.Linear}. */
    public static final class Options {
        final int inFeatures;
        final int outFeatures;
        boolean bias = true;

        Options(int inFeatures, int outFeatures) {
            this.inFeatures = inFeatures;
            this.outFeatures = outFeatures;
        }

        /** The {@code bias} keyword (PyTorch's default: {@code True}). */
        public Options bias(boolean bias) {
            this.bias = bias;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Linear(in_features, out_features, bias=True, device=None, dtype=None)}. */
    public static Options options(int inFeatures, int outFeatures) {
        return new Options(inFeatures, outFeatures);
    }

    /** PyTorch: {@code torch.nn.Linear(in_features, out_features, bias=True, device=None, dtype=None)}. */
    public Linear(int inFeatures, int outFeatures) {
        this(options(inFeatures, outFeatures));
    }

    /** PyTorch: {@code torch.nn.Linear(in_features, out_features, bias=True, device=None, dtype=None)}. */
    public Linear(int inFeatures, int outFeatures, boolean bias) {
        this(options(inFeatures, outFeatures).bias(bias));
    }

    /** PyTorch: {@code torch.nn.Linear(in_features, out_features, bias=True, device=None, dtype=None)}. */
    public Linear(Options o) {
        inFeatures = o.inFeatures;
        outFeatures = o.outFeatures;
        hasBias = o.bias;
        // a LazyLinear allocates at its first forward, once the input gives in_features
        if (!(this instanceof LazyModuleMixin)) {
            materialize(inFeatures);
        }
    }

    // allocates weight (and bias) for inFeatures and initialises them
    void materialize(int inFeatures) {
        this.inFeatures = inFeatures;
        weight = new Parameter(Torch.empty(outFeatures, inFeatures));
        bias = hasBias ? new Parameter(Torch.empty(outFeatures)) : null;
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: kaiming_uniform_(a=sqrt(5)) then the fan-in bias bound. */
    public void resetParameters() {
        Init.kaimingUniform_(weight, Math.sqrt(5));
        if (bias != null) {
            int fanIn = Init.calculateFanInAndFanOut(weight)[0];
            double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            Init.uniform_(bias, -bound, bound);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.linear(input, weight, bias);
    }

    @Override
    public String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + Repr.bool(hasBias);
    }
}

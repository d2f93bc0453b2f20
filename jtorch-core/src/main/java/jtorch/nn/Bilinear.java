package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * Bilinear map {@code y[o] = x1ᵀ·W[o]·x2 + b[o]}. PyTorch: {@code nn.Bilinear(in1_features,
 * in2_features, out_features, bias=True)}; weight (out × in1 × in2) and bias start from
 * U(-1/sqrt(in1), 1/sqrt(in1)), in that order. Call it with two inputs: {@code call(x1, x2)}.
 */
public class Bilinear extends Module {
    /** PyTorch's {@code Bilinear.in1_features} attribute. */
    public final int in1Features;
    /** PyTorch's {@code Bilinear.in2_features} attribute. */
    public final int in2Features;
    /** PyTorch's {@code Bilinear.out_features} attribute. */
    public final int outFeatures;
    /** PyTorch's {@code Bilinear.weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null when built with {@code bias(false)}. */
    public Tensor bias;

    /** Keyword arguments of {@code nn.Bilinear}. */
    public static final class Options {
        final int in1Features;
        final int in2Features;
        final int outFeatures;
        boolean bias = true;

        Options(int in1Features, int in2Features, int outFeatures) {
            this.in1Features = in1Features;
            this.in2Features = in2Features;
            this.outFeatures = outFeatures;
        }

        /** The {@code bias} keyword (PyTorch's default: {@code True}). */
        public Options bias(boolean bias) {
            this.bias = bias;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Bilinear(in1_features, in2_features, out_features, bias=True, device=None, dtype=None)}. */
    public static Options options(int in1Features, int in2Features, int outFeatures) {
        return new Options(in1Features, in2Features, outFeatures);
    }

    /** PyTorch: {@code torch.nn.Bilinear(in1_features, in2_features, out_features, bias=True, device=None, dtype=None)}. */
    public Bilinear(int in1Features, int in2Features, int outFeatures) {
        this(options(in1Features, in2Features, outFeatures));
    }

    /** PyTorch: {@code torch.nn.Bilinear(in1_features, in2_features, out_features, bias=True, device=None, dtype=None)}. */
    public Bilinear(Options o) {
        in1Features = o.in1Features;
        in2Features = o.in2Features;
        outFeatures = o.outFeatures;
        weight = new Parameter(Torch.empty(outFeatures, in1Features, in2Features));
        bias = o.bias ? new Parameter(Torch.empty(outFeatures)) : null;
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: both tensors from U(-1/sqrt(in1), 1/sqrt(in1)). */
    public void resetParameters() {
        double bound = 1 / Math.sqrt(weight.size(1));
        Init.uniform_(weight, -bound, bound);
        if (bias != null) {
            Init.uniform_(bias, -bound, bound);
        }
    }

    /** PyTorch's TypeError for a one-input call, as an IllegalArgumentException. */
    @Override
    public Tensor forward(Tensor input) {
        throw new IllegalArgumentException("forward() missing 1 required positional argument: 'input2'");
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length == 1) {
            return forward(inputs[0]);
        }
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes 3 positional arguments but " + (inputs.length + 1)
                    + " were given");
        }
        return F.bilinear(inputs[0], inputs[1], weight, bias);
    }

    @Override
    public String extraRepr() {
        return "in1_features=" + in1Features + ", in2_features=" + in2Features + ", out_features=" + outFeatures
                + ", bias=" + Repr.bool(bias != null);
    }
}

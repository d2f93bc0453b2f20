package jtorch.nn;

import jtorch.Tensor;

/**
 * A Linear whose in_features is the last dim of the first input. PyTorch: {@code nn.LazyLinear(out_features,
 * bias=True)}; it prints {@code LazyLinear(in_features=0, ...)} until then and {@code Linear(...)} after.
 */
public class LazyLinear extends Linear implements LazyModuleMixin {
    private boolean initialized;

    /** PyTorch: {@code torch.nn.LazyLinear(out_features, bias=True, device=None, dtype=None)}. */
    public LazyLinear(int outFeatures) {
        this(outFeatures, true);
    }

    /** PyTorch: {@code torch.nn.LazyLinear(out_features, bias=True, device=None, dtype=None)}. */
    public LazyLinear(int outFeatures, boolean bias) {
        super(options(0, outFeatures).bias(bias));
    }

    @Override
    public boolean hasUninitializedParams() {
        return !initialized;
    }

    @Override
    public void initializeParameters(Tensor input) {
        if (!initialized) {
            if (input.dim() == 0) {
                throw new IndexOutOfBoundsException("tuple index out of range");
            }
            materialize(input.size(-1));
            initialized = true;
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        initializeParameters(input);
        return super.forward(input);
    }

    @Override
    public String getName() {
        return initialized ? "Linear" : super.getName();
    }
}

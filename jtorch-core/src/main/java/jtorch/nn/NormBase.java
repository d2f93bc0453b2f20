package jtorch.nn;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.init.Init;

/**
 * What batch and instance norm share. PyTorch: {@code nn.modules.batchnorm._NormBase}. weight (ones) and bias
 * (zeros) with {@code affine}; running_mean (zeros), running_var (ones) and num_batches_tracked (int64 0) buffers
 * with {@code trackRunningStats}, registered as None otherwise, in PyTorch's order.
 */
public abstract class NormBase extends Module {
    /** PyTorch's {@code num_features} attribute. */
    public int numFeatures;
    /** PyTorch's {@code eps} attribute. */
    public final double eps;
    /** Null for a cumulative moving average; assignable, as PyTorch's attribute (swa_utils.update_bn sets it). */
    public Double momentum;
    /** PyTorch's {@code affine} attribute. */
    public final boolean affine;
    /** PyTorch's {@code track_running_stats} attribute. */
    public final boolean trackRunningStats;
    /** Null without {@code affine}. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null without {@code affine}. */
    public Tensor bias;

    /**
     * The keyword arguments every norm module takes; the defaults are the subclass's.
     *
     * @param <O> the concrete options type, returned by the setters
     */
    public abstract static class Options<O extends Options<O>> {
        final int numFeatures;
        double eps = 1e-5;
        Double momentum = 0.1;
        boolean affine;
        boolean trackRunningStats;

        Options(int numFeatures, boolean affine, boolean trackRunningStats) {
            this.numFeatures = numFeatures;
            this.affine = affine;
            this.trackRunningStats = trackRunningStats;
        }

        @SuppressWarnings("unchecked")
        private O self() {
            return (O) this;
        }

        /** PyTorch: {@code eps=}. */
        public O eps(double eps) {
            this.eps = eps;
            return self();
        }

        /** PyTorch: {@code momentum=}; null (None) for a cumulative moving average. */
        public O momentum(Double momentum) {
            this.momentum = momentum;
            return self();
        }

        /** PyTorch: {@code affine=}. */
        public O affine(boolean affine) {
            this.affine = affine;
            return self();
        }

        /** PyTorch: {@code track_running_stats=}. */
        public O trackRunningStats(boolean trackRunningStats) {
            this.trackRunningStats = trackRunningStats;
            return self();
        }
    }

    /** For subclasses, which fix the dimensionality and defaults. */
    protected NormBase(Options<?> o) {
        numFeatures = o.numFeatures;
        eps = o.eps;
        momentum = o.momentum;
        affine = o.affine;
        trackRunningStats = o.trackRunningStats;
        registerBuffer("running_mean", null);
        registerBuffer("running_var", null);
        registerBuffer("num_batches_tracked", trackRunningStats ? Torch.zeros(Torch.options().dtype(DType.INT64))
                : null);
        // a lazy norm allocates at its first forward, once the input gives num_features
        if (!(this instanceof LazyModuleMixin)) {
            materialize(numFeatures);
        }
    }

    // allocates weight, bias and the running statistics for numFeatures and initialises them
    void materialize(int numFeatures) {
        this.numFeatures = numFeatures;
        if (affine) {
            weight = new Parameter(Torch.empty(numFeatures));
            bias = new Parameter(Torch.empty(numFeatures));
        }
        if (trackRunningStats) {
            registerBuffer("running_mean", Torch.zeros(numFeatures));
            registerBuffer("running_var", Torch.ones(numFeatures));
        }
        resetParameters();
    }

    /** PyTorch's {@code running_mean} attribute. */
    public Tensor runningMean() {
        return ownBuffers().get("running_mean");
    }

    /** PyTorch's {@code running_var} attribute. */
    public Tensor runningVar() {
        return ownBuffers().get("running_var");
    }

    /** PyTorch's {@code num_batches_tracked} attribute. */
    public Tensor numBatchesTracked() {
        return ownBuffers().get("num_batches_tracked");
    }

    /** Running statistics back to zeros / ones, the batch count to 0. PyTorch: {@code reset_running_stats}. */
    public void resetRunningStats() {
        if (trackRunningStats) {
            try (var g = Torch.noGrad()) {
                runningMean().zero_();
                runningVar().fill_(1);
                numBatchesTracked().zero_();
            }
        }
    }

    /** PyTorch's {@code reset_parameters}: running statistics reset, weight ones, bias zeros. */
    public void resetParameters() {
        resetRunningStats();
        if (affine) {
            Init.ones_(weight);
            Init.zeros_(bias);
        }
    }

    @Override
    public String extraRepr() {
        return numFeatures + ", eps=" + Repr.floating(eps) + ", momentum="
                + (momentum == null ? "None" : Repr.floating(momentum)) + ", affine=" + Repr.bool(affine)
                + ", track_running_stats=" + Repr.bool(trackRunningStats);
    }
}

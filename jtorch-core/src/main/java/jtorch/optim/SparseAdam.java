package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;

/**
 * Adam for sparse gradients. PyTorch: {@code torch.optim.SparseAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
 * maximize=False)}. jtorch has no sparse gradients, and PyTorch's SparseAdam refuses dense ones: every
 * {@link #step} with a gradient fails with PyTorch's message. Use {@link Adam} for dense gradients.
 */
public class SparseAdam extends Optimizer {
    /** Keyword arguments of {@code torch.optim.SparseAdam}. */
    public static final class Options extends AdamLikeOptions<Options> {
        Options() {
            super(1e-3, 0);
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(false);
            d.put("maximize", maximize);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-3}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code SparseAdam(params)}. */
    public SparseAdam(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code SparseAdam(params, lr)}. */
    public SparseAdam(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code SparseAdam(params, lr=..., ...)}. */
    public SparseAdam(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code SparseAdam([{'params': ...}, ...], lr=..., ...)}. */
    public SparseAdam(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        for (Tensor p : g.params()) {
            if (p.grad() != null) {
                throw new IllegalStateException(
                        "SparseAdam does not support dense gradients, please consider Adam instead");
            }
        }
    }
}

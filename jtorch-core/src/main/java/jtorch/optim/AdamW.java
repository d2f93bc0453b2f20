package jtorch.optim;

import java.util.List;
import java.util.Map;
import jtorch.Tensor;

/**
 * Adam with decoupled weight decay. PyTorch: {@code torch.optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999),
 * eps=1e-8, weight_decay=1e-2, amsgrad=False, maximize=False)}.
 *
 * <pre>{@code
 * new AdamW(net.parameters(), AdamW.options().lr(1e-3).weightDecay(0.05));
 * }</pre>
 */
public class AdamW extends Optimizer {
    /** Keyword arguments of {@code torch.optim.AdamW}. */
    public static final class Options extends AdamLikeOptions<Options> {
        boolean amsgrad;

        Options() {
            super(1e-3, 1e-2);
        }

        /** {@code amsgrad=False}. */
        public Options amsgrad(boolean v) {
            amsgrad = v;
            return this;
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = common(true);
            d.put("amsgrad", amsgrad);
            d.put("foreach", null);
            d.put("maximize", maximize);
            d.put("capturable", false);
            return d;
        }
    }

    /** PyTorch's defaults ({@code lr=1e-3, weight_decay=1e-2}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code AdamW(params)}. */
    public AdamW(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code AdamW(params, lr)}. */
    public AdamW(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code AdamW(params, lr=..., ...)}. */
    public AdamW(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
    }

    /** PyTorch: {@code AdamW([{'params': ...}, ...], lr=..., ...)}. */
    public AdamW(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
    }

    @Override
    protected void update(ParamGroup g) {
        Adam.adamUpdate(this, g, g.getBool("amsgrad"), true);
    }
}

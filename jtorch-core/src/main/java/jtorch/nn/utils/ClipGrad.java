package jtorch.nn.utils;

import java.util.ArrayList;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Gradient clipping. PyTorch: {@code torch.nn.utils.clip_grad_norm_} and {@code torch.nn.utils.clip_grad_value_}.
 *
 * <pre>{@code
 * loss.backward();
 * ClipGrad.clipGradNorm_(net.parameters(), 1.0);
 * optimizer.step();
 * }</pre>
 */
public final class ClipGrad {
    private ClipGrad() {
    }

    /** PyTorch: {@code clip_grad_norm_(parameters, max_norm)} (norm_type 2). */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm) {
        return clipGradNorm_(parameters, maxNorm, 2.0, false);
    }

    /** PyTorch: {@code clip_grad_norm_(parameters, max_norm, norm_type)}; {@code Double.POSITIVE_INFINITY} is inf. */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm, double normType) {
        return clipGradNorm_(parameters, maxNorm, normType, false);
    }

    /**
     * Scales all gradients together so that their total {@code normType}-norm is at most {@code maxNorm}; returns the
     * total norm before clipping. PyTorch: {@code clip_grad_norm_(parameters, max_norm, norm_type=2.0,
     * error_if_nonfinite=False)}.
     */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm, double normType,
            boolean errorIfNonfinite) {
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                grads.add(p.grad());
            }
        }
        if (grads.isEmpty()) {
            return Torch.tensor(0.0);
        }
        try (var g = Torch.noGrad()) {
            Tensor total;
            if (normType == Double.POSITIVE_INFINITY) {
                List<Tensor> norms = new ArrayList<>();
                for (Tensor gr : grads) {
                    norms.add(gr.detach().abs().max());
                }
                total = norms.size() == 1 ? norms.get(0) : Torch.stack(norms).max();
            } else {
                List<Tensor> norms = new ArrayList<>();
                for (Tensor gr : grads) {
                    norms.add(gr.detach().norm(normType));
                }
                total = Torch.stack(norms).norm(normType);
            }
            if (errorIfNonfinite && (total.isnan().itemBool() || total.isinf().itemBool())) {
                throw new IllegalStateException("The total norm of order " + jtorch.optim.PyFloat.repr(normType)
                        + " for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this "
                        + "error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`");
            }
            // max_norm / (total_norm + 1e-6) is Tensor.__rtruediv__: reciprocal() * max_norm
            Tensor coef = total.add(1e-6).reciprocal().mul(maxNorm).clamp((Number) null, 1.0);
            for (Tensor gr : grads) {
                gr.detach().mul_(coef);
            }
            return total;
        }
    }

    /** Clamps every gradient to {@code [-clipValue, clipValue]} in place. PyTorch: {@code clip_grad_value_(parameters, clip_value)}. */
    public static void clipGradValue_(Iterable<? extends Tensor> parameters, double clipValue) {
        try (var g = Torch.noGrad()) {
            for (Tensor p : parameters) {
                if (p.grad() != null) {
                    p.grad().clamp_(-clipValue, clipValue);
                }
            }
        }
    }
}

package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Negative log likelihood of the target under Gaussians with mean {@code input} and variance {@code var} (same shape, or one variance per sample).
 * PyTorch: {@code nn.GaussianNLLLoss(*, full=False, eps=1e-06, reduction='mean')}.
 *
 * <p>{@code new GaussianNLLLoss(GaussianNLLLoss.options().full(...).eps(...))}; functional form {@code F.gaussianNllLoss}.
 */
public class GaussianNLLLoss extends Loss {
    /** PyTorch: {@code self.full}. */
    public final boolean full;
    /** PyTorch: {@code self.eps}. */
    public final double eps;

    /** Keyword arguments of {@code nn.GaussianNLLLoss} (and of {@code F.gaussian_nll_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private boolean full = false;
        private double eps = 1e-6;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code full=}: whether to add the constant {@code 0.5·log(2π)}. */
        public Options full(boolean full) {
            this.full = full;
            return this;
        }

        /** The {@code full} set (default {@code false}). */
        public boolean full() {
            return full;
        }

        /** PyTorch: {@code eps=}: the variance's lower clamp (not seen by autograd). */
        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        /** The {@code eps} set (default {@code 1e-6}). */
        public double eps() {
            return eps;
        }
    }

    /** A fresh set of {@code nn.GaussianNLLLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.GaussianNLLLoss()}. */
    public GaussianNLLLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.GaussianNLLLoss(**kwargs)}. */
    public GaussianNLLLoss(Options o) {
        super(o.reduction());
        full = o.full();
        eps = o.eps();
    }

    /** PyTorch: {@code forward(input, target, var)}. */
    public Tensor forward(Tensor input, Tensor target, Tensor var) {
        return LossOps.gaussianNllLoss(input, target, var, full, eps, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target", "var");
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}

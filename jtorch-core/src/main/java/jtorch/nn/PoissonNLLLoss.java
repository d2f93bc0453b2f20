package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Negative log likelihood of a Poisson-distributed target: {@code exp(input) - target·input} for log-rate inputs, else {@code input - target·log(input + eps)}; {@code full} adds Stirling's approximation of {@code log(target!)}.
 * PyTorch: {@code nn.PoissonNLLLoss(log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean')}.
 *
 * <p>{@code new PoissonNLLLoss(PoissonNLLLoss.options().logInput(...).full(...))}; functional form {@code F.poissonNllLoss}.
 */
public class PoissonNLLLoss extends Loss {
    /** PyTorch: {@code self.log_input}. */
    public final boolean logInput;
    /** PyTorch: {@code self.full}. */
    public final boolean full;
    /** PyTorch: {@code self.eps}. */
    public final double eps;

    /** Keyword arguments of {@code nn.PoissonNLLLoss} (and of {@code F.poisson_nll_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private boolean logInput = true;
        private boolean full = false;
        private double eps = 1e-8;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code log_input=}: whether the input is the log of the rate. */
        public Options logInput(boolean logInput) {
            this.logInput = logInput;
            return this;
        }

        /** The {@code log_input} set (default {@code true}). */
        public boolean logInput() {
            return logInput;
        }

        /** PyTorch: {@code full=}: whether to add the Stirling term. */
        public Options full(boolean full) {
            this.full = full;
            return this;
        }

        /** The {@code full} set (default {@code false}). */
        public boolean full() {
            return full;
        }

        /** PyTorch: {@code eps=}: added to the rate before its log when not logInput. */
        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        /** The {@code eps} set (default {@code 1e-8}). */
        public double eps() {
            return eps;
        }
    }

    /** A fresh set of {@code nn.PoissonNLLLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.PoissonNLLLoss()}. */
    public PoissonNLLLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.PoissonNLLLoss(logInput, full)}. */
    public PoissonNLLLoss(boolean logInput, boolean full) {
        this(options().logInput(logInput).full(full));
    }

    /** PyTorch: {@code nn.PoissonNLLLoss(**kwargs)}. */
    public PoissonNLLLoss(Options o) {
        super(o.reduction());
        logInput = o.logInput();
        full = o.full();
        eps = o.eps();
    }

    /** PyTorch: {@code forward(input, target)}. */
    public Tensor forward(Tensor input, Tensor target) {
        return LossOps.poissonNllLoss(input, target, logInput, full, eps, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input", "target");
        return forward(inputs[0], inputs[1]);
    }
}

package jtorch.utils.checkpoint;

import java.util.function.Function;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;
import jtorch.autograd.Autograd;
import jtorch.autograd.FunctionCtx;

/**
 * Activation checkpointing: runs a function without keeping its intermediate activations and recomputes them
 * during backward. PyTorch 1.13: {@code torch.utils.checkpoint.checkpoint(function, *args, use_reentrant=True,
 * preserve_rng_state=True)}, the reentrant variant (its default): the function runs under no-grad; backward
 * restores the default generator's state of the forward (so dropout draws the same mask), reruns the function
 * with gradients on, backpropagates through it (accumulating into the parameters it uses) and hands back the
 * inputs' gradients. As in PyTorch, when no input requires grad the result does not either, and the parameters
 * inside get no gradient (with PyTorch's warning).
 *
 * <pre>{@code
 * Tensor h = Checkpoint.checkpoint(in -> block.call(in[0]), x);
 * }</pre>
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    /** The keyword arguments of {@code checkpoint}: {@code preserve_rng_state=True}. */
    public static final class Options {
        boolean preserveRngState = true;

        Options() {
        }

        /** PyTorch: {@code preserve_rng_state=}: false lets the recomputation draw fresh random numbers. */
        public Options preserveRngState(boolean preserveRngState) {
            this.preserveRngState = preserveRngState;
            return this;
        }
    }

    /** Keyword options of {@code checkpoint} at PyTorch's defaults ({@code preserve_rng_state=True}). */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code checkpoint(function, *args)}. */
    public static Tensor checkpoint(Function<Tensor[], Tensor> function, Tensor... args) {
        return checkpoint(function, options(), args);
    }

    /** PyTorch: {@code checkpoint(function, *args, preserve_rng_state=...)}. */
    public static Tensor checkpoint(Function<Tensor[], Tensor> function, Options o, Tensor... args) {
        boolean anyGrad = false;
        for (Tensor a : args) {
            anyGrad |= a != null && a.requiresGrad();
        }
        if (!anyGrad && Torch.isGradEnabled()) {
            Warnings.warn("None of the inputs have requires_grad=True. Gradients will be None");
        }
        return new CheckpointFunction(function, o.preserveRngState).apply(args);
    }

    /** The recorded node; PyTorch's grad_fn is {@code CheckpointFunctionBackward}. */
    private static final class CheckpointFunction extends jtorch.autograd.Function {
        private final Function<Tensor[], Tensor> function;
        private final boolean preserveRngState;
        private Tensor forwardRngState;

        CheckpointFunction(Function<Tensor[], Tensor> function, boolean preserveRngState) {
            this.function = function;
            this.preserveRngState = preserveRngState;
        }

        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... inputs) {
            if (preserveRngState) {
                forwardRngState = Torch.getRngState();
            }
            ctx.saveForBackward(inputs);
            try (var g = Torch.noGrad()) {
                return function.apply(inputs);
            }
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            Tensor[] saved = ctx.savedTensors();
            Tensor[] detached = new Tensor[saved.length];
            for (int i = 0; i < saved.length; i++) {
                detached[i] = saved[i] == null ? null : saved[i].detach().requiresGrad_(saved[i].requiresGrad());
            }
            // PyTorch's fork_rng: the recomputation draws from the forward's state, the caller's stream resumes after
            Tensor callerRngState = preserveRngState ? Torch.getRngState() : null;
            Tensor out;
            try {
                if (preserveRngState) {
                    Torch.setRngState(forwardRngState);
                }
                try (var g = Torch.enableGrad()) {
                    out = function.apply(detached);
                }
            } finally {
                if (preserveRngState) {
                    Torch.setRngState(callerRngState);
                }
            }
            if (!out.requiresGrad()) {
                throw new IllegalStateException("none of output has requires_grad=True, this checkpoint() is not"
                        + " necessary");
            }
            try (var g = Torch.enableGrad()) {
                Autograd.backward(out, grad, false, false);
            }
            Tensor[] grads = new Tensor[detached.length];
            for (int i = 0; i < detached.length; i++) {
                grads[i] = detached[i] == null || !detached[i].requiresGrad() ? null : detached[i].grad();
            }
            return grads;
        }
    }
}

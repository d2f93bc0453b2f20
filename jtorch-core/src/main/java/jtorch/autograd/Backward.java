package jtorch.autograd;

import jtorch.Tensor;

/**
 * A backward formula: gradients of the forward inputs from the gradients of the outputs, written
 * with differentiable tensor ops so that higher-order gradients work by construction.
 * {@code grads[k]} is null when output k received no gradient (multi-output ops only).
 * Return one entry per input; null means "no gradient" for that input.
 */
@FunctionalInterface
public interface Backward {
    /** Gradients w.r.t. the inputs from the saved context and the output gradients. */
    Tensor[] apply(SavedContext ctx, Tensor[] grads);
}

package jtorch.nn;

import jtorch.Tensor;

/**
 * A module whose parameters are allocated at its first forward, their sizes inferred from the input: PyTorch's
 * {@code torch.nn.modules.lazy.LazyModuleMixin}, behind LazyLinear, the LazyConv and LazyConvTranspose modules and
 * the lazy batch and instance norms. The first forward sets the inferred size (in_features, in_channels or
 * num_features), allocates the parameters and buffers, initialises them as the plain module's
 * {@code reset_parameters} does (the same draws, in the same order, from the default generator) and from then on
 * the module prints and behaves as the plain module it extends (PyTorch's {@code cls_to_become}). Until then the
 * parameters are absent (PyTorch shows {@code UninitializedParameter}s): run a dry forward before handing
 * {@code parameters()} to an optimizer, as PyTorch's documentation asks.
 */
public interface LazyModuleMixin {
    /** PyTorch: {@code has_uninitialized_params()}: whether a parameter or buffer still waits for the first forward. */
    boolean hasUninitializedParams();

    /** PyTorch: {@code initialize_parameters(input)}: infers the size from {@code input} and allocates, once. */
    void initializeParameters(Tensor input);
}

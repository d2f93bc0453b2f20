/**
 * {@code torch.nn.utils}: gradient clipping ({@link jtorch.nn.utils.ClipGrad}), parameters as one vector
 * ({@link jtorch.nn.utils.ConvertParameters}), the padding and packing of variable-length sequences
 * ({@link jtorch.nn.utils.Rnn}, {@link jtorch.nn.utils.PackedSequence}) and the reparametrisations that replace a
 * module's parameter by a tensor computed before every forward: {@link jtorch.nn.utils.WeightNorm},
 * {@link jtorch.nn.utils.SpectralNorm} and {@link jtorch.nn.utils.Prune}. Public API only.
 */
package jtorch.nn.utils;

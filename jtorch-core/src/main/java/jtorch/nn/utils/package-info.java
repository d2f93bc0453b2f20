/**
 * {@code torch.nn.utils}: gradient clipping ({@link jtorch.nn.utils.ClipGrad}), parameters as one vector
 * ({@link jtorch.nn.utils.ConvertParameters}) and the padding and packing of variable-length sequences
 * ({@link jtorch.nn.utils.Rnn}, {@link jtorch.nn.utils.PackedSequence}). Public API only.
 */
package jtorch.nn.utils;

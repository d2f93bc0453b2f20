/**
 * {@code torch.special} as {@link jtorch.special.Special}: PyTorch 1.13's special functions, each delegating to its
 * op family in {@code jtorch.internal.ops} (most are also reachable under their {@code torch} names).
 */
package jtorch.special;

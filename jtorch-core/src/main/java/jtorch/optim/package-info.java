/**
 * Optimizers, mirroring {@code torch.optim}: parameter groups, PyTorch-structured state dicts,
 * per-element updates rounding as PyTorch 1.13's kernels. Public API only (no {@code jtorch.internal}).
 */
package jtorch.optim;

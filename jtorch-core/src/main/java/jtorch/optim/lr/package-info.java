/**
 * Learning-rate schedulers, mirroring {@code torch.optim.lr_scheduler}. Public API only.
 */
package jtorch.optim.lr;

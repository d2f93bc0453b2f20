/**
 * Stochastic Weight Averaging, mirroring {@code torch.optim.swa_utils}: {@link jtorch.optim.swa_utils.AveragedModel}
 * (running averages of a model's weights), {@link jtorch.optim.swa_utils.SWALR} (anneals each group's lr to a fixed
 * SWA lr) and {@link jtorch.optim.swa_utils.SwaUtils#updateBn} (recomputes BatchNorm statistics for the averaged
 * weights). Public API only.
 */
package jtorch.optim.swa_utils;

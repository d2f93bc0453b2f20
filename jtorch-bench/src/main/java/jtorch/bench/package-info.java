/**
 * jtorch-bench: the same workloads timed in jtorch and, in the same run, in PyTorch (and DJL),
 * reported as ratios. Uses jtorch's public API only (checked by PublicApiOnlyTest).
 */
package jtorch.bench;

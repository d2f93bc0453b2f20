/**
 * {@code torch.utils.checkpoint}: activation checkpointing, trading compute for memory
 * ({@link jtorch.utils.checkpoint.Checkpoint}). Public API only.
 */
package jtorch.utils.checkpoint;

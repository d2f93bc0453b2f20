/**
 * Checkpoints, mirroring {@code torch.save} / {@code torch.load} (surfaced as {@code Torch.save} and
 * {@code Torch.load}): PyTorch's zip format (written byte-compatible) and legacy format, safetensors, a
 * restricted unpickler that builds only what a checkpoint holds, atomic writes. Public API only (raw storage
 * access through {@link jtorch.Storage}); no Java deserialization.
 */
package jtorch.serialization;

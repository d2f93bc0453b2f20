/**
 * torchvision.ops: box geometry, non-maximum suppression, the focal loss and the RoI operators
 * ({@link jtorch.vision.ops.Ops}); the RoI operators' CPU kernels are in {@link jtorch.vision.ops.cpu}.
 * Built on jtorch-core's public API only.
 */
package jtorch.vision.ops;

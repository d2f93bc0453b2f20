/**
 * {@code torchvision.io}: reading and writing images as uint8 {@code [C, H, W]} tensors, and
 * {@link jtorch.vision.io.Image}, which plays PIL's {@code Image} in pipelines. Public core API only.
 */
package jtorch.vision.io;

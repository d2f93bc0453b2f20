/**
 * {@code torch.utils.tensorboard}: {@link jtorch.utils.tensorboard.SummaryWriter} writes TensorBoard event
 * files (TFRecord framing with masked CRC32C around {@code Event} protobufs) and the embedding projector's
 * files. May use jtorch-core's public API, protobuf-java (the generated {@code .proto} package) and XChart
 * (for {@code addFigure}); never {@code jtorch.internal} or jtorch-vision.
 */
package jtorch.utils.tensorboard;

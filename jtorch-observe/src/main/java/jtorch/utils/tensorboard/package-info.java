/**
 * {@code torch.utils.tensorboard}: {@link jtorch.utils.tensorboard.SummaryWriter} writes TensorBoard event
 * files (TFRecord framing with masked CRC32C around {@code Event} protobufs) and the embedding projector's
 * files; {@code addGraph} traces a model through a {@code jtorch.overrides.TorchFunctionMode} and module hooks.
 * May use jtorch-core's public API, protobuf-java (the generated {@code .proto} package), javax.imageio and XChart
 * (for {@code addFigure}); never {@code jtorch.internal} or jtorch-vision.
 */
package jtorch.utils.tensorboard;

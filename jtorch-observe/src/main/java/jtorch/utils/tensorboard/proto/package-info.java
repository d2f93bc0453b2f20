/**
 * Protobuf classes generated at build time from {@code src/main/protobuf/jtorch/tb/*.proto}: TensorBoard's
 * {@code Event}, {@code Summary}, {@code TensorProto}, {@code HistogramProto} and its plugins' settings
 * (text, pr_curves, hparams, projector), with TensorBoard's message and field numbers. Generated code only;
 * uses protobuf-java.
 */
package jtorch.utils.tensorboard.proto;

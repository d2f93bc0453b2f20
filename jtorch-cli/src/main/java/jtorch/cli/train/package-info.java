/**
 * The training engine behind {@code jtorch train / eval / predict}: loading and splitting image data
 * ({@link jtorch.cli.train.ImageData}), normalisation ({@link jtorch.cli.train.Preprocessing}), the model
 * zoo by name ({@link jtorch.cli.train.Models}), the seed's train/validate/test loop with checkpoints,
 * TensorBoard logs and plots ({@link jtorch.cli.train.Trainer}) and evaluation metrics
 * ({@link jtorch.cli.train.Evaluation}). Built on the public jtorch API only.
 */
package jtorch.cli.train;

/**
 * Model architectures, torchvision's {@code torchvision.models}: each is built so that its
 * {@code stateDict()} keys and shapes equal the PyTorch model's, so checkpoints move between the two.
 * Today: the seed notes' LeNet-5 ({@link jtorch.vision.models.LeNet}) and two-layer perceptron
 * ({@link jtorch.vision.models.MLP}).
 */
package jtorch.vision.models;

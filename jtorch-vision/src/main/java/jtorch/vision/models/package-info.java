/**
 * Model architectures, torchvision's {@code torchvision.models}: each is built so that its {@code stateDict()} keys,
 * order and shapes equal the PyTorch model's, so checkpoints move between the two, and so that after the same
 * {@code manualSeed} its initial weights are torchvision's (the same draws in the same order). Builders in
 * {@link jtorch.vision.models.Models} mirror {@code torchvision.models.resnet18(num_classes=...)} and the rest:
 * {@link jtorch.vision.models.AlexNet}, {@link jtorch.vision.models.VGG} (11/16, with and without batch norm),
 * {@link jtorch.vision.models.ResNet} (18/34/50), {@link jtorch.vision.models.MobileNetV2},
 * {@link jtorch.vision.models.GoogLeNet}, {@link jtorch.vision.models.DenseNet} (121), and the seed notes'
 * LeNet-5 ({@link jtorch.vision.models.LeNet}), two-layer perceptron ({@link jtorch.vision.models.MLP}) and U-Net
 * ({@link jtorch.vision.models.UNet}).
 */
package jtorch.vision.models;

/**
 * {@code torchvision.datasets}: MNIST, FashionMNIST, CIFAR, ImageFolder and list files, each with
 * transform and target transform. Public core API only.
 */
package jtorch.vision.datasets;

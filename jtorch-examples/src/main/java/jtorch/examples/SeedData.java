package jtorch.examples;

import jtorch.Tensor;
import jtorch.cli.train.ImageData;
import jtorch.nn.functional.F;

/**
 * The data the image examples train on: the 10,000 real Fashion-MNIST images bundled with jtorch-cli (the seeds'
 * MNIST / CIFAR loaders would download; these need nothing). The first 8,000 images are the training set, the last
 * 2,000 the test set. Pixels become {@code ToTensor()}'s {@code x / 255}.
 */
final class SeedData {
    /** Images in the training part. */
    static final int TRAIN = 8000;
    /** Images in the test part. */
    static final int TEST = 2000;
    private static ImageData bundled;

    private SeedData() {
    }

    private static synchronized ImageData all() {
        if (bundled == null) {
            bundled = ImageData.bundled();
        }
        return bundled;
    }

    /** The first {@code n} training images, {@code [n, 1, 28, 28]} in [0, 1]. */
    static Tensor trainImages(int n) {
        return all().images().narrow(0, 0, n).div(255);
    }

    /** The labels of {@link #trainImages}. */
    static Tensor trainLabels(int n) {
        return all().labels().narrow(0, 0, n);
    }

    /** The last {@code n} images (the test part), {@code [n, 1, 28, 28]} in [0, 1]. */
    static Tensor testImages(int n) {
        return all().images().narrow(0, 10000 - n, n).div(255);
    }

    /** The labels of {@link #testImages}. */
    static Tensor testLabels(int n) {
        return all().labels().narrow(0, 10000 - n, n);
    }

    /** Fashion-MNIST's class names. */
    static java.util.List<String> classes() {
        return ImageData.FASHION_CLASSES;
    }

    /** The LeNet input of the seeds' CIFAR recipe: {@code Normalize((0.5,), (0.5,))}, then zero padding to 32x32. */
    static Tensor lenetInput(Tensor images) {
        return F.pad(images.sub(0.5).div(0.5), new int[] {2, 2, 2, 2});
    }
}

package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.AdaptiveAvgPool2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;

/**
 * AlexNet (Krizhevsky et al., 2012) as torchvision builds it. PyTorch:
 * {@code torchvision.models.AlexNet(num_classes=1000, dropout=0.5)} ({@code torchvision.models.alexnet()}).
 * {@code stateDict()} keys {@code features.0/3/6/8/10.*}, {@code classifier.1/4/6.*}; every layer keeps its default
 * initialisation, drawn in torchvision's order. Takes {@code [N, 3, H, W]} with H, W at least 63.
 */
public class AlexNet extends Module {
    final Sequential features;
    final AdaptiveAvgPool2d avgpool;
    final Sequential classifier;

    /** PyTorch: {@code AlexNet()}: 1000 classes, dropout 0.5. */
    public AlexNet() {
        this(1000, 0.5);
    }

    /**
     * PyTorch: {@code AlexNet(num_classes, dropout)}.
     *
     * @throws IllegalArgumentException for non-positive classes or a dropout outside [0, 1]
     */
    public AlexNet(int numClasses, double dropout) {
        Models.checkHead(numClasses, dropout);
        features = new Sequential(
                new Conv2d(Conv2d.options(3, 64, 11).stride(4).padding(2)), new ReLU(true), new MaxPool2d(3, 2),
                new Conv2d(Conv2d.options(64, 192, 5).padding(2)), new ReLU(true), new MaxPool2d(3, 2),
                new Conv2d(Conv2d.options(192, 384, 3).padding(1)), new ReLU(true),
                new Conv2d(Conv2d.options(384, 256, 3).padding(1)), new ReLU(true),
                new Conv2d(Conv2d.options(256, 256, 3).padding(1)), new ReLU(true), new MaxPool2d(3, 2));
        avgpool = new AdaptiveAvgPool2d(6, 6);
        classifier = new Sequential(
                new Dropout(dropout), new Linear(256 * 6 * 6, 4096), new ReLU(true),
                new Dropout(dropout), new Linear(4096, 4096), new ReLU(true),
                new Linear(4096, numClasses));
    }

    @Override
    public Tensor forward(Tensor x) {
        return classifier.call(avgpool.call(features.call(x)).flatten(1));
    }
}

package jtorch.examples;

import java.io.PrintStream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.optim.SGD;
import jtorch.vision.models.LeNet;

/**
 * The seed's LeNet train/test loop ({@link LeNetTraining}) on the bundled Fashion-MNIST, 28x28 images normalised
 * with {@code (0.5, 0.5)} and padded to LeNet's 32x32: {@code net = Net()}, {@code nn.CrossEntropyLoss()},
 * {@code optim.SGD(net.parameters(), lr=0.01, momentum=0.9)}, 2 epochs over 8,000 images (1 epoch over 1,600 with
 * {@code --quick}), then {@code Finished Training} and the accuracies on the 2,000 test images (500).
 */
final class LeNetExample {
    private LeNetExample() {
    }

    static void run(PrintStream out, boolean quick) {
        int nTrain = quick ? 1600 : SeedData.TRAIN;
        int nTest = quick ? 500 : SeedData.TEST;
        int epochs = quick ? 1 : 2;
        int every = quick ? 25 : 100;
        Torch.manualSeed(0);
        LeNet net = new LeNet();
        SGD optimizer = new SGD(net.parameters(), SGD.options(0.01).momentum(0.9));
        var loader = LeNetTraining.loader(SeedData.lenetInput(SeedData.trainImages(nTrain)),
                SeedData.trainLabels(nTrain));
        for (int epoch = 0; epoch < epochs; epoch++) {
            LeNetTraining.epoch(out, net, optimizer, loader, epoch + 1, every);
        }
        out.println("Finished Training");
        Tensor xTest = SeedData.lenetInput(SeedData.testImages(nTest));
        LeNetTraining.printAccuracy(out, LeNetTraining.confusion(net, xTest, SeedData.testLabels(nTest), 10),
                SeedData.classes());
    }
}

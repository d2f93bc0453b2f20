package jtorch.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Parameter;
import jtorch.optim.SGD;
import jtorch.utils.tensorboard.SummaryWriter;
import jtorch.vision.models.LeNet;

/**
 * The seed's weight and gradient histograms per epoch (notes 003, "梯度及权值分布可视化"): LeNet trained with
 * {@code Training: Epoch[001/002] Iteration[025/050] Loss: 1.2345 Acc:56.78%} lines (the tutorial's format,
 * accuracy over the epoch so far), and after each epoch, for every parameter,
 * {@code writer.add_histogram(name + '_grad', layer.grad, epoch)} and {@code writer.add_histogram(name + '_data',
 * layer, epoch)}. The norms of the last gradients and the weights' sums are printed too, to compare with
 * PyTorch. 2 epochs over 8,000 images (800 with {@code --quick}); {@code tensorboard --logdir <out>} shows the histograms.
 */
final class Histograms {
    private Histograms() {
    }

    static void run(PrintStream out, Path dir, boolean quick) {
        int n = quick ? 800 : SeedData.TRAIN;
        int every = quick ? 25 : 100;
        int maxEpoch = 2;
        Torch.manualSeed(0);
        LeNet net = new LeNet();
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD optimizer = new SGD(net.parameters(), SGD.options(0.01).momentum(0.9));
        var loader = LeNetTraining.loader(SeedData.lenetInput(SeedData.trainImages(n)), SeedData.trainLabels(n));
        try (SummaryWriter writer = new SummaryWriter(dir)) {
            for (int epoch = 0; epoch < maxEpoch; epoch++) {
                double lossSigma = 0;
                long correct = 0;
                long total = 0;
                int i = 0;
                for (List<Tensor> data : loader) {
                    optimizer.zeroGrad();
                    Tensor outputs = net.call(data.get(0));
                    Tensor loss = criterion.forward(outputs, data.get(1));
                    loss.backward();
                    optimizer.step();
                    total += data.get(1).size(0);
                    correct += (long) outputs.max(1).indices().eq(data.get(1)).sum().item();
                    lossSigma += loss.item();
                    if (i % every == every - 1) {
                        out.printf(Locale.ROOT, "Training: Epoch[%03d/%03d] Iteration[%03d/%03d] Loss: %.4f "
                                        + "Acc:%.2f%%%n", epoch + 1, maxEpoch, i + 1, loader.size(), lossSigma / every,
                                100.0 * correct / total);
                        lossSigma = 0;
                    }
                    i++;
                }
                for (var e : net.namedParameters().entrySet()) {
                    Parameter layer = e.getValue();
                    writer.addHistogram(e.getKey() + "_grad", layer.grad(), epoch);
                    writer.addHistogram(e.getKey() + "_data", layer.detach(), epoch);
                    out.printf(Locale.ROOT, "%s grad norm %.6f data sum %.6f%n", e.getKey(), layer.grad().norm().item(),
                            layer.detach().sum().item());
                }
            }
        }
    }
}

package jtorch.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Module;
import jtorch.optim.Optimizer;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.TensorDataset;

/**
 * The seed's LeNet train/test loop (notes 000 "上面是一次训练" / "测试总误差", the PyTorch CIFAR tutorial):
 * {@code for i, data in enumerate(trainloader): optimizer.zero_grad(); outputs = net(inputs); loss =
 * criterion(outputs, labels); loss.backward(); optimizer.step(); running_loss += loss.item()}, printing
 * {@code [epoch, i] loss: running_loss / every} every {@code every} batches; then the accuracy on the test images,
 * total and per class. Shared by the LeNet examples.
 */
final class LeNetTraining {
    /** Training batch size (the tutorial's 4 makes a 2-core CPU epoch needlessly slow). */
    static final int BATCH = 16;

    private LeNetTraining() {
    }

    /** A shuffled loader over model-ready images and labels, batches of {@link #BATCH}. */
    static DataLoader<List<Tensor>, List<Tensor>> loader(Tensor x, Tensor y) {
        return new DataLoader<>(new TensorDataset(x, y), BATCH, true);
    }

    /** One epoch (1-based {@code epoch}); prints the running loss every {@code every} batches (0: never). */
    static void epoch(PrintStream out, Module net, Optimizer optimizer, DataLoader<List<Tensor>, List<Tensor>> loader,
                      int epoch, int every) {
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        net.train();
        double runningLoss = 0;
        int i = 0;
        for (List<Tensor> data : loader) {
            optimizer.zeroGrad();
            Tensor outputs = net.call(data.get(0));
            Tensor loss = criterion.forward(outputs, data.get(1));
            loss.backward();
            optimizer.step();
            runningLoss += loss.item();
            if (every > 0 && i % every == every - 1) {
                out.printf(Locale.ROOT, "[%d, %5d] loss: %.3f%n", epoch, i + 1, runningLoss / every);
                runningLoss = 0;
            }
            i++;
        }
    }

    /** The confusion matrix of {@code net} (eval mode, no grad) on {@code x, y}: row = true, column = predicted. */
    static long[][] confusion(Module net, Tensor x, Tensor y, int classes) {
        net.eval();
        long[][] conf = new long[classes][classes];
        try (var g = Torch.noGrad()) {
            long[] predicted = net.call(x).max(1).indices().toLongArray();
            long[] labels = y.toLongArray();
            for (int j = 0; j < labels.length; j++) {
                conf[(int) labels[j]][(int) predicted[j]]++;
            }
        }
        net.train();
        return conf;
    }

    /**
     * The tutorial's test printout: {@code Accuracy of the network on the N test images: A %}, then
     * {@code Accuracy of %5s : %2d %%} per class.
     */
    static void printAccuracy(PrintStream out, long[][] conf, List<String> classes) {
        long correct = 0;
        long total = 0;
        for (int i = 0; i < conf.length; i++) {
            correct += conf[i][i];
            for (long v : conf[i]) {
                total += v;
            }
        }
        out.printf(Locale.ROOT, "Accuracy of the network on the %d test images: %d %%%n", total,
                (int) (100.0 * correct / total));
        for (int i = 0; i < conf.length; i++) {
            long classTotal = 0;
            for (long v : conf[i]) {
                classTotal += v;
            }
            out.printf(Locale.ROOT, "Accuracy of %5s : %2d %%%n", classes.get(i),
                    (int) (100.0 * conf[i][i] / classTotal));
        }
    }
}

package jtorch.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.optim.SGD;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.Datasets;
import jtorch.utils.data.TensorDataset;

/**
 * The seed's early stopping with dropout (notes 004, "Early Stopping、Dropout"): {@code train_db, val_db =
 * random_split(train_db, [n - n // 5, n // 5], generator=torch.Generator().manual_seed(0))}, the notes'
 * {@code net_dropped} ({@code Linear(784, 200), Dropout(0.5), ReLU, Linear(200, 200), Dropout(0.5), ReLU,
 * Linear(200, 10)}), {@code optim.SGD(lr=0.05, momentum=0.9)}; after every epoch the validation loss and accuracy;
 * training stops when the validation loss has not improved for {@code patience} epochs and the best epoch's weights
 * are restored ({@code copy.deepcopy(net.state_dict())}) for the test accuracy. 8,000 images, at most 30 epochs,
 * patience 3 (600 images, at most 12 epochs, patience 2 with {@code --quick}).
 */
final class EarlyStopping {
    private EarlyStopping() {
    }

    static void run(PrintStream out, boolean quick) {
        int n = quick ? 600 : SeedData.TRAIN;
        int nTest = quick ? 500 : SeedData.TEST;
        int maxEpochs = quick ? 12 : 30;
        int patience = quick ? 2 : 3;
        Tensor x = LogisticRegression.normalize(SeedData.trainImages(n)).view(n, 28 * 28);
        Tensor y = SeedData.trainLabels(n);
        Torch.manualSeed(0);
        int nVal = n / 5;
        var parts = Datasets.randomSplit(new TensorDataset(x, y), new int[] {n - nVal, nVal}, new Generator(0));
        out.println("db1: " + parts.get(0).size() + " db2: " + parts.get(1).size());
        DataLoader<List<Tensor>, List<Tensor>> trainLoader = new DataLoader<>(parts.get(0), 64, true);
        DataLoader<List<Tensor>, List<Tensor>> valLoader = new DataLoader<>(parts.get(1), 500, false);
        Sequential net = new Sequential(new Linear(784, 200), new Dropout(0.5), new ReLU(), new Linear(200, 200),
                new Dropout(0.5), new ReLU(), new Linear(200, 10));
        SGD optimizer = new SGD(net.parameters(), SGD.options(0.05).momentum(0.9));
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int bad = 0;
        Map<String, Tensor> bestState = null;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            net.train();
            double trainLoss = 0;
            int batches = 0;
            for (List<Tensor> batch : trainLoader) {
                Tensor loss = F.crossEntropy(net.call(batch.get(0)), batch.get(1));
                optimizer.zeroGrad();
                loss.backward();
                optimizer.step();
                trainLoss += loss.item();
                batches++;
            }
            net.eval();
            double valLoss = 0;
            long correct = 0;
            try (var g = Torch.noGrad()) {
                for (List<Tensor> batch : valLoader) {
                    Tensor logits = net.call(batch.get(0));
                    valLoss += F.crossEntropy(logits, batch.get(1), CrossEntropyLoss.options().reduction("sum")).item();
                    correct += (long) logits.argmax(1).eq(batch.get(1)).sum().item();
                }
            }
            valLoss /= nVal;
            out.printf(Locale.ROOT, "epoch %d: train loss %.4f, val loss %.4f, val acc %.4f%n", epoch,
                    trainLoss / batches, valLoss, (double) correct / nVal);
            if (valLoss < best) {
                best = valLoss;
                bestEpoch = epoch;
                bad = 0;
                bestState = new LinkedHashMap<>();
                for (var e : net.stateDict().entrySet()) {
                    bestState.put(e.getKey(), e.getValue().clone());
                }
            } else if (++bad >= patience) {
                out.printf(Locale.ROOT, "early stopping: val loss has not improved for %d epochs, best epoch %d%n",
                        patience, bestEpoch);
                break;
            }
        }
        net.loadStateDict(bestState);
        net.eval();
        try (var g = Torch.noGrad()) {
            Tensor xt = LogisticRegression.normalize(SeedData.testImages(nTest)).view(nTest, 28 * 28);
            double acc = net.call(xt).argmax(1).eq(SeedData.testLabels(nTest)).toFloat().mean().item();
            out.printf(Locale.ROOT, "test acc of the best model (epoch %d): %.4f%n", bestEpoch, acc);
        }
    }
}

package jtorch.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Linear;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.optim.SGD;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.TensorDataset;

/**
 * The seed's k-fold cross validation (notes 004, "k 折交叉验证": split the training data into k parts, validate on
 * each part in turn after training on the others) with the notes' digit {@code Net} (784 → 256 → 64 → 10, ReLU):
 * after {@code torch.manual_seed(0)}, {@code perm = torch.randperm(n)}, fold {@code f} validates on
 * {@code perm[f*n//k:(f+1)*n//k]}; each fold builds a fresh {@code Net()} (continuing the random stream), trains
 * with {@code optim.SGD(lr=0.01, momentum=0.9)} and cross entropy on shuffled batches of 64, and prints its
 * validation accuracy; then the folds' mean and standard deviation. 5 folds of 8,000 images, 3 epochs each
 * (3 folds of 1,200 images, 1 epoch, with {@code --quick}). {@code ./jtorch train --kfold K} does this for the
 * command's models.
 */
final class CrossValidation {
    private CrossValidation() {
    }

    static void run(PrintStream out, boolean quick) {
        int n = quick ? 1200 : SeedData.TRAIN;
        int k = quick ? 3 : 5;
        int epochs = quick ? 1 : 3;
        Tensor x = LogisticRegression.normalize(SeedData.trainImages(n)).view(n, 28 * 28);
        Tensor y = SeedData.trainLabels(n);
        Torch.manualSeed(0);
        Tensor perm = Torch.randperm(n);
        int foldSize = n / k;
        double[] accs = new double[k];
        for (int fold = 0; fold < k; fold++) {
            Tensor valIdx = perm.narrow(0, fold * foldSize, foldSize);
            Tensor trainIdx = Torch.cat(List.of(perm.narrow(0, 0, fold * foldSize),
                    perm.narrow(0, (fold + 1) * foldSize, n - (fold + 1) * foldSize)), 0);
            Sequential model = new Sequential(new Linear(28 * 28, 256), new ReLU(), new Linear(256, 64), new ReLU(),
                    new Linear(64, 10));
            SGD optimizer = new SGD(model.parameters(), SGD.options(0.01).momentum(0.9));
            DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(
                    new TensorDataset(x.indexSelect(0, trainIdx), y.indexSelect(0, trainIdx)), 64, true);
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (List<Tensor> batch : loader) {
                    Tensor loss = F.crossEntropy(model.call(batch.get(0)), batch.get(1));
                    optimizer.zeroGrad();
                    loss.backward();
                    optimizer.step();
                }
            }
            try (var g = Torch.noGrad()) {
                Tensor predicted = model.call(x.indexSelect(0, valIdx)).argmax(1);
                accs[fold] = predicted.eq(y.indexSelect(0, valIdx)).toFloat().mean().item();
            }
            out.printf(Locale.ROOT, "fold %d: train %d val %d val acc %.4f%n", fold + 1, trainIdx.size(0), foldSize,
                    accs[fold]);
        }
        Tensor a = Torch.tensor(accs);
        out.printf(Locale.ROOT, "%d-fold cross validation: mean acc %.4f, std %.4f%n", k, a.mean().item(),
                a.std().item());
    }
}

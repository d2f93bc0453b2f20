package jtorch.cli.train;

import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.functional.F;

/**
 * A model's loss, accuracy and confusion matrix on a labelled set, the seed's "测试总误差" loop
 * ({@code with torch.no_grad(): outputs = net(images); _, predicted = torch.max(outputs, 1); correct += ...})
 * run in eval mode, plus per-class precision, recall and F1.
 *
 * @param loss      mean cross-entropy over the samples
 * @param accuracy  fraction of correct argmax predictions
 * @param confusion counts, row = true class, column = predicted class
 */
public record Evaluation(double loss, double accuracy, long[][] confusion) {

    /** Evaluates {@code model} on model-ready input {@code x} and labels {@code y} in batches of {@code batch}. */
    public static Evaluation of(Module model, Tensor x, Tensor y, int numClasses, int batch) {
        boolean wasTraining = model.isTraining();
        model.eval();
        long[][] conf = new long[numClasses][numClasses];
        double lossSum = 0;
        long correct = 0;
        int n = (int) x.size(0);
        try (var g = Torch.noGrad()) {
            for (int start = 0; start < n; start += batch) {
                int len = Math.min(batch, n - start);
                Tensor out = model.call(x.narrow(0, start, len));
                Tensor yb = y.narrow(0, start, len);
                lossSum += F.crossEntropy(out, yb).item() * len;
                long[] pred = out.argmax(1).toLongArray();
                long[] truth = yb.toLongArray();
                for (int i = 0; i < len; i++) {
                    conf[(int) truth[i]][(int) pred[i]]++;
                    if (pred[i] == truth[i]) {
                        correct++;
                    }
                }
            }
        } finally {
            model.train(wasTraining);
        }
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n, n == 0 ? Double.NaN : (double) correct / n, conf);
    }

    /** Precision of class {@code c}: correct predictions of c over all predictions of c (0 when none). */
    public double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    /** Recall of class {@code c}: correct predictions of c over all samples of c (0 when none). */
    public double recall(int c) {
        long actual = 0;
        for (long v : confusion[c]) {
            actual += v;
        }
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    /** F1 of class {@code c}: the harmonic mean of precision and recall (0 when both are 0). */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A plain-text report: accuracy, a per-class precision/recall/F1/support table and the confusion matrix. */
    public String report(List<String> classes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "accuracy %.4f  loss %.4f%n%n", accuracy, loss));
        sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support"));
        for (int c = 0; c < classes.size(); c++) {
            long support = 0;
            for (long v : confusion[c]) {
                support += v;
            }
            sb.append(String.format(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %8d%n", classes.get(c), precision(c),
                    recall(c), f1(c), support));
        }
        sb.append(String.format(Locale.ROOT, "%nconfusion matrix (rows: true class, columns: predicted)%n"));
        for (long[] row : confusion) {
            for (long v : row) {
                sb.append(String.format(Locale.ROOT, "%6d", v));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }
}

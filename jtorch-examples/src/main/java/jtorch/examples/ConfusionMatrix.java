package jtorch.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jtorch.Torch;
import jtorch.optim.SGD;
import jtorch.utils.plot.Plots;
import jtorch.vision.models.LeNet;

/**
 * The seed's confusion-matrix figure (notes 003, {@code validate} and {@code show_confMat}): LeNet trained as in
 * {@link LeNetExample}, its confusion matrix on the test images, the tutorial's per-class lines
 * ({@code class:T-shirt/top, total num:52.0  , correct num:40.0 Recall: 75.47% Precision: 70.18%} — recall and
 * precision with its {@code 1 +} in the denominators), the set's accuracy, and
 * {@code Confusion_Matrix_valid.png}. 2 epochs over 8,000 images (1 over 1,600 with {@code --quick}).
 */
final class ConfusionMatrix {
    private ConfusionMatrix() {
    }

    static void run(PrintStream out, Path dir, boolean quick) {
        int nTrain = quick ? 1600 : SeedData.TRAIN;
        int nTest = quick ? 500 : SeedData.TEST;
        Torch.manualSeed(0);
        LeNet net = new LeNet();
        SGD optimizer = new SGD(net.parameters(), SGD.options(0.01).momentum(0.9));
        var loader = LeNetTraining.loader(SeedData.lenetInput(SeedData.trainImages(nTrain)),
                SeedData.trainLabels(nTrain));
        for (int epoch = 0; epoch < (quick ? 1 : 2); epoch++) {
            LeNetTraining.epoch(out, net, optimizer, loader, epoch + 1, 0);
        }
        long[][] conf = LeNetTraining.confusion(net, SeedData.lenetInput(SeedData.testImages(nTest)),
                SeedData.testLabels(nTest), 10);
        List<String> classes = SeedData.classes();
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < conf.length; i++) {
            double row = 0;
            double col = 0;
            for (int j = 0; j < conf.length; j++) {
                row += conf[i][j];
                col += conf[j][i];
            }
            trace += conf[i][i];
            sum += row;
            out.printf(Locale.ROOT, "class:%-10s, total num:%-6s, correct num:%-5s  Recall: %.2f%% Precision: %.2f%%%n",
                    classes.get(i), Py.repr(row), Py.repr(conf[i][i]), 100 * conf[i][i] / (1 + row),
                    100 * conf[i][i] / (1 + col));
        }
        out.printf(Locale.ROOT, "valid set Accuracy:%.2f%%%n", 100 * trace / sum);
        Path png = Plots.showConfMat(conf, classes, "valid", dir);
        out.println("saved " + png.getFileName());
    }
}

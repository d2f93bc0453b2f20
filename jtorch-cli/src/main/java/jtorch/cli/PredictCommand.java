package jtorch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.cli.train.Checkpoints;
import jtorch.cli.train.Preprocessing;
import jtorch.nn.Module;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.transforms.Resize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jtorch predict}: the top-k classes with probabilities for image files (PNG, JPEG, ...), converted to
 * the checkpoint's channels, resized to its image size when needed, normalised and padded as in training.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Classify image files with a checkpoint: the top-k classes with their probabilities.")
public final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE", description = "best.pt or last.pt of a jtorch train run")
    Path checkpoint;
    @Option(names = "--topk", defaultValue = "3", description = "classes to show per image (default: ${DEFAULT-VALUE})")
    int topk;
    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "image files")
    List<Path> images;

    @Override
    public Integer call() {
        Map<String, Object> ck = Checkpoints.load(checkpoint);
        List<String> classes = Checkpoints.classes(ck);
        if (topk <= 0) {
            throw new IllegalArgumentException("--topk must be positive, got " + topk);
        }
        int k = Math.min(topk, classes.size());
        int[] shape = Checkpoints.inputShape(ck);
        Preprocessing prep = Checkpoints.preprocessing(ck);
        Module model = Checkpoints.model(ck);
        for (Path p : images) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no such image file: " + p);
            }
            Image img = Image.open(p);
            img = img.convert(shape[0] == 1 ? ImageMode.L : ImageMode.RGB);
            if (img.height() != shape[1] || img.width() != shape[2]) {
                img = new Resize(new int[] {shape[1], shape[2]}).apply(img);
            }
            Tensor x = prep.apply(img.toTensor().toFloat().unsqueeze(0));
            Tensor probs;
            try (var g = Torch.noGrad()) {
                probs = model.call(x).softmax(1).select(0, 0);
            }
            var top = probs.topk(k);
            long[] idx = top.indices().toLongArray();
            float[] pv = top.values().toFloatArray();
            StringBuilder sb = new StringBuilder(p.toString()).append(':');
            for (int i = 0; i < k; i++) {
                sb.append(String.format(Locale.ROOT, "  %s %.4f", classes.get((int) idx[i]), pv[i]));
            }
            parent.out.println(sb);
        }
        return 0;
    }
}

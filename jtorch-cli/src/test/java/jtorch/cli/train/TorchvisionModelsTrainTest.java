package jtorch.cli.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code jtorch train --model M} for torchvision's architectures on tiny generated 28x28 1-channel data (40
 * images of 3 classes, read with Fashion-MNIST's 10 names: 32 train, two SGD steps of 16 without
 * momentum, so that VGG's checkpoints hold no momentum buffers): the images reach the
 * model replicated to 3 channels and padded to 32x32 (AlexNet: resized to 64x64), the run writes checkpoints
 * whose {@code model_state_dict} has torchvision's keys, the weights moved, and {@code eval}'s rebuild of the
 * checkpoint's model gives the trained model's outputs.
 */
class TorchvisionModelsTrainTest {
    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void data() throws IOException {
        data = TinyData.write(tmp.resolve("idx"), 40, 5);
    }

    @ParameterizedTest
    @CsvSource({
        "alexnet, padded and resized to 64x64, features.0.weight, classifier.6.bias",
        "vgg11, padded to 32x32, features.0.weight, classifier.6.bias",
        "resnet18, padded to 32x32, conv1.weight, fc.bias",
        "resnet34, padded to 32x32, conv1.weight, fc.bias",
        "mobilenet_v2, padded to 32x32, features.0.0.weight, classifier.1.bias",
        "googlenet, padded to 32x32, conv1.conv.weight, fc.bias"})
    void trainsOnOneChannelImages(String model, String geometry, String firstKey, String lastKey) {
        TrainConfig cfg = new TrainConfig(model, data.toString(), 1, 16, "sgd", 0.01, 0, 0, "none", 0, 0.1,
                TrainConfig.parseSplit("8:1:1"), 0, 0, 0, 2, 0, false);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Path dir = tmp.resolve(model);
        Trainer.Result r = new Trainer(out, out).train(cfg, dir);
        String log = buf.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("28x28 " + geometry + ", replicated to 3 channels, 10 classes"), log);
        assertEquals(1, r.history().size());
        assertTrue(Double.isFinite(r.history().get(0).trainLoss()), r.history().toString());

        Map<String, Object> ck = Checkpoints.load(dir.resolve("last.pt"));
        List<String> keys = List.copyOf(Checkpoints.stateDict(ck).keySet());
        assertEquals(firstKey, keys.get(0));
        assertEquals(lastKey, keys.get(keys.size() - 1));
        Preprocessing prep = Checkpoints.preprocessing(ck);
        int[] shape = prep.geometry().outputShape(28, 28);
        Torch.manualSeed(cfg.seed());
        Module init = Models.create(model, shape[0], shape[1], shape[2], 10, 0);
        assertEquals(List.copyOf(init.stateDict().keySet()), keys, "torchvision's keys in torchvision's order");
        Tensor w0 = init.stateDict().get(firstKey).clone();
        assertFalse(Torch.equal(w0, Checkpoints.stateDict(ck).get(firstKey)), "two SGD steps moved " + firstKey);

        // eval's rebuild: the same preprocessing and weights give the same outputs as the run's own model
        Module rebuilt = Checkpoints.model(ck);
        Tensor x = prep.apply(ImageData.load(data.toString(), new ImageData.FolderFormat(32, 0))[0].images().narrow(0, 0, 2));
        assertArrayEquals(new int[] {2, shape[0], shape[1], shape[2]}, x.sizes());
        Module trained = init; // building VGG's 129M parameters again would cost seconds
        trained.loadStateDict(Checkpoints.stateDict(ck), true);
        trained.eval();
        try (var g = Torch.noGrad()) {
            assertTrue(Torch.equal(trained.call(x), rebuilt.call(x)));
        }
    }

    @Test
    void architecturesRejectInputTheyCannotTake() {
        var e = assertThrows(IllegalArgumentException.class, () -> Models.create("resnet18", 1, 32, 32, 10, 0));
        assertEquals("resnet18 takes 3-channel input (1-channel images are replicated), got 1 channels", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Models.create("vgg11", 3, 28, 28, 10, 0));
        assertEquals("vgg11 takes at least 32x32 input (smaller images are padded), got 28x28", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Models.create("resnet34", 3, 32, 32, 10, 0.5));
        assertEquals("--dropout: resnet34 has no dropout option here (got 0.5)", e.getMessage());
        assertEquals(new Preprocessing.Geometry(2, 3, 0), Models.geometry("googlenet", 1, 28, 28));
        assertEquals(new Preprocessing.Geometry(2, 3, 64), Models.geometry("alexnet", 1, 28, 28));
        assertEquals(new Preprocessing.Geometry(0, 3, 0), Models.geometry("mobilenet_v2", 3, 32, 32));
        assertEquals(new Preprocessing.Geometry(2, 1, 0), Models.geometry("lenet", 1, 28, 28));
        assertEquals(new Preprocessing.Geometry(0, 1, 0), Models.geometry("mlp", 1, 28, 28));
    }
}

package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.optim.SGD;
import jtorch.optim.lr.StepLR;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.TensorDataset;
import org.junit.jupiter.api.Test;

/**
 * The whole wave at once: tools/golden/train_loop.py's seeded PyTorch loop (initialisation, a shuffled
 * DataLoader, dropout, CrossEntropyLoss, SGD with momentum and weight decay, StepLR) translated line by
 * line follows PyTorch's loss curve step for step, because every random draw (init, shuffling, dropout)
 * comes from PyTorch's stream in PyTorch's order.
 */
class TrainLoopFixtureTest {

    @Test
    void seededTrainingFollowsPyTorchsLossCurve() throws IOException {
        JsonObject fx;
        try (Reader r = new InputStreamReader(TrainLoopFixtureTest.class.getResourceAsStream(
                "/fixtures/train/train_loop.json"), StandardCharsets.UTF_8)) {
            fx = JsonParser.parseReader(r).getAsJsonObject();
        }

        Torch.manualSeed(0);
        Tensor x = Torch.randn(96, 20);
        Tensor y = x.get(":, :4").argmax(1);
        Sequential net = new Sequential(new Linear(20, 32), new ReLU(), new Dropout(0.2), new Linear(32, 4));
        DataLoader<List<Tensor>, List<Tensor>> loader = new DataLoader<>(new TensorDataset(x, y), 16, true);
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD optimizer = new SGD(net.parameters(), SGD.options(0.1).momentum(0.9).weightDecay(1e-4));
        StepLR scheduler = new StepLR(optimizer, 2, 0.5);
        JsonArray expected = fx.getAsJsonArray("losses");
        int step = 0;
        for (int epoch = 0; epoch < 3; epoch++) {
            net.train();
            for (List<Tensor> batch : loader) {
                optimizer.zeroGrad();
                Tensor loss = criterion.forward(net.forward(batch.get(0)), batch.get(1));
                loss.backward();
                optimizer.step();
                double want = expected.get(step++).getAsDouble();
                assertEquals(want, loss.item(), 2e-6 * Math.max(1, Math.abs(want)), "loss at step " + step);
            }
            scheduler.step();
        }
        assertEquals(expected.size(), step);
        net.eval();
        float[] out;
        try (var g = Torch.noGrad()) {
            out = net.forward(x.get(":4")).toFloatArray();
        }
        JsonArray want = fx.getAsJsonArray("final");
        for (int i = 0; i < out.length; i++) {
            assertEquals(want.get(i).getAsDouble(), out[i], 1e-5, "final output " + i);
        }
    }
}

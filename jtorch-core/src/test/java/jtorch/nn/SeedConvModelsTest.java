package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.TensorSummaries;
import org.junit.jupiter.api.Test;

/**
 * The seed notes' convolutional networks written in Java as briefly as in Python: LeNet {@code Net}
 * (001_6d82f735346a2cd8.txt), ResidualBlock and ResNet34 with {@code _make_layer}
 * (003_ce998acfe9dc3462.txt) and the U-Net {@code Up} block with its DoubleConv. Against PyTorch
 * (tools/golden/seed_conv_models.py): the same repr and parameter count, bit-identical initial
 * parameters for the same seed, and the same outputs, gradients and running statistics, with the
 * fixture's weights loaded through loadStateDict where the case has them.
 */
class SeedConvModelsTest {
    // ---------------------------------------------------------------- the seed notes' classes

    /** LeNet: 输入图像channel 1, 输出channel 6, 5x5卷积核. */
    static class Net extends Module {
        final Conv2d conv1 = new Conv2d(1, 6, 5);
        final Conv2d conv2 = new Conv2d(6, 16, 5);
        // an affine operation: y = Wx + b
        final Linear fc1 = new Linear(16 * 5 * 5, 120);
        final Linear fc2 = new Linear(120, 84);
        final Linear fc3 = new Linear(84, 10);

        @Override
        public Tensor forward(Tensor x) {
            // 2x2 Max pooling
            x = F.maxPool2d(F.relu(conv1.call(x)), new int[] {2, 2});
            // 如果是方阵,则可以只使用一个数字进行定义
            x = F.maxPool2d(F.relu(conv2.call(x)), 2);
            x = x.view(-1, numFlatFeatures(x));
            x = F.relu(fc1.call(x));
            x = F.relu(fc2.call(x));
            return fc3.call(x);
        }

        int numFlatFeatures(Tensor x) {
            int numFeatures = 1;
            for (int i = 1; i < x.dim(); i++) { // 除去批处理维度的其他所有维度
                numFeatures *= x.size(i);
            }
            return numFeatures;
        }
    }

    /** 实现子module: Residual Block. */
    static class ResidualBlock extends Module {
        final Sequential left;
        final Module right;

        ResidualBlock(int inchannel, int outchannel) {
            this(inchannel, outchannel, 1, null);
        }

        ResidualBlock(int inchannel, int outchannel, int stride, Module shortcut) {
            left = new Sequential(
                    new Conv2d(Conv2d.options(inchannel, outchannel, 3).stride(stride).padding(1).bias(false)),
                    new BatchNorm2d(outchannel),
                    new ReLU(true),
                    new Conv2d(Conv2d.options(outchannel, outchannel, 3).stride(1).padding(1).bias(false)),
                    new BatchNorm2d(outchannel));
            right = shortcut;
            // the shortcut was created before `left` (in makeLayer): fields register in declaration order,
            // which is PyTorch's assignment order here, whatever the creation order
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor out = left.call(x);
            Tensor residual = right == null ? x : right.call(x);
            out.add_(residual);
            return F.relu(out);
        }
    }

    /** 实现主module: ResNet34, layers of 3, 4, 6, 3 residual blocks built by makeLayer. */
    static class ResNet34 extends Module {
        final String modelName = "resnet34";
        final Sequential pre = new Sequential(
                new Conv2d(Conv2d.options(3, 64, 7).stride(2).padding(3).bias(false)),
                new BatchNorm2d(64),
                new ReLU(true),
                new MaxPool2d(3, 2, 1));
        final Sequential layer1 = makeLayer(64, 128, 3, 1);
        final Sequential layer2 = makeLayer(128, 256, 4, 2);
        final Sequential layer3 = makeLayer(256, 512, 6, 2);
        final Sequential layer4 = makeLayer(512, 512, 3, 2);
        // 分类用的全连接
        final Linear fc;

        ResNet34() {
            this(2);
        }

        ResNet34(int numClasses) {
            fc = new Linear(512, numClasses);
        }

        /** 构建layer,包含多个residual block. */
        private Sequential makeLayer(int inchannel, int outchannel, int blockNum, int stride) {
            Sequential shortcut = new Sequential(
                    new Conv2d(Conv2d.options(inchannel, outchannel, 1).stride(stride).bias(false)),
                    new BatchNorm2d(outchannel));
            List<Module> layers = new ArrayList<>();
            layers.add(new ResidualBlock(inchannel, outchannel, stride, shortcut));
            for (int i = 1; i < blockNum; i++) {
                layers.add(new ResidualBlock(outchannel, outchannel));
            }
            return new Sequential(layers.toArray(new Module[0]));
        }

        @Override
        public Tensor forward(Tensor x) {
            x = pre.call(x);
            x = layer1.call(x);
            x = layer2.call(x);
            x = layer3.call(x);
            x = layer4.call(x);
            x = F.avgPool2d(x, 7);
            x = x.view(x.size(0), -1); // 按batch_size展平
            return fc.call(x);
        }
    }

    /** (convolution => [BN] => ReLU) * 2. */
    static class DoubleConv extends Module {
        // named as in Python: field names are the state-dict keys PyTorch checkpoints use
        final Sequential double_conv;

        DoubleConv(int inChannels, int outChannels) {
            this(inChannels, outChannels, outChannels);
        }

        DoubleConv(int inChannels, int outChannels, int midChannels) {
            double_conv = new Sequential(
                    new Conv2d(Conv2d.options(inChannels, midChannels, 3).padding(1).bias(false)),
                    new BatchNorm2d(midChannels),
                    new ReLU(true),
                    new Conv2d(Conv2d.options(midChannels, outChannels, 3).padding(1).bias(false)),
                    new BatchNorm2d(outChannels),
                    new ReLU(true));
        }

        @Override
        public Tensor forward(Tensor x) {
            return double_conv.call(x);
        }
    }

    /** Upscaling then double conv. */
    static class Up extends Module {
        final Module up;
        final DoubleConv conv;

        Up(int inChannels, int outChannels, boolean bilinear) {
            if (bilinear) {
                // if bilinear, use the normal convolutions to reduce the number of channels
                up = new Upsample(Upsample.options().scaleFactor(2).mode("bilinear").alignCorners(true));
                conv = new DoubleConv(inChannels, outChannels, inChannels / 2);
            } else {
                up = new ConvTranspose2d(ConvTranspose2d.options(inChannels, inChannels / 2, 2).stride(2));
                conv = new DoubleConv(inChannels, outChannels);
            }
        }

        @Override
        public Tensor forward(Tensor... inputs) {
            Tensor x1 = up.call(inputs[0]);
            Tensor x2 = inputs[1];
            // input is CHW
            int diffY = x2.size(2) - x1.size(2);
            int diffX = x2.size(3) - x1.size(3);
            x1 = F.pad(x1, new int[] {diffX / 2, diffX - diffX / 2, diffY / 2, diffY - diffY / 2});
            Tensor x = Torch.cat(List.of(x2, x1), 1);
            return conv.call(x);
        }
    }

    // ---------------------------------------------------------------- checks against PyTorch

    private static final Map<String, JsonObject> CASES = load();

    private static Map<String, JsonObject> load() {
        try (var in = SeedConvModelsTest.class.getResourceAsStream("/fixtures/seed_conv_models.json")) {
            Map<String, JsonObject> out = new LinkedHashMap<>();
            for (JsonElement e : JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonArray("cases")) {
                out.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void leNetPrintsAndStartsAsInPyTorch() {
        JsonObject c = CASES.get("lenet_seed0_init");
        Net net = built(c, Net::new);
        assertEquals("""
                Net(
                  (conv1): Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))
                  (conv2): Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1))
                  (fc1): Linear(in_features=400, out_features=120, bias=True)
                  (fc2): Linear(in_features=120, out_features=84, bias=True)
                  (fc3): Linear(in_features=84, out_features=10, bias=True)
                )""", net.toString());
        assertEquals(10, net.parameters().size());
    }

    @Test
    void leNetForwardAndBackward() {
        check("lenet", Net::new);
        check("lenet_batch", Net::new);
    }

    @Test
    void residualBlocks() {
        check("residual_block_shortcut_train", () -> new ResidualBlock(4, 8, 2, new Sequential(
                new Conv2d(Conv2d.options(4, 8, 1).stride(2).bias(false)), new BatchNorm2d(8))));
        check("residual_block_identity_eval", () -> new ResidualBlock(6, 6));
    }

    @Test
    void resNet34() {
        check("resnet34", ResNet34::new);
    }

    @Test
    void uNetUp() {
        check("up_bilinear", () -> new Up(8, 4, true));
        check("up_transposed", () -> new Up(8, 4, false));
        check("up_transposed_eval", () -> new Up(8, 4, false));
    }

    // builds the model after the case's seed: repr, parameter count and initial parameters (bit for bit)
    private static <M extends Module> M built(JsonObject c, Supplier<M> build) {
        Torch.manualSeed(c.get("seed").getAsLong());
        M m = build.get();
        assertEquals(c.get("repr").getAsString(), m.toString(), "repr");
        assertEquals(c.get("num_params").getAsLong(), m.parameters().stream().mapToLong(Tensor::numel).sum(),
                "parameter count");
        assertNamed(c.get("name").getAsString() + " initial", c.getAsJsonArray("params"), m.namedParameters(), null,
                true);
        List<String> keys = new ArrayList<>();
        c.getAsJsonArray("state_dict_keys").forEach(k -> keys.add(k.getAsString()));
        assertEquals(keys, List.copyOf(m.stateDict().keySet()), "state_dict keys");
        return m;
    }

    private static void check(String name, Supplier<? extends Module> build) {
        JsonObject c = CASES.get(name);
        Module m = built(c, build);
        List<Tensor> inputs = new ArrayList<>();
        if (c.has("input_seed")) {
            // the inputs are the default generator's next randn draws, as in the Python script (close to
            // PyTorch's; large float32 randn draws can differ from them in the last bit)
            JsonArray shapes = c.getAsJsonArray("input_seed");
            for (int i = 0; i < shapes.size(); i++) {
                Tensor x = Torch.randn(ints(shapes.get(i).getAsJsonArray()));
                TensorSummaries.assertTensor(name + " input" + i, c.getAsJsonArray("input_summaries").get(i)
                        .getAsJsonObject(), x, null, false);
                inputs.add(x.requiresGrad_(true));
            }
        } else {
            for (JsonElement e : c.getAsJsonArray("inputs")) {
                inputs.add(OpFixtures.tensor(e.getAsJsonObject(), Layout.CONTIGUOUS).requiresGrad_(true));
            }
        }
        if (c.has("state")) {
            Map<String, Tensor> state = new LinkedHashMap<>();
            for (JsonElement e : c.getAsJsonArray("state")) {
                JsonArray pair = e.getAsJsonArray();
                state.put(pair.get(0).getAsString(), OpFixtures.tensor(pair.get(1).getAsJsonObject(),
                        Layout.CONTIGUOUS));
            }
            var keys = m.loadStateDict(state);
            assertEquals(List.of(), keys.missingKeys());
            assertEquals(List.of(), keys.unexpectedKeys());
        }
        m.train(c.get("train").getAsBoolean());
        Tensor out = m.call(inputs.toArray(new Tensor[0]));
        boolean deep = name.equals("resnet34");
        double[] tol = {1e-4, 1e-5};
        // float32 rounding differences (and last-bit differences of the randn input) grow through ResNet34's
        // 36 convolutions
        TensorSummaries.assertTensor(name + " out", c.getAsJsonObject("out"), out, deep ? new double[] {2e-3, 2e-4}
                : tol, false);
        out.backward(OpFixtures.tensor(c.getAsJsonObject("grad_out"), Layout.CONTIGUOUS));
        Map<String, Tensor> grads = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            grads.put("input" + i, inputs.get(i).grad());
        }
        m.namedParameters().forEach((k, p) -> grads.put(k, p.grad()));
        if (deep) {
            // Going back, the gradients also pass 36 train-mode batch norms of a single image, whose
            // mean-subtracting backward amplifies those differences, and ReLU masks and max-pool choices
            // near ties can flip: element by element only the classifier's gradients are comparable, every
            // layer's gradient in total (sum of |g|) is.
            assertNamed(name + " grads", c.getAsJsonArray("grads"), grads, k -> k.startsWith("fc.")
                    ? new double[] {1e-3, 1e-5} : null);
            assertNamed(name + " buffers after", c.getAsJsonArray("buffers_after"), m.namedBuffers(),
                    k -> new double[] {2e-3, 1e-4});
            return;
        }
        assertNamed(name + " grads", c.getAsJsonArray("grads"), grads, tol, false);
        assertNamed(name + " buffers after", c.getAsJsonArray("buffers_after"), m.namedBuffers(), tol, false);
    }

    // element-wise where tolFor gives a tolerance, else only the sum of |x| within 2%
    private static void assertNamed(String what, JsonArray expected, Map<String, ? extends Tensor> actual,
                                    java.util.function.Function<String, double[]> tolFor) {
        List<String> names = new ArrayList<>(actual.keySet());
        assertEquals(expected.size(), names.size(), what + ": count");
        for (int i = 0; i < expected.size(); i++) {
            JsonArray pair = expected.get(i).getAsJsonArray();
            String k = names.get(i);
            assertEquals(pair.get(0).getAsString(), k, what + ": name " + i);
            JsonObject spec = pair.get(1).getAsJsonObject();
            double[] tol = tolFor.apply(k);
            if (tol != null) {
                TensorSummaries.assertTensor(what + " " + k, spec, actual.get(k), tol, false);
                continue;
            }
            double expectedAbs = 0;
            if (spec.has("summary")) {
                expectedAbs = spec.getAsJsonObject("summary").get("abs_sum").getAsDouble();
            } else {
                for (JsonElement v : spec.getAsJsonArray("data")) {
                    expectedAbs += Math.abs(v.getAsDouble());
                }
            }
            double actualAbs = actual.get(k).abs().sum().item();
            assertEquals(expectedAbs, actualAbs, 2e-2 * expectedAbs, what + " " + k + ": sum of |x|");
        }
    }

    private static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsInt();
        }
        return out;
    }

    private static void assertNamed(String what, JsonArray expected, Map<String, ? extends Tensor> actual,
                                    double[] tol, boolean exact) {
        List<String> names = new ArrayList<>(actual.keySet());
        assertEquals(expected.size(), names.size(), what + ": count");
        for (int i = 0; i < expected.size(); i++) {
            JsonArray pair = expected.get(i).getAsJsonArray();
            assertEquals(pair.get(0).getAsString(), names.get(i), what + ": name " + i);
            TensorSummaries.assertTensor(what + " " + names.get(i), pair.get(1).getAsJsonObject(),
                    actual.get(names.get(i)), tol, exact);
        }
    }
}

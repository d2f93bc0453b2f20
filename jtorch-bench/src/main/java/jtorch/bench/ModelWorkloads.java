package jtorch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.optim.SGD;
import jtorch.vision.models.LeNet;
import jtorch.vision.models.Models;
import jtorch.vision.models.ResNet;

/**
 * The model-level workloads (issues 14 and 23), jtorch's side, written with the public API as a user writes
 * them; {@code torch_peer.py} holds PyTorch's same script. Each builder returns one op (a training step, or
 * an inference batch) on inputs drawn after {@code Torch.manualSeed} by the caller. Sizes are parameters so
 * the tests can run one op small.
 */
final class ModelWorkloads {
    /** resnet34_step: the seed's batch of 224x224 RGB images. */
    static final int RESNET34_BATCH = 8;
    static final int RESNET34_SIDE = 224;
    /** resnet34_step's learning rate of the no-grad update {@code p -= lr * p.grad}. */
    static final double RESNET34_LR = 1e-3;
    static final int MLP_BATCH = 512;
    static final int LENET_BATCH = 64;
    /** resnet18: torchvision's resnet18(num_classes=10) on [32, 3, 32, 32]. */
    static final int RESNET18_BATCH = 32;
    static final int RESNET18_SIDE = 32;
    static final int CLASSES = 10;
    /** SGD of the mlp, lenet, resnet18 and e2e steps. */
    static final double LR = 0.01;
    static final double MOMENTUM = 0.9;

    private ModelWorkloads() {
    }

    /**
     * The seed's ResNet-34 step: {@code out = model(x); out.pow(2).sum().backward()}, then under no_grad
     * {@code p -= lr * p.grad} and the gradient zeroed, for every parameter.
     */
    static Supplier<Tensor> resnet34Step(int batch) {
        Module model = new SeedResNet34();
        Tensor x = Torch.randn(batch, 3, RESNET34_SIDE, RESNET34_SIDE);
        List<Parameter> params = model.parameters();
        return () -> {
            Tensor loss = model.call(x).pow(2).sum();
            loss.backward();
            try (var g = Torch.noGrad()) {
                for (Parameter p : params) {
                    p.sub_(p.grad().mul(RESNET34_LR));
                    p.grad().zero_();
                }
            }
            return loss;
        };
    }

    /** mlp: Linear 784-256-64-10 with ReLUs on a batch of {@code batch} random images. */
    static Supplier<Tensor> mlpStep(int batch) {
        Module model = new Sequential(new Linear(784, 256), new ReLU(), new Linear(256, 64), new ReLU(),
                new Linear(64, CLASSES));
        return trainStep(model, Torch.randn(batch, 784), batch);
    }

    /** lenet: the seed's LeNet (jtorch-vision's) on [batch, 1, 32, 32]. */
    static Supplier<Tensor> lenetStep(int batch) {
        return trainStep(new LeNet(), Torch.randn(batch, 1, 32, 32), batch);
    }

    /** resnet18 train: torchvision's resnet18(num_classes=10) on [batch, 3, side, side]. */
    static Supplier<Tensor> resnet18Step(int batch, int side) {
        return trainStep(resnet18(), Torch.randn(batch, 3, side, side), batch);
    }

    /** resnet18 inference: eval mode under no_grad, one forward of [batch, 3, side, side]. */
    static Supplier<Tensor> resnet18Inference(int batch, int side) {
        Module model = resnet18();
        model.eval();
        Tensor x = Torch.randn(batch, 3, side, side);
        return () -> {
            try (var g = Torch.noGrad()) {
                return model.call(x);
            }
        };
    }

    static ResNet resnet18() {
        return Models.resnet18(ResNet.options().numClasses(CLASSES));
    }

    /**
     * One classification training step as the seed writes it: {@code optimizer.zero_grad(); loss =
     * criterion(model(x), y); loss.backward(); optimizer.step()} with CrossEntropyLoss and SGD (lr 0.01,
     * momentum 0.9); the targets are {@code batch} random classes drawn after the input.
     */
    static Supplier<Tensor> trainStep(Module model, Tensor x, int batch) {
        Tensor y = Torch.randint(0, CLASSES, batch);
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD optimizer = new SGD(model.parameters(), SGD.options(LR).momentum(MOMENTUM));
        model.train();
        return () -> {
            optimizer.zeroGrad();
            Tensor loss = criterion.call(model.call(x), y);
            loss.backward();
            optimizer.step();
            return loss;
        };
    }

    /** The seed's (note 003) ResidualBlock: conv-bn-relu-conv-bn plus the input or its shortcut, then ReLU. */
    static final class ResidualBlock extends Module {
        final Sequential left;
        final Module right;

        ResidualBlock(int inchannel, int outchannel, int stride, Module shortcut) {
            left = new Sequential(
                    new Conv2d(Conv2d.options(inchannel, outchannel, 3).stride(stride).padding(1).bias(false)),
                    new BatchNorm2d(outchannel),
                    new ReLU(true),
                    new Conv2d(Conv2d.options(outchannel, outchannel, 3).stride(1).padding(1).bias(false)),
                    new BatchNorm2d(outchannel));
            right = shortcut;
            registerModule("left", left);
            if (shortcut != null) {
                registerModule("right", shortcut);
            }
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor out = left.call(x);
            Tensor residual = right == null ? x : right.call(x);
            out.add_(residual);
            return F.relu(out);
        }
    }

    /**
     * The seed's (note 003) ResNet34: stages of 3, 4, 6, 3 residual blocks with layer1 64→128, 2 classes,
     * {@code F.avg_pool2d(x, 7)} before the classifier (so 224x224 input).
     */
    static final class SeedResNet34 extends Module {
        final Sequential pre = new Sequential(
                new Conv2d(Conv2d.options(3, 64, 7).stride(2).padding(3).bias(false)),
                new BatchNorm2d(64),
                new ReLU(true),
                new MaxPool2d(3, 2, 1));
        final Sequential layer1 = makeLayer(64, 128, 3, 1);
        final Sequential layer2 = makeLayer(128, 256, 4, 2);
        final Sequential layer3 = makeLayer(256, 512, 6, 2);
        final Sequential layer4 = makeLayer(512, 512, 3, 2);
        final Linear fc = new Linear(512, 2);

        private static Sequential makeLayer(int inchannel, int outchannel, int blockNum, int stride) {
            Sequential shortcut = new Sequential(
                    new Conv2d(Conv2d.options(inchannel, outchannel, 1).stride(stride).bias(false)),
                    new BatchNorm2d(outchannel));
            List<Module> layers = new ArrayList<>();
            layers.add(new ResidualBlock(inchannel, outchannel, stride, shortcut));
            for (int i = 1; i < blockNum; i++) {
                layers.add(new ResidualBlock(outchannel, outchannel, 1, null));
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
            x = x.view(x.size(0), -1);
            return fc.call(x);
        }
    }

    /** LeNet with conv1 padding 2, so it takes Fashion-MNIST's 28x28 images as they are (the e2e workload). */
    static final class PaddedLeNet extends Module {
        final Conv2d conv1 = new Conv2d(1, 6, 5, 1, 2);
        final Conv2d conv2 = new Conv2d(6, 16, 5);
        final Linear fc1 = new Linear(16 * 5 * 5, 120);
        final Linear fc2 = new Linear(120, 84);
        final Linear fc3 = new Linear(84, CLASSES);

        @Override
        public Tensor forward(Tensor x) {
            x = F.maxPool2d(F.relu(conv1.call(x)), 2);
            x = F.maxPool2d(F.relu(conv2.call(x)), 2);
            x = x.view(-1, 16 * 5 * 5);
            x = F.relu(fc1.call(x));
            x = F.relu(fc2.call(x));
            return fc3.call(x);
        }
    }
}

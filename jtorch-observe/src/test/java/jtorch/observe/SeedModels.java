package jtorch.observe;

import java.util.ArrayList;
import java.util.List;
import jtorch.Tensor;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;

/** The seed notes' models, as the seeds write them (001: LeNet; 003: ResidualBlock and ResNet34). */
public final class SeedModels {
    private SeedModels() {
    }

    /** LeNet: 输入图像channel 1, 输出channel 6, 5x5卷积核. */
    public static class Net extends Module {
        final Conv2d conv1 = new Conv2d(1, 6, 5);
        final Conv2d conv2 = new Conv2d(6, 16, 5);
        final Linear fc1 = new Linear(16 * 5 * 5, 120);
        final Linear fc2 = new Linear(120, 84);
        final Linear fc3 = new Linear(84, 10);

        @Override
        public Tensor forward(Tensor x) {
            x = F.maxPool2d(F.relu(conv1.call(x)), new int[] {2, 2});
            x = F.maxPool2d(F.relu(conv2.call(x)), 2);
            x = x.view(-1, 16 * 5 * 5);
            x = F.relu(fc1.call(x));
            x = F.relu(fc2.call(x));
            return fc3.call(x);
        }
    }

    /** 实现子module: Residual Block. */
    public static class ResidualBlock extends Module {
        final Sequential left;
        final Module right;

        ResidualBlock(int inchannel, int outchannel) {
            this(inchannel, outchannel, 1, null);
        }

        public ResidualBlock(int inchannel, int outchannel, int stride, Module shortcut) {
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

    /** 实现主module: ResNet34 (layers of 3, 4, 6, 3 residual blocks), num_classes=2. */
    public static class ResNet34 extends Module {
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
            x = x.view(x.size(0), -1);
            return fc.call(x);
        }
    }
}

package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.AdaptiveAvgPool2d;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.init.Init;

/**
 * Residual networks (He et al., 2015). PyTorch: {@code torchvision.models.ResNet(block, layers, num_classes=1000,
 * zero_init_residual=False, groups=1, width_per_group=64)}; {@link Models#resnet18}, {@link Models#resnet34} and
 * {@link Models#resnet50} build torchvision's configurations. The {@code stateDict()} keys, order and shapes are
 * torchvision's ({@code conv1.weight, bn1.*, layer1.0.conv1.weight, ..., fc.bias}), and the initialisation draws
 * the same numbers in the same order: each layer's default initialisation as it is built, then
 * {@code kaiming_normal_(mode="fan_out", nonlinearity="relu")} on every convolution in module order.
 */
public class ResNet extends Module {
    /** The residual block kind: torchvision's {@code BasicBlock} (ResNet-18/34) or {@code Bottleneck} (50+). */
    public enum Block {
        /** Two 3x3 convolutions (torchvision's {@code BasicBlock}). */
        BASIC(1),
        /** 1x1, 3x3, 1x1 convolutions widening by 4 (torchvision's {@code Bottleneck}). */
        BOTTLENECK(4);

        /** Output channels over {@code planes}. PyTorch: {@code block.expansion}. */
        public final int expansion;

        Block(int expansion) {
            this.expansion = expansion;
        }
    }

    /** Keyword arguments of {@code torchvision.models.ResNet} and its builders. */
    public static final class Options {
        int numClasses = 1000;
        boolean zeroInitResidual;
        int groups = 1;
        int widthPerGroup = 64;

        Options() {
        }

        /** PyTorch: {@code num_classes=1000}. */
        public Options numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }

        /** Zero the last batch norm's scale in each residual branch. PyTorch: {@code zero_init_residual=False}. */
        public Options zeroInitResidual(boolean zeroInitResidual) {
            this.zeroInitResidual = zeroInitResidual;
            return this;
        }

        /** Groups of the bottleneck's 3x3 convolution (ResNeXt). PyTorch: {@code groups=1}. */
        public Options groups(int groups) {
            this.groups = groups;
            return this;
        }

        /** PyTorch: {@code width_per_group=64}. */
        public Options widthPerGroup(int widthPerGroup) {
            this.widthPerGroup = widthPerGroup;
            return this;
        }
    }

    /** Default options: 1000 classes. */
    public static Options options() {
        return new Options();
    }

    // field order = torchvision's assignment order (stateDict() key order)
    final Conv2d conv1;
    final BatchNorm2d bn1;
    final ReLU relu = new ReLU(true);
    final MaxPool2d maxpool;
    final Sequential layer1;
    final Sequential layer2;
    final Sequential layer3;
    final Sequential layer4;
    final AdaptiveAvgPool2d avgpool;
    final Linear fc;

    private int inplanes = 64;
    private final int groups;
    private final int baseWidth;

    /**
     * A ResNet of {@code layers[i]} blocks in stage {@code i}. PyTorch: {@code ResNet(block, layers, ...)}.
     *
     * @throws IllegalArgumentException unless there are 4 stages of at least one block, positive classes and
     *                                  groups, and (for basic blocks) groups 1 and width 64
     */
    public ResNet(Block block, int[] layers, Options o) {
        if (layers.length != 4) {
            throw new IllegalArgumentException("ResNet takes 4 stages of blocks, got " + layers.length);
        }
        if (o.numClasses <= 0 || o.groups <= 0 || o.widthPerGroup <= 0) {
            throw new IllegalArgumentException("ResNet needs positive num_classes, groups and width_per_group, got "
                    + o.numClasses + ", " + o.groups + ", " + o.widthPerGroup);
        }
        if (block == Block.BASIC && (o.groups != 1 || o.widthPerGroup != 64)) {
            throw new IllegalArgumentException("BasicBlock only supports groups=1 and base_width=64");
        }
        groups = o.groups;
        baseWidth = o.widthPerGroup;
        conv1 = new Conv2d(Conv2d.options(3, inplanes, 7).stride(2).padding(3).bias(false));
        bn1 = new BatchNorm2d(inplanes);
        maxpool = new MaxPool2d(3, 2, 1);
        layer1 = makeLayer(block, 64, layers[0], 1);
        layer2 = makeLayer(block, 128, layers[1], 2);
        layer3 = makeLayer(block, 256, layers[2], 2);
        layer4 = makeLayer(block, 512, layers[3], 2);
        avgpool = new AdaptiveAvgPool2d(1, 1);
        fc = new Linear(512 * block.expansion, o.numClasses);
        for (Module m : modules()) {
            if (m instanceof Conv2d c) {
                Init.kaimingNormal_(c.weight, 0, "fan_out", "relu");
            } else if (m instanceof BatchNorm2d b) {
                Init.constant_(b.weight, 1);
                Init.constant_(b.bias, 0);
            }
        }
        if (o.zeroInitResidual) {
            for (Module m : modules()) {
                if (m instanceof BasicBlock b) {
                    Init.constant_(b.bn2.weight, 0);
                } else if (m instanceof Bottleneck b) {
                    Init.constant_(b.bn3.weight, 0);
                }
            }
        }
    }

    private Sequential makeLayer(Block block, int planes, int blocks, int stride) {
        if (blocks <= 0) {
            throw new IllegalArgumentException("each ResNet stage needs at least one block, got " + blocks);
        }
        Sequential downsample = null;
        int out = planes * block.expansion;
        if (stride != 1 || inplanes != out) {
            // built before the block, as in torchvision, so its initialisation draws come first
            downsample = new Sequential(new Conv2d(Conv2d.options(inplanes, out, 1).stride(stride).bias(false)),
                    new BatchNorm2d(out));
        }
        Sequential layer = new Sequential();
        layer.append(newBlock(block, inplanes, planes, stride, downsample));
        inplanes = out;
        for (int i = 1; i < blocks; i++) {
            layer.append(newBlock(block, inplanes, planes, 1, null));
        }
        return layer;
    }

    private Module newBlock(Block block, int in, int planes, int stride, Sequential downsample) {
        return block == Block.BASIC ? new BasicBlock(in, planes, stride, downsample)
                : new Bottleneck(in, planes, stride, downsample, groups, baseWidth);
    }

    @Override
    public Tensor forward(Tensor x) {
        x = maxpool.call(relu.call(bn1.call(conv1.call(x))));
        x = layer4.call(layer3.call(layer2.call(layer1.call(x))));
        return fc.call(avgpool.call(x).flatten(1));
    }

    static Conv2d conv3x3(int in, int out, int stride, int groups) {
        return new Conv2d(Conv2d.options(in, out, 3).stride(stride).padding(1).groups(groups).bias(false));
    }

    static Conv2d conv1x1(int in, int out) {
        return new Conv2d(Conv2d.options(in, out, 1).bias(false));
    }

    /** Two 3x3 convolutions and a shortcut. PyTorch: {@code torchvision.models.resnet.BasicBlock}. */
    public static class BasicBlock extends Module {
        final Conv2d conv1;
        final BatchNorm2d bn1;
        final ReLU relu = new ReLU(true);
        final Conv2d conv2;
        final BatchNorm2d bn2;
        final Module downsample;

        /** PyTorch: {@code BasicBlock(inplanes, planes, stride=1, downsample=None)}; downsample may be null. */
        public BasicBlock(int inplanes, int planes, int stride, Module downsample) {
            conv1 = conv3x3(inplanes, planes, stride, 1);
            bn1 = new BatchNorm2d(planes);
            conv2 = conv3x3(planes, planes, 1, 1);
            bn2 = new BatchNorm2d(planes);
            this.downsample = downsample;
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor out = relu.call(bn1.call(conv1.call(x)));
            out = bn2.call(conv2.call(out));
            out = out.add_(downsample == null ? x : downsample.call(x));
            return relu.call(out);
        }
    }

    /** 1x1, 3x3 (grouped), 1x1 convolutions and a shortcut. PyTorch: {@code torchvision.models.resnet.Bottleneck}. */
    public static class Bottleneck extends Module {
        final Conv2d conv1;
        final BatchNorm2d bn1;
        final Conv2d conv2;
        final BatchNorm2d bn2;
        final Conv2d conv3;
        final BatchNorm2d bn3;
        final ReLU relu = new ReLU(true);
        final Module downsample;

        /**
         * PyTorch: {@code Bottleneck(inplanes, planes, stride=1, downsample=None, groups=1, base_width=64)};
         * downsample may be null.
         */
        public Bottleneck(int inplanes, int planes, int stride, Module downsample, int groups, int baseWidth) {
            int width = (int) (planes * (baseWidth / 64.0)) * groups;
            conv1 = conv1x1(inplanes, width);
            bn1 = new BatchNorm2d(width);
            conv2 = conv3x3(width, width, stride, groups);
            bn2 = new BatchNorm2d(width);
            conv3 = conv1x1(width, planes * Block.BOTTLENECK.expansion);
            bn3 = new BatchNorm2d(planes * Block.BOTTLENECK.expansion);
            this.downsample = downsample;
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor out = relu.call(bn1.call(conv1.call(x)));
            out = relu.call(bn2.call(conv2.call(out)));
            out = bn3.call(conv3.call(out));
            out = out.add_(downsample == null ? x : downsample.call(x));
            return relu.call(out);
        }
    }
}

package jtorch.vision.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.AvgPool2d;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * Densely connected networks (Huang et al., 2016). PyTorch: {@code torchvision.models.DenseNet(growth_rate=32,
 * block_config=(6, 12, 24, 16), num_init_features=64, bn_size=4, drop_rate=0, num_classes=1000)};
 * {@link Models#densenet121} builds torchvision's {@code densenet121()}. Keys {@code features.conv0.weight,
 * features.norm0.*, features.denseblock1.denselayer1.norm1.*, ..., features.transition1.*, features.norm5.*,
 * classifier.*}; initialisation: each layer's default as it is built, then {@code kaiming_normal_} (fan in) for
 * convolutions, unit batch-norm scales, zero biases, in module order. torchvision's {@code memory_efficient}
 * (gradient checkpointing) changes memory, not numbers, and is not offered.
 */
public class DenseNet extends Module {
    /** Keyword arguments of {@code torchvision.models.DenseNet}. */
    public static final class Options {
        int growthRate = 32;
        int[] blockConfig = {6, 12, 24, 16};
        int numInitFeatures = 64;
        int bnSize = 4;
        double dropRate;
        int numClasses = 1000;

        Options() {
        }

        /** Channels each layer adds. PyTorch: {@code growth_rate=32}. */
        public Options growthRate(int growthRate) {
            this.growthRate = growthRate;
            return this;
        }

        /** Layers per dense block. PyTorch: {@code block_config=(6, 12, 24, 16)}. */
        public Options blockConfig(int... blockConfig) {
            this.blockConfig = blockConfig.clone();
            return this;
        }

        /** Channels of the first convolution. PyTorch: {@code num_init_features=64}. */
        public Options numInitFeatures(int numInitFeatures) {
            this.numInitFeatures = numInitFeatures;
            return this;
        }

        /** Bottleneck width multiplier. PyTorch: {@code bn_size=4}. */
        public Options bnSize(int bnSize) {
            this.bnSize = bnSize;
            return this;
        }

        /** Dropout after each dense layer. PyTorch: {@code drop_rate=0}. */
        public Options dropRate(double dropRate) {
            this.dropRate = dropRate;
            return this;
        }

        /** PyTorch: {@code num_classes=1000}. */
        public Options numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }
    }

    /** Default options: DenseNet-121's growth 32, blocks (6, 12, 24, 16), 64 initial features. */
    public static Options options() {
        return new Options();
    }

    final Sequential features;
    final Linear classifier;

    /**
     * PyTorch: {@code DenseNet(growth_rate, block_config, num_init_features, bn_size, drop_rate, num_classes)}.
     *
     * @throws IllegalArgumentException for non-positive sizes or a drop rate outside [0, 1]
     */
    public DenseNet(Options o) {
        Models.checkHead(o.numClasses, o.dropRate);
        if (o.growthRate <= 0 || o.numInitFeatures <= 0 || o.bnSize <= 0 || o.blockConfig.length == 0) {
            throw new IllegalArgumentException("DenseNet needs positive growth_rate, num_init_features, bn_size and "
                    + "a non-empty block_config");
        }
        Map<String, Module> stem = new LinkedHashMap<>();
        stem.put("conv0", new Conv2d(Conv2d.options(3, o.numInitFeatures, 7).stride(2).padding(3).bias(false)));
        stem.put("norm0", new BatchNorm2d(o.numInitFeatures));
        stem.put("relu0", new ReLU(true));
        stem.put("pool0", new MaxPool2d(3, 2, 1));
        features = new Sequential(stem);
        int channels = o.numInitFeatures;
        for (int i = 0; i < o.blockConfig.length; i++) {
            int layers = o.blockConfig[i];
            if (layers <= 0) {
                throw new IllegalArgumentException("DenseNet blocks need at least one layer, got " + layers);
            }
            features.addModule("denseblock" + (i + 1),
                    new DenseBlock(layers, channels, o.bnSize, o.growthRate, o.dropRate));
            channels += layers * o.growthRate;
            if (i != o.blockConfig.length - 1) {
                features.addModule("transition" + (i + 1), new Transition(channels, channels / 2));
                channels /= 2;
            }
        }
        features.addModule("norm5", new BatchNorm2d(channels));
        classifier = new Linear(channels, o.numClasses);
        for (Module m : modules()) {
            if (m instanceof Conv2d c) {
                Init.kaimingNormal_(c.weight);
            } else if (m instanceof BatchNorm2d b) {
                Init.constant_(b.weight, 1);
                Init.constant_(b.bias, 0);
            } else if (m instanceof Linear l) {
                Init.constant_(l.bias, 0);
            }
        }
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor out = F.relu(features.call(x), true);
        return classifier.call(F.adaptiveAvgPool2d(out, 1, 1).flatten(1));
    }

    /** Batch norm, ReLU, 1x1 and 3x3 convolutions on all earlier features. PyTorch: {@code densenet._DenseLayer}. */
    public static class DenseLayer extends Module {
        final BatchNorm2d norm1;
        final ReLU relu1 = new ReLU(true);
        final Conv2d conv1;
        final BatchNorm2d norm2;
        final ReLU relu2 = new ReLU(true);
        final Conv2d conv2;
        private final double dropRate;

        /** PyTorch: {@code _DenseLayer(num_input_features, growth_rate, bn_size, drop_rate)}. */
        public DenseLayer(int in, int growthRate, int bnSize, double dropRate) {
            norm1 = new BatchNorm2d(in);
            conv1 = new Conv2d(Conv2d.options(in, bnSize * growthRate, 1).bias(false));
            norm2 = new BatchNorm2d(bnSize * growthRate);
            conv2 = new Conv2d(Conv2d.options(bnSize * growthRate, growthRate, 3).padding(1).bias(false));
            this.dropRate = dropRate;
        }

        /** The new features from the concatenation of {@code inputs} (the block's earlier outputs). */
        @Override
        public Tensor forward(Tensor... inputs) {
            Tensor bottleneck = conv1.call(relu1.call(norm1.call(Torch.cat(List.of(inputs), 1))));
            Tensor out = conv2.call(relu2.call(norm2.call(bottleneck)));
            return dropRate > 0 ? F.dropout(out, dropRate, isTraining()) : out;
        }
    }

    /** Dense layers each fed every earlier output. PyTorch: {@code densenet._DenseBlock} (a ModuleDict). */
    public static class DenseBlock extends Module {
        /** PyTorch: {@code _DenseBlock(num_layers, num_input_features, bn_size, growth_rate, drop_rate)}. */
        public DenseBlock(int numLayers, int in, int bnSize, int growthRate, double dropRate) {
            for (int i = 0; i < numLayers; i++) {
                registerModule("denselayer" + (i + 1), new DenseLayer(in + i * growthRate, growthRate, bnSize,
                        dropRate));
            }
        }

        @Override
        public Tensor forward(Tensor x) {
            List<Tensor> features = new ArrayList<>(List.of(x));
            for (Module layer : children()) {
                features.add(layer.call(features.toArray(new Tensor[0])));
            }
            return Torch.cat(features, 1);
        }
    }

    /** Batch norm, ReLU, 1x1 convolution, 2x2 average pool. PyTorch: {@code densenet._Transition}. */
    public static class Transition extends Sequential {
        /** PyTorch: {@code _Transition(num_input_features, num_output_features)}. */
        public Transition(int in, int out) {
            super(named(in, out));
        }

        private static Map<String, Module> named(int in, int out) {
            Map<String, Module> m = new LinkedHashMap<>();
            m.put("norm", new BatchNorm2d(in));
            m.put("relu", new ReLU(true));
            m.put("conv", new Conv2d(Conv2d.options(in, out, 1).bias(false)));
            m.put("pool", new AvgPool2d(2, 2));
            return m;
        }
    }
}

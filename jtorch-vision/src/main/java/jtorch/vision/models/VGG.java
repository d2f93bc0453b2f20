package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.AdaptiveAvgPool2d;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.init.Init;

/**
 * VGG (Simonyan and Zisserman, 2014). PyTorch: {@code torchvision.models.VGG(features, num_classes=1000,
 * init_weights=True, dropout=0.5)} with {@code features} from {@code make_layers(cfg, batch_norm)};
 * {@link Models#vgg11}, {@link Models#vgg11Bn}, {@link Models#vgg16} and {@link Models#vgg16Bn} build
 * torchvision's configurations A and D. The {@code stateDict()} keys ({@code features.<i>.*},
 * {@code classifier.0/3/6.*}) and the initialisation (each layer's default as it is built, then
 * {@code kaiming_normal_(fan_out, relu)} for convolutions, N(0, 0.01) for linear weights, zero biases, unit
 * batch-norm scales, in module order) are torchvision's. Takes {@code [N, 3, H, W]} with H, W at least 32.
 */
public class VGG extends Module {
    /** Configuration A (VGG-11): output channels, 0 for a 2x2 max-pool ("M"). */
    public static final int[] CFG_A = {64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0};
    /** Configuration D (VGG-16). */
    public static final int[] CFG_D = {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0};

    final Sequential features;
    final AdaptiveAvgPool2d avgpool;
    final Sequential classifier;

    /**
     * A VGG of configuration {@code cfg} (see {@link #CFG_A}), with batch norm after each convolution or not.
     * PyTorch: {@code VGG(make_layers(cfg, batch_norm), num_classes, dropout=dropout)}.
     *
     * @throws IllegalArgumentException for non-positive classes, a dropout outside [0, 1] or a negative channel
     *                                  count in {@code cfg}
     */
    public VGG(int[] cfg, boolean batchNorm, int numClasses, double dropout) {
        Models.checkHead(numClasses, dropout);
        features = makeLayers(cfg, batchNorm);
        avgpool = new AdaptiveAvgPool2d(7, 7);
        classifier = new Sequential(
                new Linear(512 * 7 * 7, 4096), new ReLU(true), new Dropout(dropout),
                new Linear(4096, 4096), new ReLU(true), new Dropout(dropout),
                new Linear(4096, numClasses));
        for (Module m : modules()) {
            if (m instanceof Conv2d c) {
                Init.kaimingNormal_(c.weight, 0, "fan_out", "relu");
                Init.constant_(c.bias, 0);
            } else if (m instanceof BatchNorm2d b) {
                Init.constant_(b.weight, 1);
                Init.constant_(b.bias, 0);
            } else if (m instanceof Linear l) {
                Init.normal_(l.weight, 0, 0.01);
                Init.constant_(l.bias, 0);
            }
        }
    }

    private static Sequential makeLayers(int[] cfg, boolean batchNorm) {
        Sequential layers = new Sequential();
        int in = 3;
        for (int v : cfg) {
            if (v < 0) {
                throw new IllegalArgumentException("VGG configuration entries are channel counts or 0 for 'M', got "
                        + v);
            }
            if (v == 0) {
                layers.append(new MaxPool2d(2, 2));
                continue;
            }
            layers.append(new Conv2d(Conv2d.options(in, v, 3).padding(1)));
            if (batchNorm) {
                layers.append(new BatchNorm2d(v));
            }
            layers.append(new ReLU(true));
            in = v;
        }
        return layers;
    }

    @Override
    public Tensor forward(Tensor x) {
        return classifier.call(avgpool.call(features.call(x)).flatten(1));
    }
}

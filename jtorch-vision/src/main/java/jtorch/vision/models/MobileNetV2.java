package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.ReLU6;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * MobileNetV2 (Sandler et al., 2018). PyTorch: {@code torchvision.models.MobileNetV2(num_classes=1000,
 * width_mult=1.0, round_nearest=8, dropout=0.2)} ({@code torchvision.models.mobilenet_v2()}). Keys
 * {@code features.0.0.weight ... features.18.1.*, classifier.1.*}; initialisation as torchvision's: each layer's
 * default as it is built, then {@code kaiming_normal_(fan_out)} for convolutions, N(0, 0.01) for the linear weight,
 * zero biases, unit batch-norm scales, in module order.
 */
public class MobileNetV2 extends Module {
    // t (expansion), c (channels), n (repeats), s (first stride): torchvision's inverted_residual_setting
    private static final int[][] SETTING = {
        {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};

    /** Keyword arguments of {@code torchvision.models.MobileNetV2}. */
    public static final class Options {
        int numClasses = 1000;
        double widthMult = 1.0;
        int roundNearest = 8;
        double dropout = 0.2;

        Options() {
        }

        /** PyTorch: {@code num_classes=1000}. */
        public Options numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }

        /** Channel multiplier. PyTorch: {@code width_mult=1.0}. */
        public Options widthMult(double widthMult) {
            this.widthMult = widthMult;
            return this;
        }

        /** Channel counts are rounded to multiples of this. PyTorch: {@code round_nearest=8}. */
        public Options roundNearest(int roundNearest) {
            this.roundNearest = roundNearest;
            return this;
        }

        /** Dropout before the classifier. PyTorch: {@code dropout=0.2}. */
        public Options dropout(double dropout) {
            this.dropout = dropout;
            return this;
        }
    }

    /** Default options: 1000 classes, width 1.0. */
    public static Options options() {
        return new Options();
    }

    final Sequential features;
    final Sequential classifier;

    /** PyTorch: {@code MobileNetV2()}. */
    public MobileNetV2() {
        this(options());
    }

    /**
     * PyTorch: {@code MobileNetV2(num_classes, width_mult, round_nearest=..., dropout=...)}.
     *
     * @throws IllegalArgumentException for non-positive classes, width or rounding, or a dropout outside [0, 1]
     */
    public MobileNetV2(Options o) {
        Models.checkHead(o.numClasses, o.dropout);
        if (!(o.widthMult > 0) || o.roundNearest <= 0) {
            throw new IllegalArgumentException("MobileNetV2 needs a positive width_mult and round_nearest, got "
                    + o.widthMult + " and " + o.roundNearest);
        }
        int input = makeDivisible(32 * o.widthMult, o.roundNearest);
        int last = makeDivisible(1280 * Math.max(1.0, o.widthMult), o.roundNearest);
        features = new Sequential(new Conv2dNormActivation(3, input, 3, 2, 1, new ReLU6(true)));
        for (int[] s : SETTING) {
            int output = makeDivisible(s[1] * o.widthMult, o.roundNearest);
            for (int i = 0; i < s[2]; i++) {
                features.append(new InvertedResidual(input, output, i == 0 ? s[3] : 1, s[0]));
                input = output;
            }
        }
        features.append(new Conv2dNormActivation(input, last, 1, 1, 1, new ReLU6(true)));
        classifier = new Sequential(new Dropout(o.dropout), new Linear(last, o.numClasses));
        for (Module m : modules()) {
            if (m instanceof Conv2d c) {
                Init.kaimingNormal_(c.weight, 0, "fan_out", "leaky_relu");
                if (c.bias != null) {
                    Init.zeros_(c.bias);
                }
            } else if (m instanceof BatchNorm2d b) {
                Init.ones_(b.weight);
                Init.zeros_(b.bias);
            } else if (m instanceof Linear l) {
                Init.normal_(l.weight, 0, 0.01);
                Init.zeros_(l.bias);
            }
        }
    }

    // torchvision's _make_divisible: the nearest multiple of divisor, never below divisor or 90% of v
    static int makeDivisible(double v, int divisor) {
        int rounded = Math.max(divisor, (int) (v + divisor / 2.0) / divisor * divisor);
        return rounded < 0.9 * v ? rounded + divisor : rounded;
    }

    @Override
    public Tensor forward(Tensor x) {
        x = F.adaptiveAvgPool2d(features.call(x), 1, 1);
        return classifier.call(x.flatten(1));
    }

    /**
     * An expand (1x1), depthwise (3x3), project (1x1) block with a residual connection when shapes allow.
     * PyTorch: {@code torchvision.models.mobilenetv2.InvertedResidual(inp, oup, stride, expand_ratio)}.
     */
    public static class InvertedResidual extends Module {
        final Sequential conv;
        private final boolean useResConnect;

        /**
         * PyTorch: {@code InvertedResidual(inp, oup, stride, expand_ratio)}.
         *
         * @throws IllegalArgumentException for a stride other than 1 or 2
         */
        public InvertedResidual(int inp, int oup, int stride, int expandRatio) {
            if (stride != 1 && stride != 2) {
                throw new IllegalArgumentException("stride should be 1 or 2 instead of " + stride);
            }
            int hidden = (int) Math.round((double) inp * expandRatio);
            useResConnect = stride == 1 && inp == oup;
            conv = new Sequential();
            if (expandRatio != 1) {
                conv.append(new Conv2dNormActivation(inp, hidden, 1, 1, 1, new ReLU6(true)));
            }
            conv.append(new Conv2dNormActivation(hidden, hidden, 3, stride, hidden, new ReLU6(true)));
            conv.append(new Conv2d(Conv2d.options(hidden, oup, 1).bias(false)));
            conv.append(new BatchNorm2d(oup));
        }

        @Override
        public Tensor forward(Tensor x) {
            return useResConnect ? x.add(conv.call(x)) : conv.call(x);
        }
    }
}

package jtorch.vision.models;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.AdaptiveAvgPool2d;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.Sequential;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * GoogLeNet, Inception v1 (Szegedy et al., 2014). PyTorch: {@code torchvision.models.GoogLeNet(num_classes=1000,
 * aux_logits=True, transform_input=False, init_weights=None, dropout=0.2, dropout_aux=0.7)}
 * ({@code torchvision.models.googlenet()}; {@code init_weights=None} means True, as in torchvision 0.14). Keys
 * {@code conv1.conv.weight, conv1.bn.*, ..., inception5b.*, aux1.*, aux2.*, fc.*}; initialisation: each layer's
 * default as it is built, then {@code trunc_normal_(std=0.01, a=-2, b=2)} on every convolution and linear
 * weight and unit batch-norm scales, in module order.
 *
 * <p>{@link #forward} returns the logits. In training mode with auxiliary classifiers,
 * {@link #forwardWithAux} also returns theirs (PyTorch's {@code GoogLeNetOutputs}); {@code forward} computes them
 * too, so dropout draws stay in PyTorch's order.
 */
public class GoogLeNet extends Module {
    /** Keyword arguments of {@code torchvision.models.GoogLeNet}. */
    public static final class Options {
        int numClasses = 1000;
        boolean auxLogits = true;
        boolean transformInput;
        boolean initWeights = true;
        double dropout = 0.2;
        double dropoutAux = 0.7;

        Options() {
        }

        /** PyTorch: {@code num_classes=1000}. */
        public Options numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }

        /** Build the two auxiliary classifiers. PyTorch: {@code aux_logits=True}. */
        public Options auxLogits(boolean auxLogits) {
            this.auxLogits = auxLogits;
            return this;
        }

        /**
         * Map ImageNet-normalised input to the [-1, 1] scaling of the original weights.
         * PyTorch: {@code transform_input=False}.
         */
        public Options transformInput(boolean transformInput) {
            this.transformInput = transformInput;
            return this;
        }

        /** Truncated-normal re-initialisation. PyTorch: {@code init_weights=None} (True). */
        public Options initWeights(boolean initWeights) {
            this.initWeights = initWeights;
            return this;
        }

        /** PyTorch: {@code dropout=0.2}. */
        public Options dropout(double dropout) {
            this.dropout = dropout;
            return this;
        }

        /** PyTorch: {@code dropout_aux=0.7}. */
        public Options dropoutAux(double dropoutAux) {
            this.dropoutAux = dropoutAux;
            return this;
        }
    }

    /** Default options: 1000 classes, auxiliary classifiers, no input transform. */
    public static Options options() {
        return new Options();
    }

    /**
     * The outputs of a training-mode forward pass. PyTorch: {@code GoogLeNetOutputs(logits, aux_logits2,
     * aux_logits1)}, filled as torchvision 0.14 fills it: its {@code aux_logits2} holds the output of
     * {@code aux1} (after inception4a) and {@code aux_logits1} that of {@code aux2} (after inception4d).
     */
    public record Outputs(Tensor logits, Tensor auxLogits2, Tensor auxLogits1) {
    }

    final BasicConv2d conv1;
    final MaxPool2d maxpool1;
    final BasicConv2d conv2;
    final BasicConv2d conv3;
    final MaxPool2d maxpool2;
    final Inception inception3a;
    final Inception inception3b;
    final MaxPool2d maxpool3;
    final Inception inception4a;
    final Inception inception4b;
    final Inception inception4c;
    final Inception inception4d;
    final Inception inception4e;
    final MaxPool2d maxpool4;
    final Inception inception5a;
    final Inception inception5b;
    final InceptionAux aux1;
    final InceptionAux aux2;
    final AdaptiveAvgPool2d avgpool;
    final Dropout dropout;
    final Linear fc;
    private final boolean transformInput;

    /** PyTorch: {@code GoogLeNet()}. */
    public GoogLeNet() {
        this(options());
    }

    /**
     * PyTorch: {@code GoogLeNet(num_classes, aux_logits, transform_input, init_weights, dropout, dropout_aux)}.
     *
     * @throws IllegalArgumentException for non-positive classes or a dropout outside [0, 1]
     */
    public GoogLeNet(Options o) {
        Models.checkHead(o.numClasses, o.dropout);
        Models.checkHead(o.numClasses, o.dropoutAux);
        transformInput = o.transformInput;
        conv1 = new BasicConv2d(Conv2d.options(3, 64, 7).stride(2).padding(3));
        maxpool1 = ceilPool(3, 2, 0);
        conv2 = new BasicConv2d(Conv2d.options(64, 64, 1));
        conv3 = new BasicConv2d(Conv2d.options(64, 192, 3).padding(1));
        maxpool2 = ceilPool(3, 2, 0);
        inception3a = new Inception(192, 64, 96, 128, 16, 32, 32);
        inception3b = new Inception(256, 128, 128, 192, 32, 96, 64);
        maxpool3 = ceilPool(3, 2, 0);
        inception4a = new Inception(480, 192, 96, 208, 16, 48, 64);
        inception4b = new Inception(512, 160, 112, 224, 24, 64, 64);
        inception4c = new Inception(512, 128, 128, 256, 24, 64, 64);
        inception4d = new Inception(512, 112, 144, 288, 32, 64, 64);
        inception4e = new Inception(528, 256, 160, 320, 32, 128, 128);
        maxpool4 = ceilPool(2, 2, 0);
        inception5a = new Inception(832, 256, 160, 320, 32, 128, 128);
        inception5b = new Inception(832, 384, 192, 384, 48, 128, 128);
        aux1 = o.auxLogits ? new InceptionAux(512, o.numClasses, o.dropoutAux) : null;
        aux2 = o.auxLogits ? new InceptionAux(528, o.numClasses, o.dropoutAux) : null;
        avgpool = new AdaptiveAvgPool2d(1, 1);
        dropout = new Dropout(o.dropout);
        fc = new Linear(1024, o.numClasses);
        if (o.initWeights) {
            for (Module m : modules()) {
                if (m instanceof Conv2d c) {
                    Init.truncNormal_(c.weight, 0, 0.01, -2, 2);
                } else if (m instanceof Linear l) {
                    Init.truncNormal_(l.weight, 0, 0.01, -2, 2);
                } else if (m instanceof BatchNorm2d b) {
                    Init.constant_(b.weight, 1);
                    Init.constant_(b.bias, 0);
                }
            }
        }
    }

    static MaxPool2d ceilPool(int kernel, int stride, int padding) {
        return new MaxPool2d(MaxPool2d.options(kernel).stride(stride).padding(padding).ceilMode(true));
    }

    /** The logits (the auxiliary classifiers still run in training mode, as in PyTorch). */
    @Override
    public Tensor forward(Tensor x) {
        return forwardWithAux(x).logits();
    }

    /**
     * The logits and, in training mode with auxiliary classifiers, theirs (null otherwise). PyTorch:
     * {@code model(x)} in training mode, a {@code GoogLeNetOutputs}.
     */
    public Outputs forwardWithAux(Tensor x) {
        if (transformInput) {
            x = Torch.cat(List.of(
                    x.select(1, 0).unsqueeze(1).mul(0.229 / 0.5).add((0.485 - 0.5) / 0.5),
                    x.select(1, 1).unsqueeze(1).mul(0.224 / 0.5).add((0.456 - 0.5) / 0.5),
                    x.select(1, 2).unsqueeze(1).mul(0.225 / 0.5).add((0.406 - 0.5) / 0.5)), 1);
        }
        x = maxpool2.call(conv3.call(conv2.call(maxpool1.call(conv1.call(x)))));
        x = maxpool3.call(inception3b.call(inception3a.call(x)));
        x = inception4a.call(x);
        Tensor a1 = aux1 != null && isTraining() ? aux1.call(x) : null;
        x = inception4d.call(inception4c.call(inception4b.call(x)));
        Tensor a2 = aux2 != null && isTraining() ? aux2.call(x) : null;
        x = maxpool4.call(inception4e.call(x));
        x = inception5b.call(inception5a.call(x));
        x = fc.call(dropout.call(avgpool.call(x).flatten(1)));
        return new Outputs(x, a1, a2);
    }

    /** Convolution without bias, batch norm (eps 0.001), ReLU. PyTorch: {@code googlenet.BasicConv2d}. */
    public static class BasicConv2d extends Module {
        final Conv2d conv;
        final BatchNorm2d bn;

        /** PyTorch: {@code BasicConv2d(in_channels, out_channels, **kwargs)}; the options' bias is turned off. */
        public BasicConv2d(Conv2d.Options options) {
            conv = new Conv2d(options.bias(false));
            bn = new BatchNorm2d(BatchNorm2d.options(conv.outChannels).eps(0.001));
        }

        @Override
        public Tensor forward(Tensor x) {
            return F.relu(bn.call(conv.call(x)), true);
        }
    }

    /** Four parallel branches concatenated on channels. PyTorch: {@code googlenet.Inception}. */
    public static class Inception extends Module {
        final BasicConv2d branch1;
        final Sequential branch2;
        final Sequential branch3;
        final Sequential branch4;

        /** PyTorch: {@code Inception(in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj)}. */
        public Inception(int in, int ch1x1, int ch3x3red, int ch3x3, int ch5x5red, int ch5x5, int poolProj) {
            branch1 = new BasicConv2d(Conv2d.options(in, ch1x1, 1));
            branch2 = new Sequential(new BasicConv2d(Conv2d.options(in, ch3x3red, 1)),
                    new BasicConv2d(Conv2d.options(ch3x3red, ch3x3, 3).padding(1)));
            // kernel 3, not 5, in the "5x5" branch: torchvision's known quirk (pytorch/vision#906), kept for its keys
            branch3 = new Sequential(new BasicConv2d(Conv2d.options(in, ch5x5red, 1)),
                    new BasicConv2d(Conv2d.options(ch5x5red, ch5x5, 3).padding(1)));
            branch4 = new Sequential(ceilPool(3, 1, 1), new BasicConv2d(Conv2d.options(in, poolProj, 1)));
        }

        @Override
        public Tensor forward(Tensor x) {
            return Torch.cat(List.of(branch1.call(x), branch2.call(x), branch3.call(x), branch4.call(x)), 1);
        }
    }

    /** An auxiliary classifier. PyTorch: {@code googlenet.InceptionAux(in_channels, num_classes, dropout=0.7)}. */
    public static class InceptionAux extends Module {
        final BasicConv2d conv;
        final Linear fc1;
        final Linear fc2;
        final Dropout dropout;

        /** PyTorch: {@code InceptionAux(in_channels, num_classes, dropout=dropout)}. */
        public InceptionAux(int in, int numClasses, double dropout) {
            conv = new BasicConv2d(Conv2d.options(in, 128, 1));
            fc1 = new Linear(2048, 1024);
            fc2 = new Linear(1024, numClasses);
            this.dropout = new Dropout(dropout);
        }

        @Override
        public Tensor forward(Tensor x) {
            x = conv.call(F.adaptiveAvgPool2d(x, 4, 4)).flatten(1);
            return fc2.call(dropout.call(F.relu(fc1.call(x), true)));
        }
    }
}

package jtorch.cli.train;

import java.util.List;
import jtorch.nn.Module;
import jtorch.vision.models.GoogLeNet;
import jtorch.vision.models.LeNet;
import jtorch.vision.models.MLP;
import jtorch.vision.models.MobileNetV2;
import jtorch.vision.models.ResNet;

/**
 * The models {@code --model} names, built from {@code jtorch.vision.models}, and the input each needs.
 *
 * <p>torchvision's architectures take 3-channel images: 1-channel data (Fashion-MNIST) is replicated to 3
 * channels. Images smaller than 32x32 are zero-padded to 32x32 after normalising (28x28 by 2 pixels, as LeNet's):
 * the smallest size at which VGG's five max-pools and the others' stride-32 stems still leave one pixel. AlexNet's
 * 11x11 stride-4 stem and three 3x3/2 max-pools need at least 63 pixels, so its input is then resized to 64x64
 * (bilinear). {@code --dropout} sets the classifier dropout of alexnet, vgg11 and mobilenet_v2 (0, the default,
 * keeps torchvision's 0.5, 0.5 and 0.2); resnet and googlenet take none. GoogLeNet is built without its two
 * auxiliary classifiers (torchvision's {@code aux_logits=False}): the trainer optimises the main logits only.
 */
public final class Models {
    /** The accepted {@code --model} names. */
    public static final List<String> NAMES = List.of("lenet", "mlp", "alexnet", "vgg11", "resnet18", "resnet34",
            "mobilenet_v2", "googlenet");

    private Models() {
    }

    /**
     * Builds model {@code name} for {@code [C, H, W]} input (after preprocessing) and {@code numClasses} classes.
     *
     * @throws IllegalArgumentException for an unknown name or an input the architecture cannot take
     */
    public static Module create(String name, int channels, int height, int width, int numClasses, double dropout) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown model '" + name + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        }
        if (name.equals("mlp")) {
            return new MLP(channels * height * width, 256, numClasses, dropout);
        }
        int min = minSize(name);
        if (name.equals("lenet") ? height != 32 || width != 32 : height < min || width < min) {
            throw new IllegalArgumentException(name + " takes " + (name.equals("lenet") ? "32x32" : "at least " + min
                    + "x" + min) + " input (smaller images are padded" + (name.equals("alexnet") ? " and resized" : "")
                    + "), got " + height + "x" + width);
        }
        if (name.equals("lenet")) {
            return new LeNet(channels, numClasses, dropout);
        }
        if (channels != 3) {
            throw new IllegalArgumentException(name + " takes 3-channel input (1-channel images are replicated), got "
                    + channels + " channels");
        }
        if (dropout > 0 && (name.startsWith("resnet") || name.equals("googlenet"))) {
            throw new IllegalArgumentException("--dropout: " + name + " has no dropout option here (got " + dropout
                    + ")");
        }
        return switch (name) {
            case "alexnet" -> new jtorch.vision.models.AlexNet(numClasses, dropout > 0 ? dropout : 0.5);
            case "vgg11" -> new jtorch.vision.models.VGG(jtorch.vision.models.VGG.CFG_A, false, numClasses,
                    dropout > 0 ? dropout : 0.5);
            case "resnet18" -> jtorch.vision.models.Models.resnet18(ResNet.options().numClasses(numClasses));
            case "resnet34" -> jtorch.vision.models.Models.resnet34(ResNet.options().numClasses(numClasses));
            case "mobilenet_v2" -> new MobileNetV2(MobileNetV2.options().numClasses(numClasses)
                    .dropout(dropout > 0 ? dropout : 0.2));
            case "googlenet" -> new GoogLeNet(GoogLeNet.options().numClasses(numClasses).auxLogits(false));
            default -> throw new IllegalStateException(name);
        };
    }

    /** Whether model {@code name} is one of torchvision's 3-channel architectures. */
    static boolean torchvision(String name) {
        return !name.equals("lenet") && !name.equals("mlp");
    }

    private static int minSize(String name) {
        return name.equals("alexnet") ? 63 : 32;
    }

    /**
     * The preprocessing geometry model {@code name} needs for {@code channels x height x width} images: zero
     * padding (LeNet and torchvision's models: square images below 32 to 32), output channels (3 for
     * torchvision's models) and a resize target (AlexNet: 64 below 63 pixels; 0 for none).
     */
    public static Preprocessing.Geometry geometry(String name, int channels, int height, int width) {
        int pad = 0;
        if ((name.equals("lenet") || torchvision(name)) && height < 32 && width == height && (32 - height) % 2 == 0) {
            pad = (32 - height) / 2;
        }
        int outChannels = torchvision(name) && channels == 1 ? 3 : channels;
        int resize = name.equals("alexnet") && Math.min(height, width) + 2 * pad < minSize(name) ? 64 : 0;
        return new Preprocessing.Geometry(pad, outChannels, resize);
    }
}

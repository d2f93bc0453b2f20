package jtorch.cli.train;

import java.util.List;
import jtorch.nn.Module;
import jtorch.vision.models.LeNet;
import jtorch.vision.models.MLP;

/** The models {@code --model} names, built from {@code jtorch.vision.models}. */
public final class Models {
    /** The accepted {@code --model} names. */
    public static final List<String> NAMES = List.of("lenet", "mlp");

    private Models() {
    }

    /**
     * Builds model {@code name} for {@code [C, H, W]} input (after preprocessing) and {@code numClasses} classes.
     *
     * @throws IllegalArgumentException for an unknown name or an input the architecture cannot take
     */
    public static Module create(String name, int channels, int height, int width, int numClasses, double dropout) {
        return switch (name) {
            case "lenet" -> {
                if (height != 32 || width != 32) {
                    throw new IllegalArgumentException("lenet takes 32x32 input (28x28 images padded by 2), got "
                            + height + "x" + width);
                }
                yield new LeNet(channels, numClasses, dropout);
            }
            case "mlp" -> new MLP(channels * height * width, 256, numClasses, dropout);
            default -> throw new IllegalArgumentException("unknown model '" + name + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** The zero padding model {@code name} needs around {@code size x size} images (LeNet: 28 → 32). */
    public static int padFor(String name, int height, int width) {
        if (name.equals("lenet") && height < 32 && width == height && (32 - height) % 2 == 0) {
            return (32 - height) / 2;
        }
        return 0;
    }
}

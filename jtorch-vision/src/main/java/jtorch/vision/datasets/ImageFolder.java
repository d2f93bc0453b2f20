package jtorch.vision.datasets;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;

/**
 * A {@link DatasetFolder} of images, each opened and converted to RGB. torchvision:
 * {@code torchvision.datasets.ImageFolder(root, transform, target_transform)}.
 */
public class ImageFolder<X, Y> extends DatasetFolder<Image, X, Y> {
    /** torchvision's {@code IMG_EXTENSIONS} that this build decodes. */
    public static final Set<String> IMG_EXTENSIONS = Set.of(".jpg", ".jpeg", ".png", ".bmp", ".gif");

    /** torchvision: {@code ImageFolder(root, transform, target_transform)}. */
    public ImageFolder(Path root, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(root, p -> Image.open(p).convert(ImageMode.RGB), IMG_EXTENSIONS, transform, targetTransform);
    }

    /** torchvision: {@code ImageFolder(root)}. */
    public static ImageFolder<Image, Integer> of(Path root) {
        return new ImageFolder<>(root, identity(), identity());
    }

    /** torchvision: {@code ImageFolder(root, transform=transform)}. */
    public static <X> ImageFolder<X, Integer> of(Path root, Function<? super Image, ? extends X> transform) {
        return new ImageFolder<>(root, transform, identity());
    }
}

package jtorch.vision.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import jtorch.vision.io.Image;

/**
 * Zalando's Fashion-MNIST: 28x28 grey images of 10 clothing classes in MNIST's IDX format.
 * torchvision: {@code torchvision.datasets.FashionMNIST(root, train, transform, target_transform)}.
 * Without a root it reads Debian's {@code dataset-fashion-mnist} package at
 * {@link #DEBIAN_ROOT}.
 */
public class FashionMNIST<X, Y> extends MNIST<X, Y> {
    /** Where Debian's {@code dataset-fashion-mnist} package installs the four IDX files. */
    public static final Path DEBIAN_ROOT = Path.of("/usr/share/datasets/fashion-mnist");

    /** torchvision: {@code FashionMNIST(root, train, transform, target_transform)}. */
    public FashionMNIST(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(root, train, transform, targetTransform);
    }

    /** torchvision: {@code FashionMNIST(root, train, transform, target_transform, download)}; see {@link MNIST}. */
    public FashionMNIST(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform, boolean download) {
        super(root, train, transform, targetTransform, download);
    }

    /** The Debian package's files, {@code FashionMNIST(DEBIAN_ROOT, train, transform, targetTransform)}. */
    public FashionMNIST(boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(DEBIAN_ROOT, train, transform, targetTransform);
    }

    /** torchvision: {@code FashionMNIST(root, train)}. */
    public static FashionMNIST<Image, Integer> of(Path root, boolean train) {
        return new FashionMNIST<>(root, train, identity(), identity());
    }

    /** torchvision: {@code FashionMNIST(root, train, transform=transform)}. */
    public static <X> FashionMNIST<X, Integer> of(Path root, boolean train, Function<? super Image, ? extends X> transform) {
        return new FashionMNIST<>(root, train, transform, identity());
    }

    /** torchvision: {@code FashionMNIST(root, train, download=download)}. */
    public static FashionMNIST<Image, Integer> of(Path root, boolean train, boolean download) {
        return new FashionMNIST<>(root, train, identity(), identity(), download);
    }

    /** torchvision 0.14: {@code FashionMNIST.mirrors}. */
    @Override
    public List<String> mirrors() {
        return List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");
    }

    /** torchvision 0.14: {@code FashionMNIST.resources}. */
    @Override
    public List<Resource> resources() {
        return List.of(new Resource("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
                new Resource("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
                new Resource("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
                new Resource("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310"));
    }

    /** The Debian package's split, without transforms. */
    public static FashionMNIST<Image, Integer> of(boolean train) {
        return of(DEBIAN_ROOT, train);
    }

    /** Whether Debian's Fashion-MNIST files are installed. */
    public static boolean debianFilesPresent() {
        return Files.isRegularFile(DEBIAN_ROOT.resolve("train-images-idx3-ubyte.gz"))
                || Files.isRegularFile(DEBIAN_ROOT.resolve("train-images-idx3-ubyte"));
    }

    @Override
    String folderName() {
        return "FashionMNIST";
    }

    /** torchvision: {@code FashionMNIST.classes}. */
    @Override
    public List<String> classes() {
        return List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot");
    }
}

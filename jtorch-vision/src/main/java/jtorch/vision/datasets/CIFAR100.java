package jtorch.vision.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jtorch.vision.io.Image;

/**
 * CIFAR-100 from torchvision's python distribution ({@code cifar-100-python}: {@code train}, {@code test},
 * {@code meta}; {@code fine_labels} and {@code coarse_labels}) or the binary one ({@code cifar-100-binary}:
 * {@code train.bin}, {@code test.bin}; records of a coarse label byte, a fine label byte and 3072 pixel bytes). The
 * target is the fine label (0-99), as torchvision's {@code CIFAR100}; {@link #coarseLabel(int)} gives
 * the superclass. torchvision: {@code torchvision.datasets.CIFAR100(root, train, transform,
 * target_transform)}.
 */
public class CIFAR100<X, Y> extends CIFAR10<X, Y> {

    /** torchvision: {@code CIFAR100(root, train, transform, target_transform)}. */
    public CIFAR100(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(root, train, transform, targetTransform);
    }

    /** torchvision: {@code CIFAR100(root, train, transform, target_transform, download)}; see {@link CIFAR10}. */
    public CIFAR100(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform, boolean download) {
        super(root, train, transform, targetTransform, download);
    }

    /** torchvision: {@code CIFAR100(root, train)}. */
    public static CIFAR100<Image, Integer> of(Path root, boolean train) {
        return new CIFAR100<>(root, train, identity(), identity());
    }

    /** torchvision: {@code CIFAR100(root, train, transform=transform)}. */
    public static <X> CIFAR100<X, Integer> of(Path root, boolean train, Function<? super Image, ? extends X> transform) {
        return new CIFAR100<>(root, train, transform, identity());
    }

    /** torchvision: {@code CIFAR100(root, train, download=download)}. */
    public static CIFAR100<Image, Integer> of(Path root, boolean train, boolean download) {
        return new CIFAR100<>(root, train, identity(), identity(), download);
    }

    /** The binary distribution from the dataset's page (torchvision's {@code url} is the python one). */
    @Override
    public String url() {
        return "https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz";
    }

    @Override
    public String filename() {
        return "cifar-100-binary.tar.gz";
    }

    /** The archive's MD5, as the dataset's page lists it. */
    @Override
    public String tgzMd5() {
        return "03b5dce01913d631647c71ecec9e9cb8";
    }

    @Override
    String folder() {
        return "cifar-100-binary";
    }

    @Override
    List<String> files(boolean train) {
        return List.of(train ? "train.bin" : "test.bin");
    }

    @Override
    int labelBytes() {
        return 2;
    }

    /** The superclass (0-19) of sample {@code index}. */
    public int coarseLabel(int index) {
        return coarseTarget(index);
    }

    @Override
    String pythonFolder() {
        return "cifar-100-python";
    }

    @Override
    List<String> pythonFiles(boolean train) {
        return List.of(train ? "train" : "test");
    }

    @Override
    String pythonMeta() {
        return "meta";
    }

    @Override
    String pythonNamesKey() {
        return "fine_label_names";
    }

    @Override
    List<String> pythonLabelKeys() {
        return List.of("fine_labels", "coarse_labels");
    }

    /**
     * The binary distribution's 100 fine class names are in its {@code fine_label_names.txt}; here they are
     * numbered (the python distribution's come from its meta file).
     */
    @Override
    List<String> defaultClasses() {
        List<String> c = new ArrayList<>(100);
        for (int i = 0; i < 100; i++) {
            c.add(Integer.toString(i));
        }
        return c;
    }
}

package jtorch.vision.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;

/**
 * The MNIST handwritten digits: 28x28 grey images (mode L) with labels 0-9, read from the four IDX
 * files (plain or {@code .gz}). torchvision: {@code torchvision.datasets.MNIST(root, train=True,
 * transform=None, target_transform=None)}.
 *
 * <p>The files are looked for in {@code root/<ClassName>/raw} (torchvision's layout), then
 * {@code root/<ClassName>}, then {@code root} itself. Nothing is downloaded.
 *
 * @param <X> the sample type after {@code transform}
 * @param <Y> the target type after {@code targetTransform}
 */
public class MNIST<X, Y> extends VisionDataset<Image, X, Y> {
    private final Path imagesFile;
    private final byte[] images;
    private final byte[] labels;
    private final int rows;
    private final int cols;
    private final int count;

    /**
     * torchvision: {@code MNIST(root, train, transform, target_transform)}.
     *
     * @throws UncheckedIOException when the files are missing ("Dataset not found"), truncated,
     *                              carry a wrong magic number or a label out of range; the message
     *                              names the file
     */
    public MNIST(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(transform, targetTransform);
        String prefix = train ? "train" : "t10k";
        String name = folderName();
        Path img = find(root, name, prefix + "-images-idx3-ubyte");
        Path lab = find(root, name, prefix + "-labels-idx1-ubyte");
        Idx.Array ia = Idx.read(img, 3);
        Idx.Array la = Idx.read(lab, 1);
        if (ia.dims()[0] != la.dims()[0]) {
            throw Idx.corrupt(lab, la.dims()[0] + " labels for " + ia.dims()[0] + " images in " + img);
        }
        int nc = classes().size();
        byte[] l = la.data();
        for (int i = 0; i < l.length; i++) {
            if ((l[i] & 0xFF) >= nc) {
                throw Idx.corrupt(lab, "label " + (l[i] & 0xFF) + " at index " + i + " is out of range [0, " + nc + ")");
            }
        }
        this.imagesFile = img;
        this.images = ia.data();
        this.labels = l;
        this.count = ia.dims()[0];
        this.rows = ia.dims()[1];
        this.cols = ia.dims()[2];
    }

    /** torchvision: {@code MNIST(root, train)}: samples are {@code Example(Image, Integer)}. */
    public static MNIST<Image, Integer> of(Path root, boolean train) {
        return new MNIST<>(root, train, identity(), identity());
    }

    /** torchvision: {@code MNIST(root, train, transform=transform)}. */
    public static <X> MNIST<X, Integer> of(Path root, boolean train, Function<? super Image, ? extends X> transform) {
        return new MNIST<>(root, train, transform, identity());
    }

    /** The folder name under the root: the class's simple name, as torchvision's {@code self.__class__.__name__}. */
    String folderName() {
        return "MNIST";
    }

    /** The class names. torchvision: {@code MNIST.classes}. */
    public List<String> classes() {
        return List.of("0 - zero", "1 - one", "2 - two", "3 - three", "4 - four", "5 - five", "6 - six", "7 - seven",
                "8 - eight", "9 - nine");
    }

    static Path find(Path root, String folder, String base) {
        List<Path> tried = new ArrayList<>();
        for (Path dir : List.of(root.resolve(folder).resolve("raw"), root.resolve(folder), root)) {
            for (String n : List.of(base, base + ".gz")) {
                Path p = dir.resolve(n);
                tried.add(p);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        throw new UncheckedIOException(new IOException("Dataset not found (downloading is not available): looked for "
                + tried));
    }

    /** The image file this split was read from. */
    public Path imagesFile() {
        return imagesFile;
    }

    /** All images as a uint8 tensor {@code [N, 28, 28]}. torchvision: {@code MNIST.data}. */
    public Tensor data() {
        return new Tensor(Storage.wrap(DType.UINT8, images.clone()), new int[] {count, rows, cols},
                new int[] {rows * cols, cols, 1}, 0);
    }

    /** All labels as an int64 tensor {@code [N]}. torchvision: {@code MNIST.targets}. */
    public Tensor targets() {
        long[] t = new long[count];
        for (int i = 0; i < count; i++) {
            t[i] = labels[i] & 0xFF;
        }
        return jtorch.Torch.fromArray(t, count);
    }

    @Override
    protected Image rawSample(int index) {
        int n = rows * cols;
        byte[] px = new byte[n];
        System.arraycopy(images, index * n, px, 0, n);
        return new Image(ImageMode.L, cols, rows, px);
    }

    /** The label of sample {@code index}. */
    @Override
    public int target(int index) {
        return labels[index] & 0xFF;
    }

    /** torchvision: {@code len(dataset)}. */
    @Override
    public int size() {
        return count;
    }
}

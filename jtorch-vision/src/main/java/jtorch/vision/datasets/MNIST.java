package jtorch.vision.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code root/<ClassName>}, then {@code root} itself. With {@code download} true, missing files are
 * downloaded into {@code root/<ClassName>/raw} from {@link #mirrors()} and checked against the MD5s
 * of {@link #resources()} (torchvision 0.14's lists; override both to use a private mirror).
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
        this(root, train, transform, targetTransform, false);
    }

    /**
     * torchvision: {@code MNIST(root, train, transform, target_transform, download)}. With
     * {@code download}, each of the four files that is not there yet is fetched first (see
     * {@code download}): from the first mirror that answers (a failing mirror is reported on
     * {@code System.out}, as torchvision prints it, and the next tried), checked against its MD5, written
     * atomically and gunzipped next to the {@code .gz}.
     *
     * @throws UncheckedIOException as the 4-argument constructor, and when a download fails: naming the
     *                              file and every mirror tried, or the URL, file and checksums for an
     *                              MD5 mismatch
     */
    public MNIST(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform, boolean download) {
        super(transform, targetTransform);
        if (download) {
            download(root);
        }
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

    /** torchvision: {@code MNIST(root, train, download=download)}. */
    public static MNIST<Image, Integer> of(Path root, boolean train, boolean download) {
        return new MNIST<>(root, train, identity(), identity(), download);
    }

    /** A file to download and its MD5. torchvision: an entry of {@code MNIST.resources}. */
    public record Resource(String filename, String md5) {
    }

    /**
     * The base URLs tried in order. torchvision 0.14: {@code MNIST.mirrors}. Called from the
     * constructor: an override must not depend on its own instance fields.
     */
    public List<String> mirrors() {
        return List.of("http://yann.lecun.com/exdb/mnist/", "https://ossci-datasets.s3.amazonaws.com/mnist/");
    }

    /** The gzipped IDX files and their MD5s. torchvision 0.14: {@code MNIST.resources}. */
    public List<Resource> resources() {
        return List.of(new Resource("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
                new Resource("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
                new Resource("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
                new Resource("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c"));
    }

    /**
     * torchvision: {@code MNIST.download()}. A file found unpacked, or gzipped outside {@code raw} (as
     * Debian's package installs them), is used as it is; a {@code .gz} in {@code raw}, where downloads
     * go, only when its MD5 verifies; the others are fetched.
     */
    private void download(Path root) {
        String folder = folderName();
        Path raw = root.resolve(folder).resolve("raw");
        for (Resource r : resources()) {
            Path p = locate(root, folder, r.filename().replaceFirst("\\.gz$", ""));
            if (p == null || p.equals(raw.resolve(r.filename())) && !DatasetUtils.checkIntegrity(p, r.md5())) {
                DatasetUtils.downloadFromMirrors(mirrors(), r.filename(), r.md5(), raw);
            }
        }
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
        Path p = locate(root, folder, base);
        if (p == null) {
            throw new UncheckedIOException(new IOException("Dataset not found. You can use download=true to download it"
                    + " (looked for " + base + " or " + base + ".gz in " + candidates(root, folder) + ")"));
        }
        return p;
    }

    private static List<Path> candidates(Path root, String folder) {
        return List.of(root.resolve(folder).resolve("raw"), root.resolve(folder), root);
    }

    /** The plain or gzipped file {@code base} in the first candidate folder holding one, or null. */
    private static Path locate(Path root, String folder, String base) {
        for (Path dir : candidates(root, folder)) {
            for (String n : List.of(base, base + ".gz")) {
                Path p = dir.resolve(n);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
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

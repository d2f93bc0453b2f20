package jtorch.cli.train;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.utils.data.Datasets;
import jtorch.utils.data.Subset;
import jtorch.utils.data.TensorDataset;
import jtorch.vision.datasets.CIFAR10;
import jtorch.vision.datasets.DatasetFolder;
import jtorch.vision.datasets.FashionMNIST;
import jtorch.vision.datasets.ImageFolder;
import jtorch.vision.datasets.MNIST;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.transforms.Resize;

/**
 * A labelled set of images as tensors: {@code images} {@code [N, C, H, W]} with raw pixel values 0..255 (float32
 * from IDX files, uint8 from CIFAR and image folders), {@code labels} int64 {@code [N]}, and the class names.
 *
 * @param images  raw pixels, {@code [N, C, H, W]}
 * @param labels  class indices, int64 {@code [N]}
 * @param classes the class names, index = label
 */
public record ImageData(Tensor images, Tensor labels, List<String> classes) {

    /** The bundled data set's name: Fashion-MNIST's test split, shipped in this jar. */
    public static final String BUNDLED = "fashion-mnist";
    /** The full Fashion-MNIST (60,000 + 10,000) from Debian's {@code dataset-fashion-mnist}. */
    public static final String FULL = "fashion-mnist-full";
    /** CIFAR-10 (50,000 + 10,000) from {@link #CIFAR_ROOT}; {@code cifar10:ROOT} names another root. */
    public static final String CIFAR = "cifar10";
    /** Where {@value #CIFAR} looks: torchvision's usual {@code root='./data'}. */
    public static final Path CIFAR_ROOT = Path.of("data");
    /** Fashion-MNIST's class names, torchvision's {@code FashionMNIST.classes}. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    private static final String RESOURCE_DIR = "/jtorch/cli/data/fashion-mnist/";

    /** The number of samples. */
    public int size() {
        return (int) labels.size(0);
    }

    /** Image height. */
    public int height() {
        return (int) images.size(2);
    }

    /** Image width. */
    public int width() {
        return (int) images.size(3);
    }

    /** The samples at {@code indices}, in that order. */
    public ImageData select(int[] indices) {
        long[] idx = new long[indices.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = indices[i];
        }
        Tensor t = Torch.fromArray(idx, idx.length);
        return new ImageData(images.indexSelect(0, t), labels.indexSelect(0, t), classes);
    }

    /**
     * Train, validation and test sets. From one file the seed's random 8:1:1 split (fractions {@code split},
     * drawn from a {@code Generator} seeded with {@code seed}, PyTorch's
     * {@code random_split(ds, split, generator=torch.Generator().manual_seed(seed))}); with a separate test
     * set the training file is split into train and validation by the first two fractions' ratio.
     *
     * @param train the training part
     * @param valid the validation part
     * @param test  the test part
     */
    public record Splits(ImageData train, ImageData valid, ImageData test) {
        /**
         * Splits as described above.
         *
         * @param train the training set (train and validation, and test when {@code test} is null)
         * @param test  the separate test set, or {@code null}
         */
        public static Splits of(ImageData train, ImageData test, double[] split, long seed) {
            if (test == null) {
                List<Subset<List<Tensor>>> parts = Datasets.randomSplit(new TensorDataset(train.labels()), split,
                        new Generator(seed));
                return new Splits(train.select(parts.get(0).indices()), train.select(parts.get(1).indices()),
                        train.select(parts.get(2).indices()));
            }
            double s = split[0] + split[1];
            List<Subset<List<Tensor>>> parts = Datasets.randomSplit(new TensorDataset(train.labels()),
                    new double[] {split[0] / s, 1 - split[0] / s}, new Generator(seed));
            return new Splits(train.select(parts.get(0).indices()), train.select(parts.get(1).indices()), test);
        }
    }

    /**
     * The training and (when there is one) test set that {@code --data spec} names: {@value #BUNDLED} (the
     * bundled Fashion-MNIST test split, 10,000 images, as one set to split), {@value #FULL} (Debian's
     * 60,000 + 10,000), {@value #CIFAR} (CIFAR-10's 50,000 + 10,000 from {@code ./data}, torchvision's usual
     * root) or {@code cifar10:ROOT}, or a directory: MNIST-style IDX files ({@code train-*} and/or {@code t10k-*},
     * plain or {@code .gz}; class names are Fashion-MNIST's when the path mentions "fashion", digits otherwise),
     * or an image folder ({@code DIR/train/<class>/} and {@code DIR/test/<class>/}, or {@code DIR/<class>/} as
     * one set to split; see {@link #imageFolder}).
     *
     * @param format the size and channels of image folder images (IDX and CIFAR images keep theirs)
     * @return {@code [train, test]}; {@code test} is {@code null} when there is one set only
     * @throws IllegalArgumentException when the data cannot be found, naming what was tried
     */
    public static ImageData[] load(String spec, FolderFormat format) {
        if (spec.equals(BUNDLED)) {
            return new ImageData[] {bundled(), null};
        }
        if (spec.equals(CIFAR) || spec.startsWith(CIFAR + ":")) {
            return cifar10(spec.equals(CIFAR) ? CIFAR_ROOT : Path.of(spec.substring(CIFAR.length() + 1)));
        }
        Path dir = spec.equals(FULL) ? FashionMNIST.DEBIAN_ROOT : Path.of(spec);
        if (spec.equals(FULL) && !FashionMNIST.debianFilesPresent()) {
            throw new IllegalArgumentException("--data " + FULL + " needs Debian's dataset-fashion-mnist package ("
                    + FashionMNIST.DEBIAN_ROOT + "); use --data " + BUNDLED + " or --data DIR");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--data: '" + spec + "' is neither " + BUNDLED + ", " + FULL + ", "
                    + CIFAR + "[:ROOT] nor a directory");
        }
        boolean fashion = spec.equals(FULL) || dir.toAbsolutePath().toString().toLowerCase(Locale.ROOT).contains("fashion");
        ImageData train = tryRead(dir, true, fashion);
        ImageData test = tryRead(dir, false, fashion);
        if (train != null || test != null) {
            return train == null ? new ImageData[] {test, null} : new ImageData[] {train, test};
        }
        if (Files.isDirectory(dir.resolve("train")) && Files.isDirectory(dir.resolve("test"))) {
            ImageData[] both = imageFolder(List.of(dir.resolve("train"), dir.resolve("test")), format);
            if (!both[0].classes().equals(both[1].classes())) {
                throw new IllegalArgumentException("--data: the class folders of " + dir.resolve("train") + " "
                        + both[0].classes() + " and " + dir.resolve("test") + " " + both[1].classes() + " differ");
            }
            return both;
        }
        if (hasSubdirectory(dir)) {
            return new ImageData[] {imageFolder(List.of(dir), format)[0], null};
        }
        throw new IllegalArgumentException("--data: " + dir + " holds neither IDX files (train-images-idx3-ubyte[.gz], "
                + "t10k-images-idx3-ubyte[.gz] and their labels) nor an image folder (" + dir + "/<class>/<images> or "
                + dir + "/train/<class>/... and " + dir + "/test/<class>/...)");
    }

    /**
     * How image folder images become tensors: resized to {@code size x size} (bilinear, as
     * {@code transforms.Resize((size, size))}) unless they have that size, with {@code channels} channels
     * (3: RGB, 1: grayscale, 0: 1 when every image is grayscale, RGB otherwise).
     *
     * @param size     the side of the square images
     * @param channels 1, 3, or 0 for the images' own
     */
    public record FolderFormat(int size, int channels) {
        /** Checks the values. */
        public FolderFormat {
            if (size <= 0) {
                throw new IllegalArgumentException("--image-size must be positive, got " + size);
            }
            if (channels != 0 && channels != 1 && channels != 3) {
                throw new IllegalArgumentException("image channels must be 1 or 3, got " + channels);
            }
        }
    }

    private static boolean hasSubdirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Image folders as torchvision's {@code ImageFolder(root)} finds them (classes = the sorted subfolder names,
     * files sorted within each; its extensions), every image brought to {@code format}; the images are opened in
     * their own mode (ImageFolder's loader would make them RGB) so that the channels can be decided over all
     * roots together, and a train and a test folder agree.
     */
    static ImageData[] imageFolder(List<Path> roots, FolderFormat format) {
        List<DatasetFolder<Image, Image, Integer>> sets = new ArrayList<>();
        List<List<Image>> images = new ArrayList<>();
        boolean allGray = true;
        for (Path root : roots) {
            var ds = new DatasetFolder<Image, Image, Integer>(root, Image::open, ImageFolder.IMG_EXTENSIONS, x -> x,
                    y -> y);
            List<Image> imgs = new ArrayList<>(ds.size());
            for (int i = 0; i < ds.size(); i++) {
                Image img = ds.get(i).data();
                allGray &= img.mode() == ImageMode.L;
                imgs.add(img);
            }
            sets.add(ds);
            images.add(imgs);
        }
        int channels = format.channels() != 0 ? format.channels() : allGray ? 1 : 3;
        Resize resize = new Resize(new int[] {format.size(), format.size()});
        ImageData[] out = new ImageData[roots.size()];
        for (int r = 0; r < out.length; r++) {
            List<Tensor> xs = new ArrayList<>();
            for (Image img : images.get(r)) {
                img = img.convert(channels == 1 ? ImageMode.L : ImageMode.RGB);
                if (img.width() != format.size() || img.height() != format.size()) {
                    img = resize.apply(img);
                }
                xs.add(img.toTensor());
            }
            DatasetFolder<Image, Image, Integer> ds = sets.get(r);
            long[] y = new long[ds.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = ds.target(i);
            }
            out[r] = new ImageData(Torch.stack(xs), Torch.fromArray(y, y.length), ds.classes());
        }
        return out;
    }

    /**
     * CIFAR-10 under {@code root} (torchvision's {@code cifar-10-batches-py}, or the binary
     * {@code cifar-10-batches-bin}) as uint8 {@code [N, 3, 32, 32]}: train and test set.
     */
    private static ImageData[] cifar10(Path root) {
        if (!Files.isDirectory(root.resolve("cifar-10-batches-py")) && !Files.isDirectory(root.resolve(
                "cifar-10-batches-bin"))) {
            throw new IllegalArgumentException("--data cifar10: no CIFAR-10 in " + root.resolve("cifar-10-batches-py")
                    + ": download cifar-10-python.tar.gz from https://www.cs.toronto.edu/~kriz/cifar.html and extract "
                    + "it into " + root + (root.equals(CIFAR_ROOT) ? " (or give another root: --data cifar10:ROOT)"
                    : ""));
        }
        ImageData[] out = new ImageData[2];
        for (int s = 0; s < 2; s++) {
            CIFAR10<Image, Integer> ds = CIFAR10.of(root, s == 0);
            List<Tensor> xs = new ArrayList<>(ds.size());
            long[] y = new long[ds.size()];
            for (int i = 0; i < y.length; i++) {
                var e = ds.get(i);
                xs.add(e.data().toTensor());
                y[i] = e.target();
            }
            out[s] = new ImageData(Torch.stack(xs), Torch.fromArray(y, y.length), ds.classes());
        }
        return out;
    }

    private static ImageData tryRead(Path dir, boolean train, boolean fashion) {
        String prefix = train ? "train" : "t10k";
        if (!Files.exists(dir.resolve(prefix + "-images-idx3-ubyte")) && !Files.exists(dir.resolve(prefix
                + "-images-idx3-ubyte.gz"))) {
            return null;
        }
        MNIST<?, ?> ds = fashion ? FashionMNIST.of(dir, train) : MNIST.of(dir, train);
        Tensor images = ds.data().toFloat().unsqueeze(1);
        return new ImageData(images, ds.targets(), fashion ? FASHION_CLASSES : ds.classes());
    }

    /** The Fashion-MNIST test split bundled with jtorch-cli (MIT licence, see the LICENSE next to it). */
    public static ImageData bundled() {
        try (InputStream img = open("t10k-images-idx3-ubyte.gz"); InputStream lab = open("t10k-labels-idx1-ubyte.gz")) {
            return fromIdx(img, lab, FASHION_CLASSES, "bundled Fashion-MNIST");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Fashion-MNIST", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = ImageData.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCE_DIR + name);
        }
        return new GZIPInputStream(in, 1 << 16);
    }

    /** Reads an IDX image file ({@code [N, H, W]} ubyte) and an IDX label file ({@code [N]} ubyte) from streams. */
    static ImageData fromIdx(InputStream imageStream, InputStream labelStream, List<String> classes, String what)
            throws IOException {
        DataInputStream img = new DataInputStream(imageStream);
        DataInputStream lab = new DataInputStream(labelStream);
        if (img.readInt() != 0x803 || lab.readInt() != 0x801) {
            throw new IOException(what + ": not an IDX ubyte image/label pair (wrong magic number)");
        }
        int n = img.readInt();
        int h = img.readInt();
        int w = img.readInt();
        int nl = lab.readInt();
        if (n != nl) {
            throw new IOException(what + ": " + nl + " labels for " + n + " images");
        }
        byte[] pix = img.readNBytes(n * h * w);
        byte[] lb = lab.readNBytes(n);
        if (pix.length != n * h * w || lb.length != n) {
            throw new IOException(what + ": truncated IDX file");
        }
        float[] x = new float[pix.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = pix[i] & 0xFF;
        }
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            y[i] = lb[i] & 0xFF;
            if (y[i] >= classes.size()) {
                throw new IOException(what + ": label " + y[i] + " at index " + i + " is out of range");
            }
        }
        return new ImageData(Torch.fromArray(x, n, 1, h, w), Torch.fromArray(y, n), classes);
    }
}

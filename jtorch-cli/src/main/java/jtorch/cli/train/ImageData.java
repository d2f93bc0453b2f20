package jtorch.cli.train;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.utils.data.Datasets;
import jtorch.utils.data.Subset;
import jtorch.utils.data.TensorDataset;
import jtorch.vision.datasets.FashionMNIST;
import jtorch.vision.datasets.MNIST;

/**
 * A labelled set of grey images as tensors: {@code images} float32 {@code [N, 1, H, W]} with raw pixel values
 * 0..255, {@code labels} int64 {@code [N]}, and the class names.
 *
 * @param images  raw pixels, float32 {@code [N, 1, H, W]}
 * @param labels  class indices, int64 {@code [N]}
 * @param classes the class names, index = label
 */
public record ImageData(Tensor images, Tensor labels, List<String> classes) {

    /** The bundled data set's name: Fashion-MNIST's test split, shipped in this jar. */
    public static final String BUNDLED = "fashion-mnist";
    /** The full Fashion-MNIST (60,000 + 10,000) from Debian's {@code dataset-fashion-mnist}. */
    public static final String FULL = "fashion-mnist-full";
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
     * 60,000 + 10,000), or a directory with MNIST-style IDX files ({@code train-*} and/or {@code t10k-*},
     * plain or {@code .gz}; class names are Fashion-MNIST's when the path mentions "fashion", digits otherwise).
     *
     * @return {@code [train, test]}; {@code test} is {@code null} when there is one set only
     * @throws IllegalArgumentException when the data cannot be found, naming what was tried
     */
    public static ImageData[] load(String spec) {
        if (spec.equals(BUNDLED)) {
            return new ImageData[] {bundled(), null};
        }
        Path dir = spec.equals(FULL) ? FashionMNIST.DEBIAN_ROOT : Path.of(spec);
        if (spec.equals(FULL) && !FashionMNIST.debianFilesPresent()) {
            throw new IllegalArgumentException("--data " + FULL + " needs Debian's dataset-fashion-mnist package ("
                    + FashionMNIST.DEBIAN_ROOT + "); use --data " + BUNDLED + " or --data DIR");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--data: '" + spec + "' is neither " + BUNDLED + ", " + FULL
                    + " nor a directory");
        }
        boolean fashion = spec.equals(FULL) || dir.toAbsolutePath().toString().toLowerCase(Locale.ROOT).contains("fashion");
        ImageData train = tryRead(dir, true, fashion);
        ImageData test = tryRead(dir, false, fashion);
        if (train == null && test == null) {
            throw new IllegalArgumentException("--data: no IDX files (train-images-idx3-ubyte[.gz], "
                    + "t10k-images-idx3-ubyte[.gz] and their labels) in " + dir);
        }
        return train == null ? new ImageData[] {test, null} : new ImageData[] {train, test};
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

package jtorch.vision.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;

/**
 * CIFAR-10 from its binary distribution ({@code cifar-10-batches-bin}: {@code data_batch_1.bin} ..
 * {@code data_batch_5.bin}, {@code test_batch.bin}; records of one label byte and 3072 pixel bytes,
 * the red, green and blue 32x32 planes). torchvision: {@code torchvision.datasets.CIFAR10(root,
 * train, transform, target_transform)}, whose samples are RGB images. torchvision downloads the
 * python-pickle distribution instead, whose batches are pickled numpy arrays; this reads (and with
 * {@code download} fetches) the binary distribution of the same images, which needs no unpickler.
 *
 * <p>The batch files are looked for in {@code root/cifar-10-batches-bin}, then in {@code root}.
 */
public class CIFAR10<X, Y> extends VisionDataset<Image, X, Y> {
    private final byte[] pixels; // HWC interleaved RGB, 3072 bytes per image
    private final int[] targets;
    private final int[] coarse;

    /**
     * torchvision: {@code CIFAR10(root, train, transform, target_transform)}.
     *
     * @throws UncheckedIOException naming the file when one is missing, has a length that is not
     *                              a whole number of records, or holds a label out of range
     */
    public CIFAR10(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        this(root, train, transform, targetTransform, false);
    }

    /**
     * torchvision: {@code CIFAR10(root, train, transform, target_transform, download)}. With
     * {@code download}, unless every batch file of both splits is there, {@link #url()} is fetched to
     * {@code root/}{@link #filename()} (kept when it exists and verifies), checked against
     * {@link #tgzMd5()}, and extracted into {@code root}; every file lands atomically.
     *
     * @throws UncheckedIOException as the 4-argument constructor, and naming the URL and the file when
     *                              the download or the extraction fails or the checksum differs
     */
    public CIFAR10(Path root, boolean train, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform, boolean download) {
        super(transform, targetTransform);
        if (download) {
            download(root);
        }
        List<Path> files = new ArrayList<>();
        Path dir = Files.isDirectory(root.resolve(folder())) ? root.resolve(folder()) : root;
        for (String f : files(train)) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new UncheckedIOException(new IOException("Dataset not found or corrupted. You can use "
                        + "download=true to download it (missing " + p + ")"));
            }
            files.add(p);
        }
        int labelBytes = labelBytes();
        int rec = labelBytes + 3072;
        List<byte[]> contents = new ArrayList<>();
        long total = 0;
        for (Path p : files) {
            byte[] b;
            try {
                b = Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read CIFAR batch " + p + ": " + e.getMessage(), e);
            }
            if (b.length == 0 || b.length % rec != 0) {
                throw new UncheckedIOException(new IOException("corrupt CIFAR batch " + p + ": its length " + b.length
                        + " is not a whole number of " + rec + "-byte records"));
            }
            contents.add(b);
            total += b.length / rec;
        }
        int n = (int) total;
        this.pixels = new byte[n * 3072];
        this.targets = new int[n];
        this.coarse = labelBytes == 2 ? new int[n] : null;
        int classes = classes().size();
        int i = 0;
        for (int f = 0; f < contents.size(); f++) {
            byte[] b = contents.get(f);
            for (int r = 0; r < b.length / rec; r++, i++) {
                int o = r * rec;
                int label = b[o + labelBytes - 1] & 0xFF;
                if (label >= classes) {
                    throw new UncheckedIOException(new IOException("corrupt CIFAR batch " + files.get(f) + ": label "
                            + label + " of record " + r + " is out of range [0, " + classes + ")"));
                }
                targets[i] = label;
                if (coarse != null) {
                    coarse[i] = b[o] & 0xFF;
                    if (coarse[i] >= 20) {
                        throw new UncheckedIOException(new IOException("corrupt CIFAR batch " + files.get(f)
                                + ": coarse label " + coarse[i] + " of record " + r + " is out of range [0, 20)"));
                    }
                }
                int src = o + labelBytes;
                int dst = i * 3072;
                for (int p = 0; p < 1024; p++) { // planes to interleaved RGB
                    pixels[dst + 3 * p] = b[src + p];
                    pixels[dst + 3 * p + 1] = b[src + 1024 + p];
                    pixels[dst + 3 * p + 2] = b[src + 2048 + p];
                }
            }
        }
    }

    /** torchvision: {@code CIFAR10(root, train)}: samples are {@code Example(Image, Integer)}. */
    public static CIFAR10<Image, Integer> of(Path root, boolean train) {
        return new CIFAR10<>(root, train, identity(), identity());
    }

    /** torchvision: {@code CIFAR10(root, train, transform=transform)}. */
    public static <X> CIFAR10<X, Integer> of(Path root, boolean train, Function<? super Image, ? extends X> transform) {
        return new CIFAR10<>(root, train, transform, identity());
    }

    /** torchvision: {@code CIFAR10(root, train, download=download)}. */
    public static CIFAR10<Image, Integer> of(Path root, boolean train, boolean download) {
        return new CIFAR10<>(root, train, identity(), identity(), download);
    }

    /**
     * The archive's URL: the binary distribution from the dataset's page (torchvision's {@code url} is the
     * python one). Override to use a mirror; called from the constructor, so without instance fields.
     */
    public String url() {
        return "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz";
    }

    /** The archive's file name in the root. torchvision: {@code CIFAR10.filename}. */
    public String filename() {
        return "cifar-10-binary.tar.gz";
    }

    /** The archive's MD5, as the dataset's page lists it. torchvision: {@code CIFAR10.tgz_md5}. */
    public String tgzMd5() {
        return "c32a1d4ab5d03f1284b67883e8d87530";
    }

    /** torchvision: {@code CIFAR10.download()}. */
    private void download(Path root) {
        Path dir = root.resolve(folder());
        if (Stream.concat(files(true).stream(), files(false).stream())
                .allMatch(f -> Files.isRegularFile(dir.resolve(f)) || Files.isRegularFile(root.resolve(f)))) {
            System.out.println("Files already downloaded"); // torchvision adds "and verified": no per-file MD5s here
            return;
        }
        DatasetUtils.downloadAndExtractArchive(url(), root, null, filename(), tgzMd5(), false);
    }

    String folder() {
        return "cifar-10-batches-bin";
    }

    List<String> files(boolean train) {
        return train ? List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                "data_batch_5.bin") : List.of("test_batch.bin");
    }

    int labelBytes() {
        return 1;
    }

    /** torchvision: {@code CIFAR10.classes}. */
    public List<String> classes() {
        return List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");
    }

    /** The coarse (superclass) label of sample {@code index} (CIFAR-100 only). */
    int coarseTarget(int index) {
        if (coarse == null) {
            throw new UnsupportedOperationException("CIFAR-10 has no coarse labels");
        }
        return coarse[index];
    }

    @Override
    protected Image rawSample(int index) {
        byte[] px = new byte[3072];
        System.arraycopy(pixels, index * 3072, px, 0, 3072);
        return new Image(ImageMode.RGB, 32, 32, px);
    }

    /** The class label of sample {@code index}. torchvision: {@code CIFAR10.targets[index]}. */
    @Override
    public int target(int index) {
        return targets[index];
    }

    /** torchvision: {@code len(dataset)}. */
    @Override
    public int size() {
        return targets.length;
    }
}

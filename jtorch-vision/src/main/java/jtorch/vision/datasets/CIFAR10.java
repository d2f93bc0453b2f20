package jtorch.vision.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.serialization.CheckpointException;
import jtorch.serialization.Pickles;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;

/**
 * CIFAR-10. torchvision: {@code torchvision.datasets.CIFAR10(root, train, transform, target_transform)},
 * whose samples are RGB images. Reads torchvision's python distribution when {@code root/cifar-10-batches-py}
 * exists ({@code data_batch_1} .. {@code data_batch_5}, {@code test_batch}, {@code batches.meta}: pickled dicts
 * holding numpy arrays, read by {@link Pickles}), otherwise the binary distribution
 * ({@code cifar-10-batches-bin}: {@code data_batch_1.bin} .. {@code data_batch_5.bin}, {@code test_batch.bin};
 * records of one label byte and 3072 pixel bytes, the red, green and blue 32x32 planes), which
 * {@code download} fetches.
 *
 * <p>The binary batch files are looked for in {@code root/cifar-10-batches-bin}, then in {@code root}.
 */
public class CIFAR10<X, Y> extends VisionDataset<Image, X, Y> {
    private final byte[] pixels; // HWC interleaved RGB, 3072 bytes per image
    private final int[] targets;
    private final int[] coarse;
    private final List<String> names; // from the python distribution's meta file; null: defaultClasses()

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
        Path py = root.resolve(pythonFolder());
        Batches b = Files.isDirectory(py) ? readPython(py, train) : readBinary(root, train);
        this.pixels = b.pixels();
        this.targets = b.targets();
        this.coarse = b.coarse();
        this.names = b.names();
    }

    /** Pixels (HWC interleaved), labels, coarse labels (CIFAR-100) and class names (null: the default). */
    private record Batches(byte[] pixels, int[] targets, int[] coarse, List<String> names) {
    }

    private static UncheckedIOException notFound(Path p) {
        return new UncheckedIOException(new IOException("Dataset not found or corrupted. You can use "
                + "download=true to download it (missing " + p + ")"));
    }

    private Batches readBinary(Path root, boolean train) {
        List<Path> files = new ArrayList<>();
        Path dir = Files.isDirectory(root.resolve(folder())) ? root.resolve(folder()) : root;
        for (String f : files(train)) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw notFound(p);
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
        byte[] pixels = new byte[n * 3072];
        int[] targets = new int[n];
        int[] coarse = labelBytes == 2 ? new int[n] : null;
        int i = 0;
        for (int f = 0; f < contents.size(); f++) {
            byte[] b = contents.get(f);
            for (int r = 0; r < b.length / rec; r++, i++) {
                int o = r * rec;
                targets[i] = checkLabel(b[o + labelBytes - 1] & 0xFF, defaultClasses().size(), "label", files.get(f), r);
                if (coarse != null) {
                    coarse[i] = checkLabel(b[o] & 0xFF, 20, "coarse label", files.get(f), r);
                }
                planesToInterleaved(b, o + labelBytes, pixels, i);
            }
        }
        return new Batches(pixels, targets, coarse, null);
    }

    /**
     * torchvision's layout: pickled dicts ({@code pickle.load(f, encoding="latin1")}) whose {@code data} is a
     * uint8 {@code [N, 3072]} numpy array of R, G, B planes and whose label lists are named by
     * {@link #pythonLabelKeys()}; the class names come from the meta file, as torchvision's {@code _load_meta}.
     */
    private Batches readPython(Path dir, boolean train) {
        Path metaFile = dir.resolve(pythonMeta());
        if (!Files.isRegularFile(metaFile)) {
            throw new UncheckedIOException(new IOException("Dataset metadata file not found or corrupted. You can "
                    + "use download=true to download it (missing " + metaFile + ")"));
        }
        List<String> names = new ArrayList<>();
        if (!(pickledDict(metaFile).get(pythonNamesKey()) instanceof List<?> l)) {
            throw corrupt(metaFile, "no list '" + pythonNamesKey() + "'");
        }
        for (Object o : l) {
            names.add(String.valueOf(o));
        }
        List<String> keys = pythonLabelKeys();
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        List<int[]> labels = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            labels.add(new int[0]);
        }
        for (String f : pythonFiles(train)) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw notFound(p);
            }
            Map<?, ?> d = pickledDict(p);
            if (!(d.get("data") instanceof Tensor data) || data.dtype() != DType.UINT8 || data.dim() != 2
                    || data.size(1) != 3072) {
                throw corrupt(p, "'data' is not a uint8 [N, 3072] array");
            }
            int n = (int) data.size(0);
            for (int k = 0; k < keys.size(); k++) {
                int limit = k == 0 ? names.size() : 20;
                if (!(d.get(keys.get(k)) instanceof List<?> ls) || ls.size() != n) {
                    throw corrupt(p, "no list '" + keys.get(k) + "' of " + n + " labels");
                }
                int[] prev = labels.get(k);
                int[] all = Arrays.copyOf(prev, prev.length + n);
                for (int r = 0; r < n; r++) {
                    if (!(ls.get(r) instanceof Integer v)) {
                        throw corrupt(p, keys.get(k) + "[" + r + "] is not an int");
                    }
                    all[prev.length + r] = checkLabel(v, limit, keys.get(k), p, r);
                }
                labels.set(k, all);
            }
            byte[] chw = (byte[]) data.contiguous().storage().data();
            byte[] hwc = new byte[n * 3072];
            for (int r = 0; r < n; r++) {
                planesToInterleaved(chw, r * 3072, hwc, r);
            }
            pixels.writeBytes(hwc);
        }
        return new Batches(pixels.toByteArray(), labels.get(0), keys.size() > 1 ? labels.get(1) : null,
                List.copyOf(names));
    }

    private static Map<?, ?> pickledDict(Path p) {
        Object o;
        try {
            o = Pickles.load(p);
        } catch (CheckpointException e) {
            throw corrupt(p, e.getMessage());
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw corrupt(p, "not a pickled dict");
        }
        return m;
    }

    private static UncheckedIOException corrupt(Path p, String why) {
        return new UncheckedIOException(new IOException("corrupt CIFAR batch " + p + ": " + why));
    }

    private static int checkLabel(int label, int classes, String what, Path file, int record) {
        if (label < 0 || label >= classes) {
            throw corrupt(file, what + " " + label + " of record " + record + " is out of range [0, " + classes + ")");
        }
        return label;
    }

    // record i's red, green and blue 32x32 planes at src[from..] to interleaved RGB in dst
    private static void planesToInterleaved(byte[] src, int from, byte[] dst, int i) {
        int at = i * 3072;
        for (int p = 0; p < 1024; p++) {
            dst[at + 3 * p] = src[from + p];
            dst[at + 3 * p + 1] = src[from + 1024 + p];
            dst[at + 3 * p + 2] = src[from + 2048 + p];
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

    String pythonFolder() {
        return "cifar-10-batches-py";
    }

    List<String> pythonFiles(boolean train) {
        return train ? List.of("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4", "data_batch_5")
                : List.of("test_batch");
    }

    String pythonMeta() {
        return "batches.meta";
    }

    String pythonNamesKey() {
        return "label_names";
    }

    /** The label list keys of a python batch: the target's, then (CIFAR-100) the coarse one's. */
    List<String> pythonLabelKeys() {
        return List.of("labels");
    }

    /**
     * torchvision: {@code CIFAR10.classes}: the python distribution's {@code label_names} (its meta file), the
     * binary distribution's names otherwise (the same ten).
     */
    public List<String> classes() {
        return names != null ? names : defaultClasses();
    }

    List<String> defaultClasses() {
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

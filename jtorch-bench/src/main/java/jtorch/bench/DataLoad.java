package jtorch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.Dataset;
import jtorch.utils.data.Subset;
import jtorch.vision.datasets.FashionMNIST;
import jtorch.vision.datasets.ImageFolder;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.io.Images;
import jtorch.vision.transforms.ColorJitter;
import jtorch.vision.transforms.ConvertImageDtype;
import jtorch.vision.transforms.Compose;
import jtorch.vision.transforms.Normalize;
import jtorch.vision.transforms.PILToTensor;
import jtorch.vision.transforms.RandomCrop;
import jtorch.vision.transforms.RandomHorizontalFlip;
import jtorch.vision.transforms.RandomResizedCrop;
import jtorch.vision.transforms.Resize;
import jtorch.vision.transforms.ToTensor;

/**
 * The {@code dataload} workload (issues 17 and 18): one op is one epoch of a {@code DataLoader} (batch
 * 64, shuffled) at 0 or 2 workers (persistent, as a training loop keeps them), so the pipeline's fill
 * and drain count as they do in training; the figure is images per second. The Fashion-MNIST epochs
 * run over the first {@link #FASHION_EPOCH} images of the train split (a full epoch of PyTorch's PIL
 * pipeline takes a minute on a loaded 2-core machine, and the bench repeats each op). Variants:
 * <ul>
 *   <li>{@code tensor wN}: Fashion-MNIST's train split, each sample made a float [1, 28, 28] in [0, 1] by a
 *       user function (PyTorch: a Dataset over the same IDX files returning
 *       {@code torch.from_numpy(img).float().div(255).unsqueeze(0)});</li>
 *   <li>{@code augment wN}: the seed's pipeline {@code RandomCrop(28, padding=4), RandomHorizontalFlip(),
 *       ToTensor(), Normalize} on torchvision's {@code FashionMNIST} (PIL images);</li>
 *   <li>{@code jpeg wN}: {@code Resize(240), RandomResizedCrop(224), ColorJitter(0.4, 0.4, 0.4, 0.1),
 *       ToTensor()} on an {@code ImageFolder} of {@link #JPEGS} generated 256x256 JPEGs; PyTorch on PIL images,
 *       jtorch on the decoded image's uint8 tensor ({@code PILToTensor} first, {@code ConvertImageDtype} last,
 *       antialiased resizes as PIL's) - each side's natural fast path to the same float batch;
 *       {@code jpeg decode}: the same folder only decoded (to RGB), at 0 workers, for the decode share.</li>
 * </ul>
 * The Fashion-MNIST variants need Debian's {@code dataset-fashion-mnist}; without it they are left out
 * with a message.
 */
final class DataLoad {
    static final int BATCH = 64;
    /** Images of one Fashion-MNIST epoch: 100 batches. */
    static final int FASHION_EPOCH = 6_400;
    /** JPEGs in the generated folder: 4 classes of 64, 4 batches of 64. */
    static final int JPEGS = 256;
    static final int JPEG_SIDE = 256;
    /** Fashion-MNIST's mean and std of the train split's pixels in [0, 1]. */
    static final double MEAN = 0.2860;
    static final double STD = 0.3530;

    private DataLoad() {
    }

    /** The variants at thread count {@code t}. */
    static List<Case> variants(int t) {
        List<Case> out = new ArrayList<>();
        if (FashionMNIST.debianFilesPresent()) {
            for (String pipeline : new String[] {"tensor", "augment"}) {
                for (int w : new int[] {0, 2}) {
                    out.add(new Case("dataload", pipeline + " w" + w, t, "images/s", FASHION_EPOCH, 1));
                }
            }
        } else {
            System.err.println("dataload: Fashion-MNIST is not installed at " + FashionMNIST.DEBIAN_ROOT
                    + " (Debian package dataset-fashion-mnist); its tensor and augment variants are skipped");
        }
        for (int w : new int[] {0, 2}) {
            out.add(new Case("dataload", "jpeg w" + w, t, "images/s", JPEGS, 1));
        }
        out.add(new Case("dataload", "jpeg decode", t, "images/s", JPEGS, 1));
        return out;
    }

    /** The folder of generated JPEGs (made on first use), passed to the Python peer. */
    static Path jpegFolder() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "jtorch-bench-jpeg-" + JPEG_SIDE + "-" + JPEGS);
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    if (s.filter(p -> p.toString().endsWith(".jpg")).count() == JPEGS) {
                        return dir;
                    }
                }
            }
            generateJpegs(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the bench's JPEG folder " + dir, e);
        }
    }

    /** Photo-like content (smooth colour fields, texture and noise), so decoding costs what a photo's does. */
    private static void generateJpegs(Path dir) throws IOException {
        Random r = new Random(17);
        int n = JPEG_SIDE;
        for (int i = 0; i < JPEGS; i++) {
            Path p = dir.resolve("class" + (i % 4)).resolve(String.format("img%03d.jpg", i));
            Files.createDirectories(p.getParent());
            byte[] rgb = new byte[3 * n * n];
            double fx = 0.01 + 0.05 * r.nextDouble();
            double fy = 0.01 + 0.05 * r.nextDouble();
            int[] base = {r.nextInt(256), r.nextInt(256), r.nextInt(256)};
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double wave = 60 * Math.sin(fx * x + 3 * Math.sin(fy * y)) + 40 * Math.cos(fy * x * 0.7 - fx * y);
                    for (int c = 0; c < 3; c++) {
                        int v = (int) (base[c] * (x + y) / (2.0 * n) + wave * (c + 1) / 3 + r.nextGaussian() * 12 + 64);
                        rgb[3 * (y * n + x) + c] = (byte) Math.max(0, Math.min(255, v));
                    }
                }
            }
            Images.writeJpeg(new Image(ImageMode.RGB, n, n, rgb).toTensor(), p, 90);
        }
    }

    /** One epoch of the variant's loader; the last batch goes to {@code sink} so the JIT keeps the work. */
    static Runnable jtorch(String variant, java.util.function.Consumer<Object> sink) {
        String[] v = variant.split(" ");
        if (v[1].equals("decode")) {
            List<Path> files = imageFiles(jpegFolder());
            return () -> {
                for (Path p : files) {
                    sink.accept(Image.open(p).convert(ImageMode.RGB));
                }
            };
        }
        int workers = Integer.parseInt(v[1].substring(1));
        Dataset<?> ds = switch (v[0]) {
            // the user function of the issue: the IDX bytes as a float image in [0, 1]
            case "tensor" -> firstImages(FashionMNIST.of(FashionMNIST.DEBIAN_ROOT, true,
                    img -> img.toTensor().to(DType.FLOAT32).div(255)));
            case "augment" -> firstImages(FashionMNIST.of(FashionMNIST.DEBIAN_ROOT, true, new Compose<Image, Tensor>(
                    new RandomCrop(28, 4), new RandomHorizontalFlip(), new ToTensor(),
                    new Normalize(new double[] {MEAN}, new double[] {STD}))));
            // on uint8 tensors from the start (an Image would be converted to a tensor and back by each transform),
            // resizing with antialias as PIL always does
            case "jpeg" -> ImageFolder.of(jpegFolder(), new Compose<Image, Tensor>(new PILToTensor(),
                    new Resize(Resize.options(240).antialias(true)),
                    new RandomResizedCrop(RandomResizedCrop.options(224).antialias(true)),
                    new ColorJitter(0.4, 0.4, 0.4, 0.1), new ConvertImageDtype(DType.FLOAT32)));
            default -> throw new IllegalArgumentException("no dataload pipeline " + v[0]);
        };
        DataLoader<?, Object> loader = new DataLoader<>(ds, DataLoader.options().batchSize(BATCH).shuffle(true)
                .numWorkers(workers).persistentWorkers(workers > 0));
        return () -> {
            for (Object b : loader) {
                sink.accept(b);
            }
        };
    }

    private static <T> Dataset<T> firstImages(Dataset<T> ds) {
        return new Subset<>(ds, IntStream.range(0, FASHION_EPOCH).toArray());
    }

    private static List<Path> imageFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

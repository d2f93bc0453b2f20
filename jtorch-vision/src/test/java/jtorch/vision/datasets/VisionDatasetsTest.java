package jtorch.vision.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.Example;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.io.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class VisionDatasetsTest {
    @TempDir
    Path tmp;

    static byte[] idx(int dims, int[] shape, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims + data.length);
        b.putInt(0x0800 | dims);
        for (int s : shape) {
            b.putInt(s);
        }
        b.put(data);
        return b.array();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bo)) {
            o.write(data);
        }
        return bo.toByteArray();
    }

    /** n 4x3 images with pixel (i*7 + p) and labels i % 10, in root/MNIST/raw (gzipped or plain). */
    Path writeMnist(String prefix, int n, boolean gz) throws IOException {
        Path raw = tmp.resolve("MNIST/raw");
        Files.createDirectories(raw);
        byte[] px = new byte[n * 12];
        byte[] lab = new byte[n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 12; p++) {
                px[i * 12 + p] = (byte) (i * 7 + p);
            }
            lab[i] = (byte) (i % 10);
        }
        byte[] img = idx(3, new int[] {n, 4, 3}, px);
        byte[] l = idx(1, new int[] {n}, lab);
        Files.write(raw.resolve(prefix + "-images-idx3-ubyte" + (gz ? ".gz" : "")), gz ? gzip(img) : img);
        Files.write(raw.resolve(prefix + "-labels-idx1-ubyte" + (gz ? ".gz" : "")), gz ? gzip(l) : l);
        return raw;
    }

    static void assertFailsNaming(Path file, String problem, Executable body) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, body);
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void mnistReadsPlainAndGzippedIdxWithTransforms() throws IOException {
        writeMnist("train", 25, true);
        writeMnist("t10k", 5, false);
        MNIST<Image, Integer> train = MNIST.of(tmp, true);
        assertEquals(25, train.size());
        Example<Image, Integer> s = train.get(13);
        assertEquals(ImageMode.L, s.data().mode());
        assertArrayEquals(new int[] {3, 4}, s.data().size());
        assertEquals((13 * 7 + 1 * 3 + 2) & 0xFF, s.data().getPixel(2, 1, 0));
        assertEquals(3, s.target());
        assertArrayEquals(new int[] {25, 4, 3}, train.data().sizes());
        assertEquals(DType.INT64, train.targets().dtype());
        var test = new MNIST<Tensor, Long>(tmp, false, img -> img.toTensor().toFloat().div(255.0), y -> (long) y * 2);
        assertEquals(5, test.size());
        assertArrayEquals(new int[] {1, 4, 3}, test.get(4).data().sizes());
        assertEquals(8L, test.get(4).target());
        // the loader collates examples into a batch tensor and a label tensor
        try (DataLoader<Example<Tensor, Integer>, Example<Tensor, Tensor>> loader = new DataLoader<>(
                MNIST.of(tmp, true, img -> img.toTensor().toFloat().div(255.0)),
                DataLoader.options().batchSize(8).shuffle(true).numWorkers(2))) {
            int seen = 0;
            for (Example<Tensor, Tensor> b : loader) {
                assertEquals(b.data().size(0), b.target().size(0));
                assertEquals(4, b.data().size(2));
                seen += b.target().size(0);
            }
            assertEquals(25, seen);
            assertEquals(4, loader.size());
        }
    }

    @Test
    void corruptIdxFilesFailNamingFileAndProblem() throws IOException {
        Path raw = writeMnist("train", 4, false);
        Path img = raw.resolve("train-images-idx3-ubyte");
        Path lab = raw.resolve("train-labels-idx1-ubyte");
        byte[] good = Files.readAllBytes(img);
        Files.write(img, java.util.Arrays.copyOf(good, good.length - 5));
        assertFailsNaming(img, "truncated", () -> MNIST.of(tmp, true));
        byte[] wrongMagic = good.clone();
        wrongMagic[3] = 1;
        Files.write(img, wrongMagic);
        assertFailsNaming(img, "wrong magic number", () -> MNIST.of(tmp, true));
        Files.write(img, good);
        byte[] labels = Files.readAllBytes(lab);
        labels[labels.length - 1] = 10;
        Files.write(lab, labels);
        assertFailsNaming(lab, "label 10 at index 3 is out of range", () -> MNIST.of(tmp, true));
        Files.write(img, gzip(good));
        Files.delete(lab);
        assertFailsNaming(tmp, "Dataset not found", () -> MNIST.of(tmp, true));
        Path gz = raw.resolve("train-labels-idx1-ubyte.gz");
        byte[] z = gzip(idx(1, new int[] {4}, new byte[] {1, 2, 3, 4}));
        Files.write(gz, java.util.Arrays.copyOf(z, z.length - 12));
        assertFailsNaming(gz, "truncated", () -> MNIST.of(tmp, true));
    }

    /** CIFAR records: label byte(s) then R, G, B planes; pixel p of image i in plane k is i + k*50 + p. */
    static byte[] cifarBatch(int n, int labelBytes, int firstLabel) {
        int rec = labelBytes + 3072;
        byte[] b = new byte[n * rec];
        for (int i = 0; i < n; i++) {
            if (labelBytes == 2) {
                b[i * rec] = (byte) (i % 20);
            }
            b[i * rec + labelBytes - 1] = (byte) ((firstLabel + i) % (labelBytes == 2 ? 100 : 10));
            for (int k = 0; k < 3; k++) {
                for (int p = 0; p < 1024; p++) {
                    b[i * rec + labelBytes + k * 1024 + p] = (byte) (i + k * 50 + p);
                }
            }
        }
        return b;
    }

    @Test
    void cifar10And100BinaryBatches() throws IOException {
        Path dir = tmp.resolve("cifar-10-batches-bin");
        Files.createDirectories(dir);
        for (int f = 1; f <= 5; f++) {
            Files.write(dir.resolve("data_batch_" + f + ".bin"), cifarBatch(3, 1, f));
        }
        Files.write(dir.resolve("test_batch.bin"), cifarBatch(2, 1, 0));
        CIFAR10<Image, Integer> train = CIFAR10.of(tmp, true);
        assertEquals(15, train.size());
        Example<Image, Integer> s = train.get(4); // file 2, record 1
        assertEquals(3, s.target());
        assertEquals(ImageMode.RGB, s.data().mode());
        assertEquals((1 + 50 + 33) & 0xFF, s.data().getPixel(1, 1, 1)); // plane G, p = 33
        Tensor t = s.data().toTensor();
        assertArrayEquals(new int[] {3, 32, 32}, t.sizes());
        assertEquals(2, CIFAR10.of(tmp, false).size());

        Path d100 = tmp.resolve("cifar-100-binary");
        Files.createDirectories(d100);
        Files.write(d100.resolve("train.bin"), cifarBatch(4, 2, 97));
        Files.write(d100.resolve("test.bin"), cifarBatch(1, 2, 0));
        CIFAR100<Image, Integer> c100 = CIFAR100.of(tmp, true);
        assertEquals(4, c100.size());
        assertEquals(0, c100.get(3).target()); // (97 + 3) % 100
        assertEquals(3, c100.coarseLabel(3));

        Path bad = dir.resolve("test_batch.bin");
        Files.write(bad, java.util.Arrays.copyOf(cifarBatch(2, 1, 0), 3073 * 2 - 1));
        assertFailsNaming(bad, "not a whole number of 3073-byte records", () -> CIFAR10.of(tmp, false));
        byte[] b = cifarBatch(2, 1, 0);
        b[3073] = 12;
        Files.write(bad, b);
        assertFailsNaming(bad, "label 12 of record 1 is out of range", () -> CIFAR10.of(tmp, false));
    }

    static void png(Path p, int value, ImageMode mode) {
        byte[] px = new byte[2 * 3 * mode.channels()];
        java.util.Arrays.fill(px, (byte) value);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Images.writePng(new Image(mode, 3, 2, px).toTensor(), p);
    }

    @Test
    void imageFolderSortsClassesAndFilesAndConvertsToRgb() throws IOException {
        Path root = tmp.resolve("folder");
        png(root.resolve("dog/b.png"), 20, ImageMode.L);
        png(root.resolve("dog/a.png"), 10, ImageMode.RGB);
        png(root.resolve("cat/sub/z.png"), 30, ImageMode.RGBA);
        Files.writeString(root.resolve("cat/notes.txt"), "not an image");
        ImageFolder<Image, Integer> ds = ImageFolder.of(root);
        assertEquals(List.of("cat", "dog"), ds.classes());
        assertEquals(Map.of("cat", 0, "dog", 1), ds.classToIdx());
        assertEquals(3, ds.size());
        assertArrayEquals(new int[] {0, 1, 1}, ds.targets());
        assertEquals(root.resolve("dog/a.png"), ds.samples().get(1).path());
        for (int i = 0; i < 3; i++) {
            assertEquals(ImageMode.RGB, ds.get(i).data().mode());
        }
        assertEquals(20, ds.get(2).data().getPixel(0, 0, 2));
        Files.createDirectories(root.resolve("empty"));
        assertFailsNaming(root, "Found no valid file for the classes empty", () -> ImageFolder.of(root));
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken.resolve("x"));
        Files.writeString(broken.resolve("x/bad.png"), "garbage");
        ImageFolder<Image, Integer> b = ImageFolder.of(broken);
        assertFailsNaming(broken.resolve("x/bad.png"), "cannot identify", () -> b.get(0));
        assertFailsNaming(tmp.resolve("folder/cat/sub"), "Couldn't find any class folder",
                () -> ImageFolder.of(tmp.resolve("folder/cat/sub")));
    }

    @Test
    void listFileDatasetIsTheSeedsMyDataset() throws IOException {
        png(tmp.resolve("imgs/a.png"), 50, ImageMode.L);
        png(tmp.resolve("imgs/b.png"), 60, ImageMode.RGB);
        Path list = tmp.resolve("train.txt");
        Files.writeString(list, "imgs/a.png 3\n\nimgs/b.png 7\n");
        var ds = ListFileDataset.of(list, tmp, img -> img.toTensor());
        assertEquals(2, ds.size());
        assertArrayEquals(new int[] {3, 2, 3}, ds.get(0).data().sizes());
        assertEquals(7, ds.get(1).target());
        Files.writeString(list, "imgs/a.png 3\nimgs/missing.png 1\n");
        assertFailsNaming(list, "line 2 names a missing image", () -> ListFileDataset.of(list, tmp, img -> img));
        Files.writeString(list, "imgs/a.png three\n");
        assertFailsNaming(list, "line 1: label \"three\" is not an integer", () -> ListFileDataset.of(list, tmp, img -> img));
    }

    @Test
    void meanStdPerChannel() {
        List<Tensor> imgs = new ArrayList<>();
        imgs.add(new Image(ImageMode.RGB, 1, 2, new byte[] {0, 10, (byte) 255, (byte) 255, 10, (byte) 255}).toTensor());
        imgs.add(new Image(ImageMode.RGB, 1, 2, new byte[] {0, 10, (byte) 255, (byte) 255, 10, (byte) 255}).toTensor());
        var ds = new jtorch.utils.data.Dataset<Tensor>() {
            @Override
            public Tensor get(int index) {
                return imgs.get(index);
            }

            @Override
            public int size() {
                return imgs.size();
            }
        };
        DatasetStats.MeanStd ms = DatasetStats.meanStd(ds, t -> t);
        assertArrayEquals(new double[] {0.5, 10 / 255.0, 1.0}, ms.mean(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.0, 0.0}, ms.std(), 1e-7);
    }
}

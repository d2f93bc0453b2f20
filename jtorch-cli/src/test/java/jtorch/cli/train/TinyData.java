package jtorch.cli.train;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Tiny generated MNIST-style IDX data for tests: 28x28 images of 3 easily told classes (a bright 8x8 square at
 * the top left, the centre or the bottom right, over dim noise).
 */
public final class TinyData {
    private TinyData() {
    }

    /** The image of class {@code label} (noise from {@code rnd}), row-major 28x28 bytes. */
    public static byte[] image(int label, Random rnd) {
        byte[] img = new byte[28 * 28];
        for (int i = 0; i < img.length; i++) {
            img[i] = (byte) rnd.nextInt(60);
        }
        int off = 2 + label * 9;
        for (int r = off; r < off + 8; r++) {
            for (int c = off; c < off + 8; c++) {
                img[r * 28 + c] = (byte) (200 + rnd.nextInt(56));
            }
        }
        return img;
    }

    /** Writes {@code t10k-images-idx3-ubyte.gz} and {@code t10k-labels-idx1-ubyte.gz} with {@code n} images. */
    public static Path write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        try (DataOutputStream img = new DataOutputStream(gz(dir.resolve("t10k-images-idx3-ubyte.gz")));
             DataOutputStream lab = new DataOutputStream(gz(dir.resolve("t10k-labels-idx1-ubyte.gz")))) {
            img.writeInt(0x803);
            img.writeInt(n);
            img.writeInt(28);
            img.writeInt(28);
            lab.writeInt(0x801);
            lab.writeInt(n);
            for (int i = 0; i < n; i++) {
                int label = i % 3;
                img.write(image(label, rnd));
                lab.write(label);
            }
        }
        return dir;
    }

    private static OutputStream gz(Path p) throws IOException {
        return new GZIPOutputStream(Files.newOutputStream(p));
    }
}

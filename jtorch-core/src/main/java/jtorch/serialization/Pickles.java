package jtorch.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plain pickle files that are not checkpoints, such as the batches of CIFAR's python distribution, read with
 * the restricted unpickler of {@link Serialization}: plain data as {@code Torch.load} returns it, and numpy
 * arrays of numeric dtypes (C order, little-endian) as tensors of the same shape and dtype. Nothing is
 * instantiated by name.
 */
public final class Pickles {
    private Pickles() {
    }

    /**
     * Python: {@code pickle.load(open(path, "rb"), encoding="latin1")} (how torchvision's {@code CIFAR10} reads
     * its batches): Python 2 strings load as latin-1 decoded {@code String}s, numpy arrays as tensors.
     *
     * @throws CheckpointException  when the file holds anything else or is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    public static Object load(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return new Unpickler(PickleInput.of(ByteBuffer.wrap(bytes)), (d, k, l, n, v) -> {
            throw new CheckpointException(path + ": a plain pickle has no tensor storages");
        }, true).load();
    }
}

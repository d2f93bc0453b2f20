package jtorch.vision.datasets;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reader of the IDX files of MNIST and its relatives (ubyte data only), plain or gzipped. */
final class Idx {
    private Idx() {
    }

    /** An IDX array: its dimensions and its bytes. */
    record Array(int[] dims, byte[] data) {
    }

    /** Opens a file, transparently gunzipping it when it starts with the gzip magic. */
    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /**
     * Reads an IDX file of unsigned bytes with {@code expectedDims} dimensions.
     *
     * @throws UncheckedIOException naming the file for a wrong magic number, a truncated file or
     *                              trailing bytes
     */
    static Array read(Path file, int expectedDims) {
        try (InputStream in = open(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                throw corrupt(file, "truncated: the 4-byte magic number is missing");
            }
            int magic = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
            int expectedMagic = 0x0800 | expectedDims;
            if (magic != expectedMagic) {
                throw corrupt(file, String.format("wrong magic number 0x%08x, expected 0x%08x (unsigned bytes, %d dimensions)",
                        magic, expectedMagic, expectedDims));
            }
            byte[] dimBytes = in.readNBytes(4 * expectedDims);
            if (dimBytes.length < 4 * expectedDims) {
                throw corrupt(file, "truncated in the header");
            }
            int[] dims = new int[expectedDims];
            long total = 1;
            for (int d = 0; d < expectedDims; d++) {
                int o = 4 * d;
                dims[d] = ((dimBytes[o] & 0xFF) << 24) | ((dimBytes[o + 1] & 0xFF) << 16) | ((dimBytes[o + 2] & 0xFF) << 8)
                        | (dimBytes[o + 3] & 0xFF);
                if (dims[d] < 0) {
                    throw corrupt(file, "negative dimension " + dims[d]);
                }
                total *= dims[d];
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw corrupt(file, "array of " + total + " bytes is too large");
            }
            byte[] data = in.readNBytes((int) total);
            if (data.length < total) {
                throw corrupt(file, "truncated: expected " + total + " bytes of data after the header, found " + data.length);
            }
            if (in.read() != -1) {
                throw corrupt(file, "has trailing bytes after the " + total + " bytes of data its header announces");
            }
            return new Array(dims, data);
        } catch (EOFException e) {
            throw corrupt(file, "truncated (unexpected end of the compressed stream)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX file " + file + ": " + e.getMessage(), e);
        }
    }

    static UncheckedIOException corrupt(Path file, String problem) {
        return new UncheckedIOException(new IOException("corrupt IDX file " + file + ": " + problem));
    }
}

package jtorch.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/** Reads a region of a file into a storage array, a block at a time or through memory mappings. */
final class ChannelData {
    private static final int CHUNK = 1 << 20;

    private ChannelData() {
    }

    /**
     * Fills {@code count} elements of {@code array} from index {@code arrayOff} with the bytes at {@code pos}
     * (which the caller has checked lie inside the file), updating {@code crc} when given.
     */
    static void read(FileChannel ch, long pos, Object array, int arrayOff, int count, ByteOrder order, boolean mmap,
                     CRC32 crc) throws IOException {
        int item = StorageBytes.itemSize(array);
        if (mmap) {
            int perMap = (Integer.MAX_VALUE / 8 * 8) / item;
            for (int off = 0; off < count; off += perMap) {
                int n = Math.min(perMap, count - off);
                ByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, pos + (long) off * item, (long) n * item).order(order);
                if (crc != null) {
                    crc.update(m.duplicate());
                }
                StorageBytes.get(m, array, arrayOff + off, n);
            }
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(8, (long) count * item))).order(order);
        int perChunk = buf.capacity() / item;
        for (int off = 0; off < count; off += perChunk) {
            int n = Math.min(perChunk, count - off);
            buf.clear().limit(n * item);
            long at = pos + (long) off * item;
            while (buf.hasRemaining()) {
                if (ch.read(buf, at + buf.position()) < 0) {
                    throw new CheckpointException("unexpected end of file while reading tensor data");
                }
            }
            buf.flip();
            if (crc != null) {
                crc.update(buf.duplicate());
            }
            StorageBytes.get(buf, array, arrayOff + off, n);
        }
    }

    /** Feeds the {@code len} bytes at {@code pos} to {@code crc} without keeping them. */
    static void crc(FileChannel ch, long pos, long len, boolean mmap, CRC32 crc) throws IOException {
        for (long done = 0; done < len; ) {
            int n = (int) Math.min(mmap ? Integer.MAX_VALUE : CHUNK, len - done);
            ByteBuffer b;
            if (mmap) {
                b = ch.map(FileChannel.MapMode.READ_ONLY, pos + done, n);
            } else {
                b = ByteBuffer.allocate(n);
                while (b.hasRemaining()) {
                    if (ch.read(b, pos + done + b.position()) < 0) {
                        throw new CheckpointException("unexpected end of file while reading tensor data");
                    }
                }
                b.flip();
            }
            crc.update(b);
            done += n;
        }
    }
}

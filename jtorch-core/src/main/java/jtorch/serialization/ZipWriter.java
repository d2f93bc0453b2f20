package jtorch.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import jtorch.Storage;

/**
 * Writes a zip archive laid out as PyTorch's {@code PytorchStreamWriter} lays it out: every record STORED
 * (uncompressed), its data starting at a multiple of 64 bytes (an {@code FB} extra field of padding, as
 * PyTorch pads), and ZIP64 fields only where a size or offset needs them. Written by hand rather than with
 * {@code java.util.zip.ZipOutputStream}, which can neither align stored data nor stream a storage without
 * buffering it twice.
 */
final class ZipWriter {
    static final int ALIGNMENT = 64;
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int CHUNK = 1 << 20;

    private record Entry(byte[] name, long headerOffset, long size, int crc) {
    }

    private final FileChannel ch;
    private final List<Entry> entries = new ArrayList<>();
    private final boolean forceZip64;
    private long pos;

    ZipWriter(FileChannel ch) {
        this(ch, false);
    }

    /** With {@code forceZip64}, ZIP64 fields are written for every record and the end (tests of the >4 GB layout). */
    ZipWriter(FileChannel ch, boolean forceZip64) {
        this.ch = ch;
        this.forceZip64 = forceZip64;
    }

    void writeRecord(String name, byte[] data) throws IOException {
        long header = begin(name, data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        write(ByteBuffer.wrap(data));
        end(name, header, data.length, crc);
    }

    /** The storage's elements in little-endian order, streamed a block at a time. */
    void writeStorage(String name, Storage s) throws IOException {
        Object array = s.data();
        int item = StorageBytes.itemSize(array);
        long size = (long) s.size() * item;
        long header = begin(name, size);
        CRC32 crc = new CRC32();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(size, 8))).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = buf.capacity() / item;
        for (int off = 0; off < s.size(); off += perChunk) {
            int n = Math.min(perChunk, s.size() - off);
            buf.clear();
            StorageBytes.put(array, off, n, buf);
            buf.flip();
            crc.update(buf.duplicate());
            write(buf);
        }
        end(name, header, size, crc);
    }

    private long begin(String name, long size) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        boolean zip64 = forceZip64 || size >= MAX32;
        long start = pos + 30 + n.length + (zip64 ? 20 : 0) + 4;
        int pad = (int) ((ALIGNMENT - start % ALIGNMENT) % ALIGNMENT);
        int extraLen = (zip64 ? 20 : 0) + 4 + pad;
        ByteBuffer b = ByteBuffer.allocate(30 + n.length + extraLen).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0x21).putInt(0)
                .putInt((int) (zip64 ? MAX32 : size)).putInt((int) (zip64 ? MAX32 : size))
                .putShort((short) n.length).putShort((short) extraLen).put(n);
        if (zip64) {
            b.putShort((short) 1).putShort((short) 16).putLong(size).putLong(size);
        }
        b.put((byte) 'F').put((byte) 'B').putShort((short) pad);
        for (int i = 0; i < pad; i++) {
            b.put((byte) 'Z');
        }
        long header = pos;
        b.flip();
        write(b);
        return header;
    }

    private void end(String name, long header, long size, CRC32 crc) throws IOException {
        int value = (int) crc.getValue();
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).flip();
        while (b.hasRemaining()) {
            ch.write(b, header + 14 + (4 - b.remaining()));
        }
        entries.add(new Entry(name.getBytes(StandardCharsets.UTF_8), header, size, value));
    }

    /** Writes the central directory and the end records. */
    void finish() throws IOException {
        long cdStart = pos;
        for (Entry e : entries) {
            boolean zip64 = forceZip64 || e.size >= MAX32 || e.headerOffset >= MAX32;
            int extraLen = zip64 ? 28 : 0;
            ByteBuffer b = ByteBuffer.allocate(46 + e.name.length + extraLen).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(0x02014b50).putShort((short) 45).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x21).putInt(e.crc)
                    .putInt((int) (zip64 ? MAX32 : e.size)).putInt((int) (zip64 ? MAX32 : e.size))
                    .putShort((short) e.name.length).putShort((short) extraLen).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) (zip64 ? MAX32 : e.headerOffset)).put(e.name);
            if (zip64) {
                b.putShort((short) 1).putShort((short) 24).putLong(e.size).putLong(e.size).putLong(e.headerOffset);
            }
            b.flip();
            write(b);
        }
        long cdSize = pos - cdStart;
        boolean zip64 = forceZip64 || entries.size() >= 0xFFFF || cdStart >= MAX32 || cdSize >= MAX32;
        ByteBuffer b = ByteBuffer.allocate(56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        if (zip64) {
            long eocd64 = pos;
            b.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(entries.size()).putLong(entries.size()).putLong(cdSize).putLong(cdStart);
            b.putInt(0x07064b50).putInt(0).putLong(eocd64).putInt(1);
        }
        int count = zip64 ? 0xFFFF : entries.size();
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt((int) (zip64 ? MAX32 : cdSize)).putInt((int) (zip64 ? MAX32 : cdStart)).putShort((short) 0);
        b.flip();
        write(b);
    }

    private void write(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.write(b, pos);
            pos += n;
        }
    }
}

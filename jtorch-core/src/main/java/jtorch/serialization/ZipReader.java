package jtorch.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads the zip archives {@code torch.save} writes (and any zip whose records are STORED), from the central
 * directory, checking every declared offset and size against the file before reading, and every record's
 * CRC-32 as its data is read. Storage records are read straight into the storage's array, a block at a time
 * or through a memory mapping, never through an intermediate copy of the whole record.
 */
final class ZipReader {
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final String PREFIX = "PytorchStreamReader failed reading zip archive: ";

    record Entry(String name, long dataOffset, long size, int crc) {
    }

    private final FileChannel ch;
    private final long fileSize;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ZipReader(FileChannel ch) throws IOException {
        this.ch = ch;
        this.fileSize = ch.size();
        readCentralDirectory();
    }

    Map<String, Entry> entries() {
        return entries;
    }

    private ByteBuffer readAt(long pos, int n) throws IOException {
        if (pos < 0 || n < 0 || pos + n > fileSize) {
            throw new CheckpointException(PREFIX + "truncated file (wanted " + n + " bytes at " + pos
                    + " of a " + fileSize + "-byte file)");
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new CheckpointException(PREFIX + "unexpected end of file");
            }
        }
        return b.flip();
    }

    private void readCentralDirectory() throws IOException {
        if (fileSize < 22) {
            throw new CheckpointException(PREFIX + "failed finding central directory");
        }
        int tailLen = (int) Math.min(fileSize, 22 + 65535);
        ByteBuffer tail = readAt(fileSize - tailLen, tailLen);
        int eocd = -1;
        for (int i = tailLen - 22; i >= 0; i--) {
            if (tail.getInt(i) == 0x06054b50 && i + 22 + (tail.getShort(i + 20) & 0xFFFF) == tailLen) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new CheckpointException(PREFIX + "failed finding central directory");
        }
        long eocdPos = fileSize - tailLen + eocd;
        long count = tail.getShort(eocd + 10) & 0xFFFF;
        long cdSize = tail.getInt(eocd + 12) & MAX32;
        long cdOffset = tail.getInt(eocd + 16) & MAX32;
        long cdEnd = eocdPos;
        if (count == 0xFFFF || cdSize == MAX32 || cdOffset == MAX32) {
            if (eocdPos < 20) {
                throw new CheckpointException(PREFIX + "ZIP64 locator missing");
            }
            ByteBuffer loc = readAt(eocdPos - 20, 20);
            if (loc.getInt(0) != 0x07064b50) {
                throw new CheckpointException(PREFIX + "ZIP64 locator missing");
            }
            long rec = loc.getLong(8);
            if (rec < 0 || rec > eocdPos - 20 - 56) {
                throw new CheckpointException(PREFIX + "invalid ZIP64 end of central directory offset");
            }
            ByteBuffer z = readAt(rec, 56);
            if (z.getInt(0) != 0x06064b50) {
                throw new CheckpointException(PREFIX + "invalid ZIP64 end of central directory record");
            }
            count = z.getLong(32);
            cdSize = z.getLong(40);
            cdOffset = z.getLong(48);
            cdEnd = rec;
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset > cdEnd || cdSize > cdEnd - cdOffset || cdSize > Integer.MAX_VALUE
                || count < 0 || count * 46 > cdSize) {
            throw new CheckpointException(PREFIX + "invalid central directory (" + count + " entries, " + cdSize
                    + " bytes at " + cdOffset + ")");
        }
        ByteBuffer cd = readAt(cdOffset, (int) cdSize);
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + 46 > cdSize || cd.getInt(p) != 0x02014b50) {
                throw new CheckpointException(PREFIX + "invalid central directory header");
            }
            int method = cd.getShort(p + 10) & 0xFFFF;
            int flags = cd.getShort(p + 8) & 0xFFFF;
            int crc = cd.getInt(p + 16);
            long comp = cd.getInt(p + 20) & MAX32;
            long size = cd.getInt(p + 24) & MAX32;
            int nameLen = cd.getShort(p + 28) & 0xFFFF;
            int extraLen = cd.getShort(p + 30) & 0xFFFF;
            int commentLen = cd.getShort(p + 32) & 0xFFFF;
            long local = cd.getInt(p + 42) & MAX32;
            if (p + 46L + nameLen + extraLen + commentLen > cdSize) {
                throw new CheckpointException(PREFIX + "invalid central directory header");
            }
            byte[] nameBytes = new byte[nameLen];
            cd.get(p + 46, nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            int e = p + 46 + nameLen;
            int extraEnd = e + extraLen;
            while (e + 4 <= extraEnd) {
                int id = cd.getShort(e) & 0xFFFF;
                int len = cd.getShort(e + 2) & 0xFFFF;
                if (e + 4 + len > extraEnd) {
                    throw new CheckpointException(PREFIX + "invalid extra field in " + name);
                }
                if (id == 1) {
                    int q = e + 4;
                    if (size == MAX32 && q + 8 <= e + 4 + len) {
                        size = cd.getLong(q);
                        q += 8;
                    }
                    if (comp == MAX32 && q + 8 <= e + 4 + len) {
                        comp = cd.getLong(q);
                        q += 8;
                    }
                    if (local == MAX32 && q + 8 <= e + 4 + len) {
                        local = cd.getLong(q);
                    }
                }
                e += 4 + len;
            }
            p += 46 + nameLen + extraLen + commentLen;
            if (method != 0 || comp != size || (flags & 1) != 0) {
                throw new CheckpointException(PREFIX + "record " + name + " is compressed or encrypted (method "
                        + method + "); PyTorch archives store records uncompressed");
            }
            if (local < 0 || local > cdOffset - 30) {
                throw new CheckpointException(PREFIX + "invalid local header offset for " + name);
            }
            ByteBuffer lh = readAt(local, 30);
            if (lh.getInt(0) != 0x04034b50) {
                throw new CheckpointException(PREFIX + "invalid local header for " + name);
            }
            long data = local + 30 + (lh.getShort(26) & 0xFFFF) + (lh.getShort(28) & 0xFFFF);
            if (size < 0 || data > cdOffset || size > cdOffset - data) {
                throw new CheckpointException(PREFIX + "record " + name + " of " + size
                        + " bytes runs past the end of the data");
            }
            if (entries.put(name, new Entry(name, data, size, crc)) != null) {
                throw new CheckpointException(PREFIX + "duplicate record " + name);
            }
        }
    }

    /** A whole record (small ones: data.pkl, version, byteorder), CRC-checked. */
    byte[] readBytes(Entry e) {
        if (e.size > Integer.MAX_VALUE - 16) {
            throw new CheckpointException("record " + e.name + " of " + e.size + " bytes is too large");
        }
        try {
            ByteBuffer b = readAt(e.dataOffset, (int) e.size);
            CRC32 crc = new CRC32();
            crc.update(b.duplicate());
            checkCrc(e, crc);
            byte[] out = new byte[(int) e.size];
            b.get(out);
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Fills {@code array} (whose byte size is the record's) from the record, CRC-checked. */
    void readInto(Entry e, Object array, int count, ByteOrder order, boolean mmap) {
        int item = StorageBytes.itemSize(array);
        if ((long) count * item != e.size) {
            throw new IllegalStateException("record size mismatch");
        }
        CRC32 crc = new CRC32();
        try {
            ChannelData.read(ch, e.dataOffset, array, 0, count, order, mmap, crc);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        checkCrc(e, crc);
    }

    static void checkCrc(Entry e, CRC32 crc) {
        if ((int) crc.getValue() != e.crc) {
            throw new CheckpointException("PytorchStreamReader failed reading file " + e.name
                    + ": file read failed (CRC-32 mismatch: the archive is corrupt)");
        }
    }
}

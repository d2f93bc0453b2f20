package jtorch.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import jtorch.Storage;
import jtorch.Tensor;

/**
 * Storages loaded as shapes only (meta storages), each with the region of the file that holds its data: what
 * {@link Serialization#loadStateDict} fills a module's parameters from, one tensor at a time.
 */
final class DeferredData {
    /** A storage's bytes: {@code bytes} at {@code pos}, CRC-checked against {@code entry} when it is a zip record. */
    record Region(long pos, long bytes, ByteOrder order, ZipReader.Entry entry) {
    }

    private final Map<Storage, Region> regions = new IdentityHashMap<>();
    private final FileChannel ch;
    private final boolean mmap;

    DeferredData(FileChannel ch, boolean mmap) {
        this.ch = ch;
        this.mmap = mmap;
    }

    void put(Storage meta, Region region) {
        regions.put(meta, region);
    }

    /**
     * Puts the data of {@code source} (a tensor of a deferred storage, of {@code target}'s shape) into
     * {@code target}. When both are contiguous and of one dtype the bytes go straight from the file into the
     * target's array; otherwise the source's storage is read into a temporary array (one record in the heap) and
     * copied with {@code copy_}, which converts dtypes and strides.
     */
    void fill(Tensor target, Tensor source) {
        Region r = regions.get(source.storage());
        if (r == null) {
            throw new IllegalStateException("no file region recorded for the storage of a " + source.dtype()
                    + " tensor of shape " + java.util.Arrays.toString(source.sizes()));
        }
        try {
            CRC32 crc = r.entry() == null ? null : new CRC32();
            Storage s = source.storage();
            if (target.dtype() == source.dtype() && target.isContiguous() && source.isContiguous()
                    && !target.isMeta()) {
                long item = s.dtype().itemSize();
                long from = source.storageOffset() * item;
                long to = from + source.numel() * item;
                if (crc != null) {
                    ChannelData.crc(ch, r.pos(), from, mmap, crc);
                }
                ChannelData.read(ch, r.pos() + from, target.storage().data(), target.storageOffset(),
                        source.numel(), r.order(), mmap, crc);
                if (crc != null) {
                    ChannelData.crc(ch, r.pos() + to, r.bytes() - to, mmap, crc);
                    ZipReader.checkCrc(r.entry(), crc);
                }
                target.storage().bumpVersion();
                return;
            }
            Storage data = Storage.allocate(s.dtype(), s.size());
            ChannelData.read(ch, r.pos(), data.data(), 0, s.size(), r.order(), mmap, crc);
            if (crc != null) {
                ZipReader.checkCrc(r.entry(), crc);
            }
            target.copy_(new Tensor(data, source.sizes(), source.stride(), source.storageOffset()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jtorch.serialization;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Storage;

/**
 * PyTorch's own checkpoint formats: the zip archive {@code torch.save} writes since 1.6 ({@code <name>/data.pkl},
 * {@code <name>/data/<key>} per storage, {@code <name>/version}), and the legacy stream of pickles followed by raw
 * storage data ({@code _use_new_zipfile_serialization=False}), which is read only.
 */
final class TorchFormat {
    static final BigInteger LEGACY_MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
    static final int LEGACY_PROTOCOL = 1001;

    private TorchFormat() {
    }

    static void writeZip(Object obj, String archiveName, FileChannel ch) throws IOException {
        writeZip(obj, archiveName, ch, false);
    }

    static void writeZip(Object obj, String archiveName, FileChannel ch, boolean forceZip64) throws IOException {
        PickleWriter pw = new PickleWriter();
        byte[] pkl = pw.dump(obj);
        List<Storage> storages = pw.storages();
        ZipWriter z = new ZipWriter(ch, forceZip64);
        z.writeRecord(archiveName + "/data.pkl", pkl);
        // records in the order PyTorch writes them: keys sorted as strings
        String[] keys = new String[storages.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Integer.toString(i);
        }
        java.util.Arrays.sort(keys);
        for (String k : keys) {
            z.writeStorage(archiveName + "/data/" + k, storages.get(Integer.parseInt(k)));
        }
        z.writeRecord(archiveName + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
        z.writeRecord(archiveName + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        z.finish();
    }

    static Object readZip(FileChannel ch, LoadOptions o) throws IOException {
        ZipReader z = new ZipReader(ch);
        String prefix = null;
        for (String name : z.entries().keySet()) {
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(slash).equals("/data.pkl")) {
                prefix = name.substring(0, slash + 1);
                break;
            }
        }
        if (prefix == null) {
            throw new CheckpointException("PytorchStreamReader failed locating file data.pkl: file not found");
        }
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        ZipReader.Entry bo = z.entries().get(prefix + "byteorder");
        if (bo != null) {
            String s = new String(z.readBytes(bo), StandardCharsets.US_ASCII);
            order = switch (s) {
                case "little" -> ByteOrder.LITTLE_ENDIAN;
                case "big" -> ByteOrder.BIG_ENDIAN;
                default -> throw new CheckpointException("Unknown endianness type: " + s);
            };
        }
        byte[] pkl = z.readBytes(z.entries().get(prefix + "data.pkl"));
        Map<String, Storage> loaded = new HashMap<>();
        String dataPrefix = prefix + "data/";
        ByteOrder byteOrder = order;
        Unpickler.StorageResolver resolver = (dtype, key, location, numel, view) -> {
            if (view != null) {
                throw new CheckpointException("storage views in persistent ids are not supported");
            }
            Storage s = loaded.get(key);
            if (s != null) {
                if (s.dtype() != dtype || s.size() != numel) {
                    throw new CheckpointException("storage " + key + " is referenced as " + numel + " elements of "
                            + dtype + " and as " + s.size() + " of " + s.dtype());
                }
                return s;
            }
            o.checkLocation(location);
            ZipReader.Entry e = z.entries().get(dataPrefix + key);
            if (e == null) {
                throw new CheckpointException("PytorchStreamReader failed locating file data/" + key
                        + ": file not found");
            }
            checkSize(dtype, numel, e.size(), "record data/" + key);
            if (o.shapesOnly()) {
                s = o.shapeOnly(dtype, (int) numel, new DeferredData.Region(e.dataOffset(), e.size(), byteOrder, e));
            } else {
                s = Storage.allocate(dtype, (int) numel);
                z.readInto(e, s.data(), (int) numel, byteOrder, o.mmap());
            }
            loaded.put(key, s);
            return s;
        };
        return new Unpickler(PickleInput.of(ByteBuffer.wrap(pkl)), resolver).load();
    }

    static void checkSize(DType dtype, long numel, long bytes, String where) {
        if (numel > Integer.MAX_VALUE) {
            throw new CheckpointException("a storage of " + numel + " elements exceeds jtorch's limit of 2^31-1");
        }
        if (numel * dtype.itemSize() != bytes) {
            throw new CheckpointException("storage of " + numel + " " + dtype + " elements (" + numel * dtype.itemSize()
                    + " bytes) does not match its " + where + " of " + bytes + " bytes");
        }
    }

    private static final Unpickler.StorageResolver NO_STORAGES = (d, k, l, n, v) -> {
        throw new CheckpointException("unexpected storage in the header of a legacy checkpoint");
    };

    static Object readLegacy(FileChannel ch, LoadOptions o) throws IOException {
        PickleInput.OfChannel in = new PickleInput.OfChannel(ch, 0);
        Object magic = new Unpickler(in, NO_STORAGES).load();
        if (!LEGACY_MAGIC.equals(magic)) {
            throw new CheckpointException("Invalid magic number; corrupt file?");
        }
        Object protocol = new Unpickler(in, NO_STORAGES).load();
        if (!Integer.valueOf(LEGACY_PROTOCOL).equals(protocol)) {
            throw new CheckpointException("Invalid protocol version: " + protocol);
        }
        Object sysInfo = new Unpickler(in, NO_STORAGES).load();
        if (!(sysInfo instanceof Map<?, ?> info) || !Boolean.TRUE.equals(info.get("little_endian"))) {
            throw new CheckpointException("jtorch reads legacy checkpoints written on little-endian machines only");
        }
        Map<String, Storage> storages = new HashMap<>();
        long[] reserved = {0};
        Unpickler.StorageResolver resolver = (dtype, key, location, numel, view) -> {
            if (view != null) {
                throw new CheckpointException("legacy storage views are not supported");
            }
            Storage s = storages.get(key);
            if (s != null) {
                if (s.dtype() != dtype) {
                    throw new CheckpointException("storage " + key + " is referenced with two dtypes");
                }
                return s;
            }
            o.checkLocation(location);
            if (numel > Integer.MAX_VALUE) {
                throw new CheckpointException("a storage of " + numel + " elements exceeds jtorch's limit of 2^31-1");
            }
            // the data follows the pickles: all storages together cannot be larger than what is left of the file
            reserved[0] += 8 + numel * dtype.itemSize();
            if (reserved[0] > in.remaining()) {
                throw new CheckpointException("storages declare " + reserved[0] + " bytes but the file has only "
                        + in.remaining() + " left");
            }
            s = o.shapesOnly() ? Storage.meta(dtype, (int) numel) : Storage.allocate(dtype, (int) numel);
            storages.put(key, s);
            return s;
        };
        Object result = new Unpickler(in, resolver).load();
        Object keys = new Unpickler(in, NO_STORAGES).load();
        if (!(keys instanceof List<?> keyList)) {
            throw new CheckpointException("legacy checkpoint: expected the list of storage keys");
        }
        if (keyList.size() != storages.size() || !new java.util.HashSet<>(keyList).equals(storages.keySet())) {
            throw new CheckpointException("legacy checkpoint: its list of " + keyList.size() + " storage keys does not"
                    + " name each of the " + storages.size() + " storages its tensors use exactly once");
        }
        for (Object k : keyList) {
            Storage s = storages.get(k);
            long count = 0;
            for (int i = 0; i < 8; i++) {
                count |= (long) in.readByte() << (8 * i);
            }
            if (count != s.size()) {
                throw new CheckpointException("storage " + k + " has " + count + " elements in the file but "
                        + s.size() + " in its persistent id");
            }
            long bytes = count * s.dtype().itemSize();
            if (bytes > in.remaining()) {
                throw new CheckpointException("legacy checkpoint is truncated: storage " + k + " needs " + bytes
                        + " bytes, " + in.remaining() + " remain");
            }
            long pos = in.position();
            if (o.shapesOnly()) {
                o.defer(s, new DeferredData.Region(pos, bytes, ByteOrder.LITTLE_ENDIAN, null));
            } else {
                ChannelData.read(ch, pos, s.data(), 0, s.size(), ByteOrder.LITTLE_ENDIAN, o.mmap(), null);
            }
            in.seek(pos + bytes);
        }
        return result;
    }
}

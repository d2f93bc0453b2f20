package jtorch.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;

/**
 * The safetensors format: an unsigned 64-bit little-endian header length N, N bytes of JSON
 * ({@code {"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, "__metadata__": {..}}}, padded
 * with spaces to a multiple of 8), then the tensors' bytes, little-endian and row-major, exactly covering the
 * data area.
 */
final class SafeTensors {
    static final long MAX_HEADER = 100_000_000;
    private static final int CHUNK = 1 << 20;

    private SafeTensors() {
    }

    static String code(DType d) {
        return switch (d) {
            case FLOAT64 -> "F64";
            case FLOAT32 -> "F32";
            case FLOAT16 -> "F16";
            case BFLOAT16 -> "BF16";
            case INT64 -> "I64";
            case INT32 -> "I32";
            case INT16 -> "I16";
            case INT8 -> "I8";
            case UINT8 -> "U8";
            case BOOL -> "BOOL";
        };
    }

    static DType dtype(Object code) {
        for (DType d : DType.values()) {
            if (code(d).equals(code)) {
                return d;
            }
        }
        throw new CheckpointException("safetensors dtype " + code + " is not supported by jtorch");
    }

    static void write(Object obj, FileChannel ch) throws IOException {
        if (!(obj instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("safetensors holds a Map<String, Tensor> (a state dict), not a "
                    + (obj == null ? "null" : obj.getClass().getName()));
        }
        List<String> names = new ArrayList<>();
        List<Tensor> tensors = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String k) || !(e.getValue() instanceof Tensor t)) {
                throw new IllegalArgumentException("safetensors holds a Map<String, Tensor>: entry " + e.getKey()
                        + " is not a string key with a tensor value");
            }
            if (k.equals("__metadata__")) {
                throw new IllegalArgumentException("'__metadata__' is reserved in safetensors headers");
            }
            if (t.isMeta()) {
                throw new IllegalArgumentException("cannot save tensor '" + k + "' on the meta device: it has no data");
            }
            names.add(k);
            tensors.add(t.contiguous());
        }
        StringBuilder h = new StringBuilder("{");
        long offset = 0;
        for (int i = 0; i < names.size(); i++) {
            Tensor t = tensors.get(i);
            long bytes = (long) t.numel() * t.dtype().itemSize();
            if (i > 0) {
                h.append(',');
            }
            h.append(Json.quote(names.get(i))).append(":{\"dtype\":\"").append(code(t.dtype())).append("\",\"shape\":[");
            int[] shape = t.sizes();
            for (int d = 0; d < shape.length; d++) {
                h.append(d > 0 ? "," : "").append(shape[d]);
            }
            h.append("],\"data_offsets\":[").append(offset).append(',').append(offset + bytes).append("]}");
            offset += bytes;
        }
        h.append('}');
        byte[] json = h.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(padded).put(json);
        while (head.hasRemaining()) {
            head.put((byte) ' ');
        }
        head.flip();
        long pos = 0;
        while (head.hasRemaining()) {
            pos += ch.write(head, pos);
        }
        ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (Tensor t : tensors) {
            Object array = t.storage().data();
            int item = StorageBytes.itemSize(array);
            int perChunk = CHUNK / item;
            for (int off = 0; off < t.numel(); off += perChunk) {
                int n = Math.min(perChunk, t.numel() - off);
                buf.clear();
                StorageBytes.put(array, t.storageOffset() + off, n, buf);
                buf.flip();
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
            }
        }
    }

    private record Item(String name, DType dtype, int[] shape, long begin, long end) {
    }

    static Map<String, Tensor> read(FileChannel ch, LoadOptions o) throws IOException {
        long fileSize = ch.size();
        if (fileSize < 8) {
            throw new CheckpointException("safetensors file is truncated: " + fileSize + " bytes");
        }
        ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (lenBuf.hasRemaining() && ch.read(lenBuf, lenBuf.position()) >= 0) {
            // loop until filled
        }
        long n = lenBuf.getLong(0);
        if (n < 2 || n > MAX_HEADER || n > fileSize - 8) {
            throw new CheckpointException("invalid safetensors header length " + Long.toUnsignedString(n)
                    + " for a file of " + fileSize + " bytes");
        }
        ByteBuffer hb = ByteBuffer.allocate((int) n);
        while (hb.hasRemaining()) {
            if (ch.read(hb, 8 + hb.position()) < 0) {
                throw new CheckpointException("safetensors header is truncated");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(hb.flip()).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CheckpointException("invalid safetensors header: not UTF-8");
        }
        if (!(Json.parse(text) instanceof Map<?, ?> header)) {
            throw new CheckpointException("invalid safetensors header: not a JSON object");
        }
        long dataStart = 8 + n;
        long dataLen = fileSize - dataStart;
        List<Item> items = new ArrayList<>();
        for (Map.Entry<?, ?> e : header.entrySet()) {
            String name = (String) e.getKey();
            if (name.equals("__metadata__")) {
                continue;
            }
            if (!(e.getValue() instanceof Map<?, ?> info)) {
                throw new CheckpointException("invalid safetensors header: entry '" + name + "' is not an object");
            }
            DType dtype = dtype(info.get("dtype"));
            if (!(info.get("shape") instanceof List<?> shapeList) || !(info.get("data_offsets") instanceof List<?> offs)
                    || offs.size() != 2 || !(offs.get(0) instanceof Long begin) || !(offs.get(1) instanceof Long end)) {
                throw new CheckpointException("invalid safetensors header: entry '" + name
                        + "' needs a shape and two data_offsets");
            }
            int[] shape = new int[shapeList.size()];
            long numel = 1;
            for (int d = 0; d < shape.length; d++) {
                if (!(shapeList.get(d) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
                    throw new CheckpointException("invalid safetensors header: bad shape " + shapeList + " for '" + name + "'");
                }
                shape[d] = (int) (long) v;
                numel = v == 0 || numel == 0 ? 0 : (numel > (1L << 40) / v ? (1L << 40) : numel * v);
            }
            if (numel > Integer.MAX_VALUE) {
                throw new CheckpointException("tensor '" + name + "' has more than 2^31-1 elements");
            }
            if (begin < 0 || end < begin || end > dataLen || end - begin != numel * dtype.itemSize()) {
                throw new CheckpointException("invalid safetensors header: tensor '" + name + "' of shape " + shapeList
                        + " and dtype " + code(dtype) + " has data_offsets [" + begin + ", " + end
                        + "], which does not fit the " + dataLen + " bytes of data");
            }
            items.add(new Item(name, dtype, shape, begin, end));
        }
        List<Item> byOffset = new ArrayList<>(items);
        byOffset.sort(Comparator.comparingLong(Item::begin));
        long expect = 0;
        for (Item it : byOffset) {
            if (it.begin != expect) {
                throw new CheckpointException("invalid safetensors file: tensor data overlaps or leaves a hole at byte "
                        + expect);
            }
            expect = it.end;
        }
        if (expect != dataLen) {
            throw new CheckpointException("invalid safetensors file: " + (dataLen - expect)
                    + " bytes of data are not covered by any tensor");
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Item it : items) {
            int numel = 1;
            for (int d : it.shape) {
                numel *= d;
            }
            Storage s;
            if (o.shapesOnly()) {
                s = o.shapeOnly(it.dtype, numel,
                        new DeferredData.Region(dataStart + it.begin, it.end - it.begin, ByteOrder.LITTLE_ENDIAN, null));
            } else {
                s = Storage.allocate(it.dtype, numel);
                ChannelData.read(ch, dataStart + it.begin, s.data(), 0, numel, ByteOrder.LITTLE_ENDIAN, o.mmap(), null);
            }
            out.put(it.name, new Tensor(s, it.shape, contiguousStrides(it.shape), 0));
        }
        return out;
    }

    static int[] contiguousStrides(int[] shape) {
        int[] st = new int[shape.length];
        int acc = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            st[d] = acc;
            acc *= Math.max(shape[d], 1);
        }
        return st;
    }
}

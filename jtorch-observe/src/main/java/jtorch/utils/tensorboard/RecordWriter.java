package jtorch.utils.tensorboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * TFRecord framing, the container of TensorBoard event files: each record is
 * {@code uint64 length, uint32 masked_crc32c(length), byte[length] data, uint32 masked_crc32c(data)},
 * all little-endian. PyTorch: {@code tensorboard.summary.writer.record_writer.RecordWriter}.
 */
public final class RecordWriter {
    private static final int MASK_DELTA = 0xa282ead8;

    private final OutputStream out;

    /** Writes records to {@code out} (buffer it: every record is written with two calls). */
    public RecordWriter(OutputStream out) {
        this.out = out;
    }

    /** The CRC-32C (Castagnoli) of {@code data[off, off + len)}. */
    public static int crc32c(byte[] data, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(data, off, len);
        return (int) crc.getValue();
    }

    /**
     * TFRecord's masked CRC: {@code ((crc >>> 15) | (crc << 17)) + 0xa282ead8}, so that a CRC over data
     * holding CRCs stays well-distributed. TensorFlow: {@code crc32c::Mask}.
     */
    public static int maskedCrc32c(byte[] data, int off, int len) {
        int crc = crc32c(data, off, len);
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }

    /** The framed bytes of one record (header, data, footer). */
    public static byte[] frame(byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + data.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(data.length);
        b.putInt(maskedCrc32c(b.array(), 0, 8));
        b.put(data);
        b.putInt(maskedCrc32c(data, 0, data.length));
        return b.array();
    }

    /** Writes one record. PyTorch: {@code RecordWriter.write(data)}. */
    public void write(byte[] data) throws IOException {
        out.write(frame(data));
    }

    /** Flushes the underlying stream. */
    public void flush() throws IOException {
        out.flush();
    }
}

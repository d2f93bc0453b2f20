package jtorch.utils.tensorboard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a TFRecord file back, verifying both CRCs of every record — what TensorBoard's
 * loader does before parsing an event. Used to check written files (the tests' event-file reader builds on it).
 */
public final class RecordReader {
    private RecordReader() {
    }

    /**
     * All records of a file, in order.
     *
     * @throws IOException when a length or data CRC does not match, or the file ends inside a record
     */
    public static List<byte[]> readAll(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        List<byte[]> records = new ArrayList<>();
        while (b.hasRemaining()) {
            if (b.remaining() < 12) {
                throw new IOException(file + ": truncated record header at byte " + b.position());
            }
            int start = b.position();
            long len = b.getLong();
            int lenCrc = b.getInt();
            if (lenCrc != RecordWriter.maskedCrc32c(b.array(), start, 8)) {
                throw new IOException(file + ": length CRC mismatch at byte " + start);
            }
            if (len < 0 || len > b.remaining() - 4) {
                throw new IOException(file + ": truncated record data at byte " + start);
            }
            byte[] data = new byte[(int) len];
            b.get(data);
            int dataCrc = b.getInt();
            if (dataCrc != RecordWriter.maskedCrc32c(data, 0, data.length)) {
                throw new IOException(file + ": data CRC mismatch in the record at byte " + start);
            }
            records.add(data);
        }
        return records;
    }
}

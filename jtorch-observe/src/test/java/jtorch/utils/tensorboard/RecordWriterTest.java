package jtorch.utils.tensorboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import jtorch.observe.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TFRecord framing against CRCs computed bitwise from the Castagnoli polynomial (tools/golden/observe.py). */
class RecordWriterTest {
    private static final HexFormat HEX = HexFormat.of();
    private final JsonObject crc = Fixtures.get().getAsJsonObject("crc");

    @Test
    void crc32cOfTheStandardCheckString() {
        byte[] check = "123456789".getBytes();
        assertEquals(0xE3069283, RecordWriter.crc32c(check, 0, check.length)); // the CRC-32C check value
        for (JsonElement e : crc.getAsJsonArray("crc32c")) {
            byte[] d = HEX.parseHex(e.getAsJsonArray().get(0).getAsString());
            assertEquals(e.getAsJsonArray().get(1).getAsLong(), Integer.toUnsignedLong(RecordWriter.crc32c(d, 0, d.length)));
        }
    }

    @Test
    void maskedCrcsAndFramesAreTheKnownGoodBytes() {
        for (JsonElement e : crc.getAsJsonArray("masked")) {
            byte[] d = HEX.parseHex(e.getAsJsonArray().get(0).getAsString());
            assertEquals(e.getAsJsonArray().get(1).getAsLong(), Integer.toUnsignedLong(RecordWriter.maskedCrc32c(d, 0, d.length)));
        }
        for (JsonElement e : crc.getAsJsonArray("frames")) {
            byte[] d = HEX.parseHex(e.getAsJsonArray().get(0).getAsString());
            assertEquals(e.getAsJsonArray().get(1).getAsString(), HEX.formatHex(RecordWriter.frame(d)));
        }
    }

    @Test
    void readerVerifiesBothCrcs(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("r");
        byte[] a = RecordWriter.frame("abc".getBytes());
        byte[] b = RecordWriter.frame(new byte[0]);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        Files.write(f, both);
        List<byte[]> recs = RecordReader.readAll(f);
        assertArrayEquals("abc".getBytes(), recs.get(0));
        assertEquals(0, recs.get(1).length);

        byte[] badData = both.clone();
        badData[12] ^= 1; // first data byte
        Files.write(f, badData);
        assertEquals("data CRC", assertThrows(IOException.class, () -> RecordReader.readAll(f)).getMessage().split(": ")[1].substring(0, 8));
        byte[] badLen = both.clone();
        badLen[0] ^= 1;
        Files.write(f, badLen);
        assertThrows(IOException.class, () -> RecordReader.readAll(f));
    }
}

package jtorch.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes an unpickler reads: {@code data.pkl} held in memory, or a region of a file read through a small
 * buffer (PyTorch's legacy format, where storage data follows the pickles). Every read is checked against what
 * is left, so a declared length can never make the loader allocate more than the file holds.
 */
abstract class PickleInput {
    /** Bytes left before the end of the input. */
    abstract long remaining();

    abstract int readByte();

    abstract void readFully(byte[] dst, int off, int len);

    /** {@code n} bytes, after checking that the input still holds them. */
    byte[] read(long n, String what) {
        if (n < 0 || n > remaining()) {
            throw new CheckpointException("pickle data was truncated: " + what + " declares " + n
                    + " bytes but only " + remaining() + " remain");
        }
        byte[] b = new byte[(int) n];
        readFully(b, 0, b.length);
        return b;
    }

    static PickleInput of(ByteBuffer buf) {
        return new PickleInput() {
            @Override
            long remaining() {
                return buf.remaining();
            }

            @Override
            int readByte() {
                if (!buf.hasRemaining()) {
                    throw new CheckpointException("pickle data was truncated");
                }
                return buf.get() & 0xFF;
            }

            @Override
            void readFully(byte[] dst, int off, int len) {
                if (len > buf.remaining()) {
                    throw new CheckpointException("pickle data was truncated");
                }
                buf.get(dst, off, len);
            }
        };
    }

    /** A file read from {@code position} on, buffered; {@link #position()} tells where the next byte is. */
    static final class OfChannel extends PickleInput {
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        private long bufStart;

        OfChannel(FileChannel channel, long position) throws IOException {
            this.channel = channel;
            this.size = channel.size();
            this.bufStart = position;
            buf.limit(0);
        }

        long position() {
            return bufStart + buf.position();
        }

        /** Continues reading at {@code position}. */
        void seek(long position) {
            bufStart = position;
            buf.clear().limit(0);
        }

        @Override
        long remaining() {
            return size - position();
        }

        private void fill() {
            try {
                long pos = position();
                buf.clear();
                bufStart = pos;
                while (buf.hasRemaining()) {
                    int n = channel.read(buf, pos + buf.position());
                    if (n <= 0) {
                        break;
                    }
                }
                buf.flip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        int readByte() {
            if (!buf.hasRemaining()) {
                fill();
                if (!buf.hasRemaining()) {
                    throw new CheckpointException("pickle data was truncated");
                }
            }
            return buf.get() & 0xFF;
        }

        @Override
        void readFully(byte[] dst, int off, int len) {
            while (len > 0) {
                if (!buf.hasRemaining()) {
                    fill();
                    if (!buf.hasRemaining()) {
                        throw new CheckpointException("pickle data was truncated");
                    }
                }
                int n = Math.min(len, buf.remaining());
                buf.get(dst, off, n);
                off += n;
                len -= n;
            }
        }
    }
}

package jtorch.utils.tensorboard;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jtorch.utils.tensorboard.proto.Event;

/**
 * One event file in a log directory: {@code events.out.tfevents.<secs>.<host>.<pid>.<n><suffix>}, opened with
 * the {@code brain.Event:2} version record. Events are framed on the caller's thread and queued; the queue is
 * written out when it holds {@code maxQueue} events, every {@code flushSecs} seconds (a daemon thread), on
 * {@link #flush()} and on {@link #close()}. PyTorch: {@code torch.utils.tensorboard.writer.FileWriter} /
 * {@code EventFileWriter(logdir, max_queue_size=10, flush_secs=120, filename_suffix='')}.
 */
public final class EventFileWriter implements AutoCloseable {
    private static final AtomicLong UID = new AtomicLong();
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jtorch-tensorboard-flush");
        t.setDaemon(true);
        return t;
    });
    private static volatile String host;

    private final Path logDir;
    private final Path file;
    private final int maxQueue;
    private final OutputStream out;
    private final List<byte[]> queue = new ArrayList<>();
    private final ScheduledFuture<?> timer;
    private boolean closed;

    /**
     * Creates {@code logDir} if needed and opens a new event file in it.
     * PyTorch: {@code FileWriter(log_dir, max_queue=10, flush_secs=120, filename_suffix='')}.
     */
    public EventFileWriter(Path logDir, int maxQueue, int flushSecs, String filenameSuffix) {
        if (maxQueue < 1 || flushSecs < 1) {
            throw new IllegalArgumentException("maxQueue and flushSecs must be positive, got " + maxQueue + ", " + flushSecs);
        }
        this.logDir = logDir;
        this.maxQueue = maxQueue;
        try {
            Files.createDirectories(logDir);
            String name = String.format("events.out.tfevents.%010d.%s.%d.%d%s", System.currentTimeMillis() / 1000,
                    hostname(), ProcessHandle.current().pid(), UID.getAndIncrement(), filenameSuffix);
            this.file = logDir.resolve(name);
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an event file in " + logDir, e);
        }
        add(Event.newBuilder().setWallTime(now()).setFileVersion("brain.Event:2").build());
        flush();
        this.timer = FLUSHER.scheduleWithFixedDelay(this::flushQuietly, flushSecs, flushSecs, TimeUnit.SECONDS);
    }

    /** The host name used in run directory and event file names (Python's {@code socket.gethostname()}). */
    public static String hostname() {
        String h = host;
        if (h == null) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                h = System.getenv().getOrDefault("HOSTNAME", "localhost");
            }
            host = h;
        }
        return h;
    }

    /** Seconds since the epoch with sub-second precision, as Python's {@code time.time()}. */
    static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    /** The directory this writer writes to. PyTorch: {@code get_logdir()}. */
    public Path getLogDir() {
        return logDir;
    }

    /** The event file being written. */
    public Path getFile() {
        return file;
    }

    /** Queues one event; writes the queue out once it holds {@code maxQueue} events. PyTorch: {@code add_event}. */
    public void add(Event event) {
        byte[] record = RecordWriter.frame(event.toByteArray());
        synchronized (queue) {
            if (closed) {
                throw new IllegalStateException("the event file writer for " + logDir + " is closed");
            }
            queue.add(record);
            if (queue.size() >= maxQueue) {
                drain();
            }
        }
    }

    /** Writes every queued event to disk. PyTorch: {@code flush()}. */
    public void flush() {
        synchronized (queue) {
            if (!closed) {
                drain();
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (UncheckedIOException e) {
            System.getLogger(EventFileWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot flush " + file + ": " + e.getMessage());
        }
    }

    private void drain() {
        try {
            for (byte[] r : queue) {
                out.write(r);
            }
            queue.clear();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Flushes and closes the file; later {@link #add} calls fail. PyTorch: {@code close()}. */
    @Override
    public void close() {
        synchronized (queue) {
            if (closed) {
                return;
            }
            drain();
            closed = true;
            timer.cancel(false);
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
        }
    }
}

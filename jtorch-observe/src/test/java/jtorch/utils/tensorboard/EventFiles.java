package jtorch.utils.tensorboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtorch.utils.tensorboard.proto.Event;

/** Test helper: the events of the event files in a directory, CRCs verified. */
final class EventFiles {
    private EventFiles() {
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> read(Path file) {
        try {
            List<Event> out = new ArrayList<>();
            for (byte[] r : RecordReader.readAll(file)) {
                out.add(Event.parseFrom(r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of the one event file in {@code dir}. */
    static List<Event> readDir(Path dir) {
        List<Path> f = files(dir);
        if (f.size() != 1) {
            throw new IllegalStateException("expected one event file in " + dir + ", found " + f);
        }
        return read(f.get(0));
    }
}

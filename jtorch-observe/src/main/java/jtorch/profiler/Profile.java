package jtorch.profiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import jtorch.Tensor;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;

/**
 * A CPU profiling session: every op the user calls on this thread (seen at jtorch's one dispatch point through
 * a {@link TorchFunctionMode}) and every {@link Profiler#recordFunction} range becomes a {@link FunctionEvent}.
 * PyTorch: {@code torch.profiler.profile(activities=[ProfilerActivity.CPU], record_shapes=...)}.
 *
 * <pre>{@code
 * try (Profile prof = Profiler.profile()) {
 *     model.call(x);
 * }
 * System.out.println(prof.keyAverages().table("cpu_time_total", 10));
 * }</pre>
 *
 * Ops are the user-level ops (what {@code torch.overrides} sees), named {@code aten::<op>}; the kernels an op
 * is built from are inside its time, not separate rows.
 */
public final class Profile implements AutoCloseable {
    private final boolean recordShapes;
    private final long origin = System.nanoTime();
    private final long threadId = Thread.currentThread().threadId();
    private final List<FunctionEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final Deque<FunctionEvent> open = new ArrayDeque<>();
    private final Mode mode = new Mode();
    private boolean running;

    Profile(boolean recordShapes) {
        this.recordShapes = recordShapes;
    }

    Profile start() {
        running = true;
        mode.enter();
        Profiler.ACTIVE.get().push(this);
        return this;
    }

    private final class Mode extends TorchFunctionMode {
        @Override
        public Object torchFunction(OpCall call) {
            FunctionEvent e = begin(atenName(call.pytorchName()), recordShapes ? shapes(call.args()) : List.of());
            try {
                return call.proceed();
            } finally {
                finish(e);
            }
        }
    }

    /** PyTorch's profiler name of a jtorch op: {@code aten::} and the ATen name where PyTorch's differs. */
    static String atenName(String op) {
        return "aten::" + switch (op) {
            case "cross_entropy" -> "cross_entropy_loss";
            default -> op;
        };
    }

    private static List<List<Integer>> shapes(List<Object> args) {
        List<List<Integer>> out = new ArrayList<>(args.size());
        for (Object a : args) {
            if (a instanceof Tensor t) {
                List<Integer> s = new ArrayList<>();
                for (int d : t.sizes()) {
                    s.add(d);
                }
                out.add(s);
            } else {
                out.add(List.of());
            }
        }
        return out;
    }

    FunctionEvent begin(String name, List<List<Integer>> shapes) {
        FunctionEvent e = new FunctionEvent(name, System.nanoTime() - origin, threadId, shapes, open.peek());
        open.push(e);
        events.add(e);
        return e;
    }

    void finish(FunctionEvent e) {
        e.end(System.nanoTime() - origin);
        // ranges closed out of order close everything opened inside them
        while (!open.isEmpty()) {
            if (open.pop() == e) {
                break;
            }
        }
    }

    /** Stops recording. PyTorch: leaving the {@code with profile()} block / {@code prof.stop()}. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        mode.close();
        Profiler.ACTIVE.get().remove(this);
        long now = System.nanoTime() - origin;
        while (!open.isEmpty()) {
            open.pop().end(now);
        }
    }

    /** Every event in start order. PyTorch: {@code prof.events()}. */
    public List<FunctionEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Statistics per event name. PyTorch: {@code prof.key_averages()}. */
    public KeyAverages keyAverages() {
        return new KeyAverages(events(), false);
    }

    /** Statistics per event name and input shapes. PyTorch: {@code prof.key_averages(group_by_input_shape=True)}. */
    public KeyAverages keyAverages(boolean groupByInputShape) {
        return new KeyAverages(events(), groupByInputShape);
    }

    /**
     * Writes the events as a Chrome trace (JSON array of complete {@code "X"} events, microseconds) that
     * chrome://tracing and Perfetto open. PyTorch: {@code prof.export_chrome_trace(path)}.
     */
    public void exportChromeTrace(Path path) {
        StringBuilder sb = new StringBuilder("[");
        List<FunctionEvent> evs = events();
        for (int i = 0; i < evs.size(); i++) {
            FunctionEvent e = evs.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"name\": ").append(KeyAverages.json(e.name()))
                    .append(", \"ph\": \"X\", \"ts\": ").append(e.startNs() / 1000)
                    .append(", \"dur\": ").append(e.cpuTimeTotalNs() / 1000)
                    .append(", \"tid\": ").append(e.threadId())
                    .append(", \"pid\": \"CPU functions\", \"args\": {");
            if (!e.inputShapes().isEmpty()) {
                sb.append("\"Input dims\": ").append(e.inputShapes().toString());
            }
            sb.append("}}");
        }
        sb.append("]");
        try {
            Files.writeString(path, sb);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

package jtorch.profiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Entry points of {@code torch.profiler}: {@link #profile()} starts a {@link Profile} on the current thread,
 * {@link #recordFunction} marks a named range inside it.
 */
public final class Profiler {
    static final ThreadLocal<Deque<Profile>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);

    private Profiler() {
    }

    /** Starts profiling this thread's ops. PyTorch: {@code torch.profiler.profile(activities=[CPU])}. */
    public static Profile profile() {
        return new Profile(false).start();
    }

    /**
     * Starts profiling, recording each op's input shapes.
     * PyTorch: {@code torch.profiler.profile(activities=[CPU], record_shapes=recordShapes)}.
     */
    public static Profile profile(boolean recordShapes) {
        return new Profile(recordShapes).start();
    }

    /** An open range; closing it ends the range. */
    public interface Range extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A named range (a row of its own, and the parent of the ops inside it) in every profile active on this
     * thread; a no-op without one. PyTorch: {@code with torch.profiler.record_function(name):}.
     */
    public static Range recordFunction(String name) {
        List<Profile> profiles = new ArrayList<>(ACTIVE.get());
        if (profiles.isEmpty()) {
            return () -> { };
        }
        List<FunctionEvent> opened = new ArrayList<>();
        for (Profile p : profiles) {
            opened.add(p.begin(name, List.of()));
        }
        return () -> {
            for (int i = 0; i < profiles.size(); i++) {
                profiles.get(i).finish(opened.get(i));
            }
        };
    }
}

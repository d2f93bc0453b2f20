package jtorch.overrides;

import java.util.ArrayList;
import java.util.List;

/**
 * A user mode that sees every dispatched op and may change it: PyTorch's
 * {@code torch.overrides.TorchFunctionMode}. Subclass it, override {@link #torchFunction}, and
 * activate it with try-with-resources:
 *
 * <pre>{@code
 * try (var mode = new EmptyInitOnDevice(Device.META).enter()) {
 *     Linear big = new Linear(100_000, 100_000);   // no data allocated, init skipped
 * }
 * }</pre>
 *
 * Modes stack as PyTorch's do: the most recently entered mode sees a call first; inside its
 * {@code torchFunction} it is not active, so ops it calls go to the modes below it, and
 * {@link OpCall#proceed()} hands the call itself to the next mode down. Once no mode is left the op runs
 * with every mode suspended: modes see the ops the user (or a mode) called, never the ops an op is built
 * from.
 */
public abstract class TorchFunctionMode implements AutoCloseable {
    /** For subclasses; enter the mode with try-with-resources. */
    protected TorchFunctionMode() {
    }

    private static final ThreadLocal<List<TorchFunctionMode>> STACK = ThreadLocal.withInitial(ArrayList::new);

    /** Handles one op call; return {@code call.proceed()} to run it unchanged. */
    public abstract Object torchFunction(OpCall call);

    /** Pushes this mode on the current thread's mode stack. */
    public TorchFunctionMode enter() {
        STACK.get().add(this);
        return this;
    }

    /** Pops this mode; modes must be closed innermost first. */
    @Override
    public void close() {
        List<TorchFunctionMode> s = STACK.get();
        if (s.isEmpty() || s.get(s.size() - 1) != this) {
            throw new IllegalStateException("TorchFunctionMode closed out of order");
        }
        s.remove(s.size() - 1);
    }

    /** True when any mode is active on this thread (the dispatch fast path checks this first). */
    public static boolean anyActive() {
        return !STACK.get().isEmpty();
    }

    /**
     * Runs {@code call} through the innermost active mode, with that mode suspended while it handles the
     * call; with no mode active, runs the op itself with all modes suspended.
     */
    static Object dispatch(OpCall call) {
        List<TorchFunctionMode> s = STACK.get();
        if (s.isEmpty()) {
            return call.run();
        }
        TorchFunctionMode top = s.remove(s.size() - 1);
        try {
            return top.torchFunction(call);
        } finally {
            s.add(top);
        }
    }

    /** Runs {@code body} with every mode of this thread suspended (an op's own inner calls). */
    static Object suspended(java.util.function.Supplier<Object> body) {
        List<TorchFunctionMode> s = STACK.get();
        List<TorchFunctionMode> saved = List.copyOf(s);
        s.clear();
        try {
            return body.get();
        } finally {
            s.addAll(saved);
        }
    }
}

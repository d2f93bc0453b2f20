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
 * Inside {@code torchFunction} the mode itself is not active (as in PyTorch), so calling ops there
 * does not recurse into it.
 */
public abstract class TorchFunctionMode implements AutoCloseable {
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

    /** Runs {@code call} through the innermost mode, with that mode suspended while it handles the call. */
    public static Object dispatch(OpCall call) {
        List<TorchFunctionMode> s = STACK.get();
        TorchFunctionMode top = s.remove(s.size() - 1);
        try {
            return top.torchFunction(call);
        } finally {
            s.add(top);
        }
    }
}

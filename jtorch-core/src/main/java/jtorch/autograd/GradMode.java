package jtorch.autograd;

/**
 * Whether operations record the autograd graph on this thread. PyTorch: {@code torch.is_grad_enabled},
 * {@code torch.no_grad}, {@code torch.enable_grad}, {@code torch.set_grad_enabled}.
 *
 * <p>Guards are try-with-resources: {@code try (var g = GradMode.disable()) { ... }}; closing restores
 * the previous mode, so guards nest as PyTorch's context managers do. A guard that switched grad mode off
 * remembers the line that created it (when made through {@code Torch.noGrad()} or
 * {@code Torch.setGradEnabled(false)}), so the error of a {@code backward()} that finds nothing to
 * differentiate can name a guard that was never closed.
 */
public final class GradMode {
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private static final class State {
        boolean enabled = true;
        /** The open guard that switched grad mode off, or null. */
        Guard disabledBy;
    }

    private GradMode() {
    }

    /** Whether grad mode is on for this thread. PyTorch: {@code torch.is_grad_enabled()}. */
    public static boolean isEnabled() {
        return STATE.get().enabled;
    }

    /** Sets the mode and returns a guard that restores the previous one. PyTorch: {@code torch.set_grad_enabled(mode)}. */
    public static Guard set(boolean enabled) {
        return set(enabled, null, null);
    }

    /**
     * Sets the mode like {@link #set(boolean)}; {@code api} (e.g. {@code "Torch.noGrad()"}) and {@code site}
     * (the line that called it) describe the guard in later error messages while it stays open.
     */
    public static Guard set(boolean enabled, String api, StackTraceElement site) {
        State st = STATE.get();
        Guard g = new Guard(st, api, site);
        st.enabled = enabled;
        st.disabledBy = enabled ? null : g;
        return g;
    }

    /** Grad mode off until the guard closes. PyTorch: {@code torch.no_grad()}. */
    public static Guard disable() {
        return set(false);
    }

    /** Grad mode on until the guard closes. PyTorch: {@code torch.enable_grad()}. */
    public static Guard enable() {
        return set(true);
    }

    /**
     * When grad mode is off on this thread because of a guard created through the public API, a sentence
     * naming it and where it was created; otherwise the empty string.
     */
    public static String describeDisabled() {
        State st = STATE.get();
        Guard g = st.disabledBy;
        if (st.enabled || g == null || g.site == null) {
            return "";
        }
        return "grad mode is off on this thread: the " + g.api + " created at " + g.site + " is still open. "
                + "Close it with try (var g = Torch.noGrad()) { ... } or use Torch.noGrad(() -> { ... })";
    }

    /** Restores the grad mode that was active when it was created. */
    public static final class Guard implements AutoCloseable {
        private final State state;
        private final boolean previous;
        private final Guard previousDisabledBy;
        private final String api;
        private final StackTraceElement site;

        private Guard(State state, String api, StackTraceElement site) {
            this.state = state;
            this.previous = state.enabled;
            this.previousDisabledBy = state.disabledBy;
            this.api = api;
            this.site = site;
        }

        /** Restores the previous grad mode. */
        @Override
        public void close() {
            state.enabled = previous;
            state.disabledBy = previousDisabledBy;
        }
    }
}

package jtorch.autograd;

/**
 * Whether operations record the autograd graph on this thread. PyTorch: {@code torch.is_grad_enabled},
 * {@code torch.no_grad}, {@code torch.enable_grad}, {@code torch.set_grad_enabled}.
 *
 * <p>Guards are try-with-resources: {@code try (var g = GradMode.disable()) { ... }}; closing restores
 * the previous mode, so guards nest as PyTorch's context managers do.
 */
public final class GradMode {
    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    private GradMode() {
    }

    public static boolean isEnabled() {
        return ENABLED.get()[0];
    }

    /** Sets the mode and returns a guard that restores the previous one. */
    public static Guard set(boolean enabled) {
        boolean[] cell = ENABLED.get();
        Guard g = new Guard(cell, cell[0]);
        cell[0] = enabled;
        return g;
    }

    public static Guard disable() {
        return set(false);
    }

    public static Guard enable() {
        return set(true);
    }

    /** Restores the grad mode that was active when it was created. */
    public static final class Guard implements AutoCloseable {
        private final boolean[] cell;
        private final boolean previous;

        private Guard(boolean[] cell, boolean previous) {
            this.cell = cell;
            this.previous = previous;
        }

        @Override
        public void close() {
            cell[0] = previous;
        }
    }
}

package jtorch.autograd;

/**
 * Anomaly detection: while enabled, each recorded node keeps the stack trace of the forward call that
 * created it, and backward fails as soon as a node returns NaN, naming that node and showing where its
 * forward ran. PyTorch: {@code torch.autograd.detect_anomaly} / {@code set_detect_anomaly}.
 */
public final class AnomalyMode {
    private static volatile boolean enabled;

    private AnomalyMode() {
    }

    /** Whether anomaly detection is on (PyTorch: {@code torch.is_anomaly_enabled()}). */
    public static boolean isEnabled() {
        return enabled;
    }

    /** Turns detection on or off process-wide. PyTorch: {@code torch.set_anomaly_enabled(enabled)}. */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** Enables detection until the guard closes. */
    public static Guard enable() {
        Guard g = new Guard(enabled);
        enabled = true;
        return g;
    }

    /** Restores the previous setting. */
    public static final class Guard implements AutoCloseable {
        private final boolean previous;

        private Guard(boolean previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            enabled = previous;
        }
    }

    /** The stack trace of a node's forward call, attached as the cause of anomaly errors. */
    static final class ForwardTrace extends Throwable {
        ForwardTrace() {
            super("Traceback of forward call that caused the error");
        }
    }

    static void checkNan(Node node, jtorch.Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            jtorch.Tensor g = grads[i];
            if (g != null && g.dtype().isFloatingPoint() && !g.isMeta()) {
                boolean nan;
                try (GradMode.Guard off = GradMode.disable()) {
                    nan = g.isnan().any().itemBool();
                }
                if (nan) {
                    IllegalStateException e = new IllegalStateException("Function '" + node.name()
                            + "' returned nan values in its " + i + "th output.");
                    if (node.forwardTrace() != null) {
                        e.initCause(node.forwardTrace());
                    }
                    throw e;
                }
            }
        }
    }
}
